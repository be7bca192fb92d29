package org.packpress.checks.rules;

import java.util.Locale;
import java.util.Optional;
import org.packpress.checks.Subject;
import org.packpress.model.performance.IndicatorTable;

/** The figures a review's statement is about, arranged as the review arranges them, for the performance rules. */
final class ReviewTables {

    private ReviewTables() {
    }

    /** The block of an indicator's measure in the review's data, if the plan has both. */
    static Optional<IndicatorTable.Block> block(Subject.Review review, int indicator, String measure) {
        return review.data().plan().indicator(indicator)
                .map(i -> new IndicatorTable(review.data().plan(), i, review.data().observations(indicator)))
                .map(t -> t.block(measure));
    }

    /** "indicator 9": where in the review a finding is. */
    static String location(int indicator, String where) {
        return "indicator " + indicator + (where == null ? "" : ", " + where);
    }

    /** A change as a signed percentage with one decimal: "+35.5%", "-58.3%", "0.0%". */
    static String percent(double fraction) {
        String number = String.format(Locale.UK, "%.1f", Math.abs(fraction) * 100);
        return (fraction > 0 ? "+" : fraction < 0 ? "-" : "") + number + "%";
    }
}
