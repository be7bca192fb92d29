package org.packpress.model.performance;

import java.math.BigDecimal;

/**
 * One measure of an indicator. A measure is either observed (its values come from input) or a
 * ratio of two other measures of the same indicator ({@code numerator / denominator * scale}), which
 * is always computed and never typed in.
 */
public record Measure(String id, String title, Unit unit, int decimals, String numerator, String denominator,
        BigDecimal scale) {

    public boolean derived() {
        return numerator != null;
    }
}
