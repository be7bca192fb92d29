package org.packpress.checks.rules;

import java.util.List;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.checks.Titles;
import org.packpress.model.AgendaItem;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.WorkProgramme;
import org.springframework.stereotype.Component;

/**
 * An agenda item that names its work-programme row ({@code workProgramme: <topic>} in the meeting file)
 * has a row of that topic programmed for the meeting's date, and the item's description, when it gives
 * one, is the row's aims (compared as titles are: case, punctuation and list marks aside).
 */
@Component
public class AgendaWorkProgramme extends CheckRule {

    public AgendaWorkProgramme() {
        super("agenda.work-programme", Severity.WARNING, "An agenda item that takes its description from the work"
                + " programme should repeat the aims of the row programmed for that meeting, so that the agenda and"
                + " the programme the Panel agreed say the same thing.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Meeting meeting : subject.meetings()) {
            for (AgendaItem item : meeting.agenda()) {
                if (item.workProgrammeTopic() != null) {
                    checkItem(subject, meeting, item, findings);
                }
            }
        }
    }

    private static void checkItem(Subject subject, Meeting meeting, AgendaItem item, Sink findings) {
        String topic = item.workProgrammeTopic();
        List<WorkProgramme.Item> rows = subject.store().workProgramme().map(WorkProgramme::items).orElse(List.of())
                .stream().filter(r -> meeting.date().equals(r.date()) && Titles.same(topic, r.topic())).toList();
        if (rows.isEmpty()) {
            findings.add(Documents.agenda(meeting), Documents.item(subject.body(), meeting, item), "workProgramme", "names the work-programme"
                    + " topic '" + topic + "', but the work programme has no row of that topic for "
                    + Documents.date(meeting.date()));
            return;
        }
        WorkProgramme.Item row = rows.get(0);
        if (item.description() != null && !Titles.same(item.description(), row.aims())) {
            findings.add(Documents.agenda(meeting), Documents.item(subject.body(), meeting, item), "description", "the description differs from"
                    + " the aims of its work-programme row '" + row.topic() + "' (" + Documents.date(row.date())
                    + "): '" + shortened(item.description()) + "' against '" + shortened(row.aims()) + "'");
        }
    }

    private static String shortened(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
