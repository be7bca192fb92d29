package org.packpress.checks.rules;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.packpress.checks.CheckRule;
import org.packpress.checks.DateMentions;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.MinuteItem;
import org.packpress.model.minutes.Minutes;
import org.springframework.stereotype.Component;

/** A date written with its weekday ("Tuesday 25th October 2022") has the weekday of that date. */
@Component
public class Weekdays extends CheckRule {

    public Weekdays() {
        super("text.weekday", Severity.ERROR, "When a paper gives the weekday of a date, it must be that date's"
                + " weekday; one of the two is wrong, and readers cannot tell which.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Reports.Report report : Reports.of(subject)) {
            for (DateMentions.Mention mention : DateMentions.in(report.report().markdown())) {
                check(mention, report.document(), report.lineOf(report.report().markdown().indexOf(mention.text())),
                        "text", findings);
            }
        }
        for (Minutes minutes : subject.minutes()) {
            for (MinuteItem item : minutes.items()) {
                for (DateMentions.Mention mention : DateMentions.in(item.text())) {
                    check(mention, Documents.minutes(minutes.meeting()), Documents.minute(item.number()), "text", findings);
                }
            }
        }
    }

    private static void check(DateMentions.Mention mention, String document, String location, String field, Sink findings) {
        LocalDate date = mention.date();
        if (mention.weekday() != null && date != null && date.getDayOfWeek() != mention.weekday()) {
            findings.add(document, location, field, "'" + mention.text() + "': " + Documents.date(date) + " is a "
                    + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK));
        }
    }
}
