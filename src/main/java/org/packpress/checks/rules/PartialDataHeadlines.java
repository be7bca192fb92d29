package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.ReviewFigures;
import org.springframework.stereotype.Component;

/**
 * A headline figure drawn from partial or sample data (an observation's {@code completeness}, or a total
 * or ratio computed from one) says so where the review shows it, not only in a note pages later (as the review's
 * figures record what the words beside it state, whatever the body's wording).
 */
@Component
public class PartialDataHeadlines extends CheckRule {

    public PartialDataHeadlines() {
        super("performance.partial-headline", Severity.ERROR, "A headline figure from partial or sample data"
                + " reads as a full year's figure unless the words beside it say \"partial data\" (or \"sample"
                + " data\"); a note elsewhere is missed.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Subject.Review review : subject.reviews()) {
            for (ReviewFigures.Headline headline : review.figures().headlines()) {
                Completeness.Flag flag = ReviewTables.block(review, headline.indicator(), headline.measure())
                        .map(b -> b.flag(headline.area(), headline.period())).orElse(null);
                if (flag != null && headline.flagged() != flag.completeness()) {
                    findings.add(review.document(), ReviewTables.location(headline.indicator(), headline.where()),
                            headline.measure(), "'" + headline.shown() + "' is drawn from " + flag.wording()
                                    + ", but does not say '" + flag.completeness().wording() + "'");
                }
            }
        }
    }
}
