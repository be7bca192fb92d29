package org.packpress.model.performance;

import java.math.BigDecimal;

/**
 * One measure of an indicator. A measure is observed (its values come from input), a ratio of two
 * other measures of the same indicator ({@code numerator / denominator * scale}), or a share of the
 * total ({@code shareOf}: an area's value of that measure over the total area's value, as a
 * percentage). Ratios and shares are always computed, never typed in.
 */
public record Measure(String id, String title, Unit unit, int decimals, String numerator, String denominator,
        BigDecimal scale, String shareOf) {

    public Measure(String id, String title, Unit unit, int decimals, String numerator, String denominator,
            BigDecimal scale) {
        this(id, title, unit, decimals, numerator, denominator, scale, null);
    }

    public boolean derived() {
        return numerator != null || shareOf != null;
    }

    public boolean share() {
        return shareOf != null;
    }
}
