package org.packpress.checks.rules;

import java.util.List;
import java.util.Optional;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.ReviewFigures.Superlative;
import org.springframework.stereotype.Component;

/**
 * The review's superlatives about the parts of a total are true of the figures: the change it gives is the
 * part's change, "the largest increase" is an increase and no part rose more, "the smallest change" has no
 * part closer to no change, and so on for each kind.
 */
@Component
public class Superlatives extends CheckRule {

    public Superlatives() {
        super("performance.superlatives", Severity.ERROR, "A \"largest\" or \"smallest\" in the review must be"
                + " true of the figures: calling a fall of 58.3% \"the smallest change\" tells the reader the"
                + " opposite of the data.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Subject.Review review : subject.reviews()) {
            for (Superlative claim : review.figures().superlatives()) {
                ReviewTables.block(review, claim.indicator(), claim.measure())
                        .flatMap(block -> problem(review, block, claim))
                        .ifPresent(problem -> findings.add(review.document(), ReviewTables.location(claim.indicator(),
                                "sentences"), claim.measure(), "'" + claim.shown() + "': " + problem));
            }
        }
    }

    /** What is wrong with the claim, if anything. */
    private static Optional<String> problem(Subject.Review review, IndicatorTable.Block block, Superlative claim) {
        String total = review.data().plan().indicator(claim.indicator()).map(i -> i.totalArea()).orElse(null);
        Double actual = block.percentChange(claim.area());
        String name = review.data().plan().areaName(claim.area());
        if (actual == null || Math.abs(actual - claim.change()) > 1e-9) {
            return Optional.of("gives " + ReviewTables.percent(claim.change()) + " for " + name + ", but the figures give "
                    + (actual == null ? "no change" : ReviewTables.percent(actual)));
        }
        String words = claim.kind().words();
        boolean increase = words.endsWith("increase");
        boolean decrease = words.endsWith("decrease");
        if (increase && actual <= 0 || decrease && actual >= 0) {
            return Optional.of("calls " + name + "'s " + ReviewTables.percent(actual) + " the " + words + ", but it is "
                    + (actual == 0 ? "no change" : actual > 0 ? "an increase" : "a decrease"));
        }
        List<String> parts = block.areas().stream().filter(a -> !a.equals(total) && !a.equals(claim.area())
                && block.percentChange(a) != null).toList();
        String best = null;
        for (String other : parts) {
            double c = block.percentChange(other);
            if (beats(claim.kind(), c, best == null ? actual : block.percentChange(best))) {
                best = other;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of("calls " + name + "'s " + ReviewTables.percent(actual) + " the " + words + ", but "
                + review.data().plan().areaName(best) + "'s " + ReviewTables.percent(block.percentChange(best)) + " is "
                + (words.startsWith("largest") ? "larger" : "smaller"));
    }

    /** Whether another part's change {@code c} makes the claim about {@code claimed} false (the part that beats all is named). */
    private static boolean beats(Superlative.Kind kind, double c, double claimed) {
        return switch (kind) {
            case LARGEST_INCREASE -> c > claimed;
            case SMALLEST_INCREASE -> c > 0 && c < claimed;
            case LARGEST_DECREASE -> c < claimed;
            case SMALLEST_DECREASE -> c < 0 && c > claimed;
            case LARGEST_CHANGE -> Math.abs(c) > Math.abs(claimed);
            case SMALLEST_CHANGE -> Math.abs(c) < Math.abs(claimed);
        };
    }
}
