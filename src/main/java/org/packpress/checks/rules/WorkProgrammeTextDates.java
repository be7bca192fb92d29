package org.packpress.checks.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.packpress.checks.CheckRule;
import org.packpress.checks.DateMentions;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.WorkProgramme;
import org.springframework.stereotype.Component;

/**
 * A date written in a work programme row's text has a year, and that year fits the row: the date is
 * within six months of the row's meeting ("19 February 2024" in a row of February 2025 is not).
 */
@Component
public class WorkProgrammeTextDates extends CheckRule {

    public WorkProgrammeTextDates() {
        super("work-programme.date-year", Severity.WARNING, "Dates in a work programme's text need their year, and a"
                + " year that fits the row; a date copied from last year's programme keeps last year's year.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        subject.workProgramme().ifPresent(programme -> {
            for (int i = 0; i < programme.items().size(); i++) {
                WorkProgramme.Item item = programme.items().get(i);
                String row = Documents.workProgrammeRow(item, i + 1);
                texts(item).forEach((field, text) -> DateMentions.in(text).forEach(mention -> {
                    if (mention.year() == null) {
                        findings.add(Documents.workProgramme(programme), row, field, "'" + mention.text() + "' has no year");
                    } else if (mention.date() != null && item.date() != null
                            && !WorkProgrammeDates.plausibleFor(mention.date(), item.date())) {
                        findings.add(Documents.workProgramme(programme), row, field, "'" + mention.text()
                                + "' is more than six months from the row's meeting of " + Documents.date(item.date()));
                    }
                }));
            }
        });
    }

    private static Map<String, String> texts(WorkProgramme.Item item) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("topic", item.topic());
        texts.put("aims", item.aims());
        texts.put("information", item.information());
        texts.put("place", item.place());
        return texts;
    }
}
