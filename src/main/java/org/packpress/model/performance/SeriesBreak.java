package org.packpress.model.performance;

/**
 * A declared break in a measure's series (plan.yaml {@code seriesBreaks}): from period {@code from} on,
 * the figures are counted another way (a widened definition, a new survey), so no change is computed or
 * reported between a period before the break and one after it; the review states the break instead (worded by its
 * text block {@code review-sentence-series-break}), the workbook writes {@link #WORDING}.
 *
 * @param from the first period of the new series
 * @param reason what changed ("The definition of a complaint was widened in February 2020.")
 */
public record SeriesBreak(Period from, String reason) {

    /** What the KPI workbook prints instead of a change across a break. */
    public static final String WORDING = "series break";

    /** Whether a period lies wholly before the break (it ends before the break's first month). */
    public boolean before(Period period) {
        return period.end().isBefore(from.start());
    }

    /** Whether the break lies between an earlier and a later period. */
    public boolean between(Period earlier, Period later) {
        return before(earlier) && !before(later);
    }
}
