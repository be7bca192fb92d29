package org.packpress.model.performance;

import java.math.BigDecimal;

/**
 * One published figure: indicator, measure, area, period, the value, and the value and period as
 * printed in the source ("17,211", "Nov-19").
 */
public record Observation(int indicator, String measure, String area, Period period, String periodLabel,
        BigDecimal value, String printed, String source, String note) {

    /** What makes an observation unique within a plan. */
    public String key() {
        return indicator + "|" + measure + "|" + area + "|" + period.code();
    }
}
