package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.MinuteItem;
import org.packpress.model.minutes.Minutes;
import org.springframework.stereotype.Component;

/** Every minute number has a heading: a title with words in it, not just a number or punctuation. */
@Component
public class MinuteHeadings extends CheckRule {

    public MinuteHeadings() {
        super("minutes.heading", Severity.ERROR, "Every minute is printed as its number and a heading; a number"
                + " without a heading leaves readers unable to find the business it records.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Minutes minutes : subject.minutes()) {
            for (MinuteItem item : minutes.items()) {
                if (item.title() == null || !item.title().matches(".*\\p{L}.*")) {
                    findings.add(Documents.minutes(minutes.meeting()), Documents.minute(item.number()), "title",
                            "minute " + item.number() + " has no heading"
                                    + (item.title() == null || item.title().isBlank() ? "" : " ('" + item.title() + "')"));
                }
            }
        }
    }
}
