package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.ReviewFigures;
import org.springframework.stereotype.Component;

/**
 * No change is reported across a series break the plan declares for a measure: where the review compares
 * a period before the break with one after it, it states the series break instead of a change (as the review's
 * figures record it, whatever the body's wording).
 */
@Component
public class SeriesBreaks extends CheckRule {

    public SeriesBreaks() {
        super("performance.series-break", Severity.ERROR, "Across a declared series break (a changed definition)"
                + " the figures before and after are not comparable: the review must state the series break, not"
                + " report a change such as +809.3%.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Subject.Review review : subject.reviews()) {
            for (ReviewFigures.Change change : review.figures().changes()) {
                review.data().plan().indicator(change.indicator()).flatMap(i -> i.measure(change.measure()))
                        .flatMap((Measure m) -> m.breakBetween(change.earlier(), change.later()))
                        .filter(b -> !change.seriesBreak())
                        .ifPresent(b -> findings.add(review.document(), ReviewTables.location(change.indicator(),
                                "sentences"), change.measure(), "'" + change.shown() + "' compares "
                                + change.earlier().label() + " with " + change.later().label() + " across the series"
                                + " break declared from " + b.from().label() + " (" + b.reason() + ")"));
            }
        }
    }
}
