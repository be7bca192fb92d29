package org.packpress.model.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One measure of an indicator. A measure is observed (its values come from input), a ratio of two
 * other measures of the same indicator ({@code numerator / denominator * scale}), or a share of the
 * total ({@code shareOf}: an area's value of that measure over the total area's value, as a
 * percentage). Ratios and shares are always computed, never typed in.
 *
 * @param seriesBreaks declared breaks in the series, in period order (see {@link SeriesBreak})
 */
public record Measure(String id, String title, Unit unit, int decimals, String numerator, String denominator,
        BigDecimal scale, String shareOf, List<SeriesBreak> seriesBreaks) {

    public Measure {
        seriesBreaks = seriesBreaks == null ? List.of() : List.copyOf(seriesBreaks);
    }

    public Measure(String id, String title, Unit unit, int decimals, String numerator, String denominator,
            BigDecimal scale, String shareOf) {
        this(id, title, unit, decimals, numerator, denominator, scale, shareOf, List.of());
    }

    public Measure(String id, String title, Unit unit, int decimals, String numerator, String denominator,
            BigDecimal scale) {
        this(id, title, unit, decimals, numerator, denominator, scale, null, List.of());
    }

    public boolean derived() {
        return numerator != null || shareOf != null;
    }

    public boolean share() {
        return shareOf != null;
    }

    /** The declared break between two periods, if there is one. */
    public Optional<SeriesBreak> breakBetween(Period earlier, Period later) {
        return seriesBreaks.stream().filter(b -> b.between(earlier, later)).findFirst();
    }
}
