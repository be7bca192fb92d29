package org.packpress.model.performance;

/**
 * The unit of a measure. Rates carry their base ({@code per 1,000}); percentages are kept as
 * numbers of per cent (45.8, not 0.458), as the papers print them.
 */
public record Unit(Kind kind, int per) {

    public enum Kind { COUNT, PERCENT, RATE, MONEY, DAYS }

    /** Accepts count, percent, money, days, "rate per 1000" / "per 1,000" / "per 10000". */
    public static Unit parse(String text) {
        String t = text.trim().toLowerCase().replace(",", "");
        if (t.startsWith("per ") || t.startsWith("rate")) {
            String digits = t.replaceAll("[^0-9]", "");
            if (digits.isEmpty()) {
                throw new IllegalArgumentException("a rate needs its base, e.g. 'per 1000', not '" + text + "'");
            }
            return new Unit(Kind.RATE, Integer.parseInt(digits));
        }
        return switch (t) {
            case "count", "number" -> new Unit(Kind.COUNT, 0);
            case "percent", "%", "percentage" -> new Unit(Kind.PERCENT, 0);
            case "money", "£", "gbp" -> new Unit(Kind.MONEY, 0);
            case "days" -> new Unit(Kind.DAYS, 0);
            default -> throw new IllegalArgumentException(
                    "expected count, percent, money, days or 'per N', not '" + text + "'");
        };
    }

    /** The code stored and written in input files. */
    public String code() {
        return kind == Kind.RATE ? "per " + per : kind.name().toLowerCase();
    }

    /** Excel number format for this unit with the given decimals. */
    public String excelFormat(int decimals) {
        String fraction = decimals > 0 ? "." + "0".repeat(decimals) : "";
        return switch (kind) {
            case COUNT, DAYS -> "#,##0" + fraction;
            case PERCENT -> "0" + fraction + "\"%\"";
            case RATE -> "#,##0" + fraction;
            case MONEY -> "\"£\"#,##0" + fraction;
        };
    }

    /**
     * Excel number format of a difference between two values of this unit (a change, a difference from the national
     * figure) with the given decimals: a difference of two percentages is in percentage points, so it carries
     * {@code points} ("pp"), not "%"; other units keep their own format.
     */
    public String excelDifferenceFormat(int decimals, String points) {
        if (kind != Kind.PERCENT) {
            return excelFormat(decimals);
        }
        String fraction = decimals > 0 ? "." + "0".repeat(decimals) : "";
        return "0" + fraction + "\" " + points.replace("\"", "") + "\"";
    }

    /** Whether values of this unit can be added up across areas (counts, money, days are not rates). */
    public boolean additive() {
        return kind == Kind.COUNT || kind == Kind.MONEY;
    }
}
