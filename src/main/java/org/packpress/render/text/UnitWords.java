package org.packpress.render.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packpress.model.performance.Unit;

/**
 * How a unit reads after a figure ("per 1,000", "days"), in a body's words: the text blocks {@code kpi-unit-rate}
 * (with {@code {{base}}}, the rate's base) and {@code kpi-unit-days}. A percentage and money are written with their
 * signs, a count with nothing. The KPI workbook and the annual-report review print the same words.
 */
public record UnitWords(String rate, String days) {

    /** The blocks a body's unit words are read from, for {@code TextBlocks.labels}. */
    public static final List<String> KEYS = List.of("kpi-unit-rate", "kpi-unit-days");

    /** @param blocks the text of each key in {@link #KEYS} */
    public static UnitWords of(Map<String, String> blocks) {
        return new UnitWords(blocks.get("kpi-unit-rate").strip(), blocks.get("kpi-unit-days").strip());
    }

    /** "per 1,000", "%", "£", "days"; empty for a count. */
    public String label(Unit unit) {
        return switch (unit.kind()) {
            case COUNT -> "";
            case PERCENT -> "%";
            case RATE -> OfficerTemplates.fill(rate, Map.of("base", String.format(Locale.UK, "%,d", unit.per())));
            case MONEY -> "£";
            case DAYS -> days;
        };
    }
}
