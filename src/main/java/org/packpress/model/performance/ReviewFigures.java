package org.packpress.model.performance;

import java.util.ArrayList;
import java.util.List;

/**
 * What an annual review shows about the plan's figures, as data: each headline figure, each change and
 * each superlative, what it states (a completeness, a series break, a kind of superlative) and the words printed. The review builder fills it as it writes the review; the
 * performance checks compare it with the figures (a change across a declared series break, a headline
 * from partial data, a wrong "largest" or "smallest").
 */
public final class ReviewFigures {

    /**
     * A headline figure as printed.
     *
     * @param where "summary" or "sentences"
     * @param flagged the completeness the words beside it state ("partial data"), or null when they state none
     * @param shown the words printed for it, e.g. "1,300 (2020/21; partial data: statistics up to January 2021)"
     */
    public record Headline(int indicator, String measure, String area, Period period, String where,
            Completeness flagged, String shown) {
    }

    /**
     * A change between two periods of one area's figures, with the sentence printed for it.
     *
     * @param seriesBreak whether the sentence states a series break instead of a change
     */
    public record Change(int indicator, String measure, String area, Period earlier, Period later, boolean seriesBreak,
            String shown) {
    }

    /**
     * A superlative about the parts of a total ("the largest decrease was in Trafficking (-58.3%)").
     *
     * @param change the change the review gives for the area, as a fraction of the earlier figure
     * @param shown the sentence printed, which states both superlatives of the parts ("The largest increase was in
     *     MS (35.5%) and the largest decrease in Trafficking (-58.3%).")
     */
    public record Superlative(int indicator, String measure, Kind kind, String area, double change, String shown) {

        /** What the review claims about the area's change among the parts of the total. */
        public enum Kind {
            LARGEST_INCREASE("largest increase"), SMALLEST_INCREASE("smallest increase"),
            LARGEST_DECREASE("largest decrease"), SMALLEST_DECREASE("smallest decrease"),
            LARGEST_CHANGE("largest change"), SMALLEST_CHANGE("smallest change");

            private final String words;

            Kind(String words) {
                this.words = words;
            }

            /** "largest decrease". */
            public String words() {
                return words;
            }
        }
    }

    private final List<Headline> headlines = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Superlative> superlatives = new ArrayList<>();

    public void add(Headline headline) {
        headlines.add(headline);
    }

    public void add(Change change) {
        changes.add(change);
    }

    public void add(Superlative superlative) {
        superlatives.add(superlative);
    }

    public List<Headline> headlines() {
        return List.copyOf(headlines);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public List<Superlative> superlatives() {
        return List.copyOf(superlatives);
    }
}
