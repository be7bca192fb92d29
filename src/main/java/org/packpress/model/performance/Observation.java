package org.packpress.model.performance;

import java.math.BigDecimal;

/**
 * One published figure: indicator, measure, area, period, the value, and the value and period as
 * printed in the source ("17,211", "Nov-19").
 *
 * @param completeness how complete the data behind the figure is; {@link Completeness#FULL} unless flagged
 */
public record Observation(int indicator, String measure, String area, Period period, String periodLabel,
        BigDecimal value, String printed, String source, String note, Completeness completeness) {

    public Observation {
        completeness = completeness == null ? Completeness.FULL : completeness;
    }

    public Observation(int indicator, String measure, String area, Period period, String periodLabel,
            BigDecimal value, String printed, String source, String note) {
        this(indicator, measure, area, period, periodLabel, value, printed, source, note, Completeness.FULL);
    }

    /** What makes an observation unique within a plan. */
    public String key() {
        return key(indicator, measure, area, period.code());
    }

    /** The {@link #key()} of the observation of this indicator, measure, area and period (by its code). */
    public static String key(int indicator, String measure, String area, String periodCode) {
        return indicator + "|" + measure + "|" + area + "|" + periodCode;
    }

    /** The figure's flag, or null when it is from full data. */
    public Completeness.Flag flag() {
        return completeness == Completeness.FULL ? null : new Completeness.Flag(completeness, note);
    }
}
