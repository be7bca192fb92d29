package org.packpress.checks.rules;

import java.time.LocalDate;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.AgendaItemType;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Meeting;
import org.springframework.stereotype.Component;

/**
 * An outstanding action scheduled for a meeting (the meeting of its status, the tracker's
 * {@code programmedFor}, or the target meeting the minutes set) is scheduled for a real meeting of the body: one the store holds, which has
 * a substantive item on its agenda, or a meeting date of the work programme.
 */
@Component
public class TrackerScheduledMeeting extends CheckRule {

    public TrackerScheduledMeeting() {
        super("tracker.scheduled-meeting", Severity.ERROR, "An action scheduled for a meeting must name a meeting of"
                + " the body (in the store or its work programme) whose agenda can take it, so that it is not"
                + " lost on a date nobody meets.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (TrackerActions.Row row : TrackerActions.of(subject).rows()) {
            LocalDate date = row.scheduledFor();
            if (date == null || row.entry().completed() != null) {
                continue;
            }
            Meeting meeting = subject.store().meetings().get(date);
            String field = row.scheduledField();
            String action = "action " + (row.ref().isEmpty() ? "in row " + row.number() : row.ref());
            if (meeting == null && !inWorkProgramme(subject, date)) {
                findings.add(Documents.TRACKER, Documents.action(row.ref(), row.number()), field, action
                        + " is scheduled for " + Documents.date(date) + ", which is neither a meeting of "
                        + subject.body().name() + " in the store nor a meeting date of its work programme");
            } else if (meeting != null && meeting.agenda().stream().noneMatch(TrackerScheduledMeeting::canTakeIt)) {
                findings.add(Documents.TRACKER, Documents.action(row.ref(), row.number()), field, action
                        + " is scheduled for " + Documents.date(date) + ", but that meeting's agenda has no item"
                        + " for it (no report, tracker or other business)");
            }
        }
    }

    private static boolean inWorkProgramme(Subject subject, LocalDate date) {
        return subject.store().workProgramme().stream().flatMap(p -> p.items().stream())
                .anyMatch(i -> date.equals(i.date()) && i.occasion() == null);
    }

    private static boolean canTakeIt(org.packpress.model.AgendaItem item) {
        return item.type() == AgendaItemType.REPORT || item.type() == AgendaItemType.ACTION_TRACKER
                || item.type() == AgendaItemType.OTHER || item.type() == AgendaItemType.KEY_DECISIONS;
    }
}
