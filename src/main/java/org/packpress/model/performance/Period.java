package org.packpress.model.performance;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, normalised from the many spellings the papers use ("2016/17", "2016-2017",
 * "16/17", "Nov-19", "December 20", "year ending September 2020", "*2020/2021", "2020/21 (forecast)").
 * The one home of period parsing and period wording.
 *
 * @param kind what sort of period
 * @param end the last month of the period
 */
public record Period(Kind kind, YearMonth end) implements Comparable<Period> {

    public enum Kind {
        FINANCIAL_YEAR(12), CALENDAR_YEAR(12), YEAR_ENDING(12), FINANCIAL_QUARTER(3), MONTH(1);

        final int months;

        Kind(int months) {
            this.months = months;
        }
    }

    private static final Map<String, Month> MONTHS = monthNames();
    private static final Pattern FY = Pattern.compile("(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern FQ = Pattern.compile("(?:q([1-4])\\s+)?(\\d{4}\\s*/\\s*\\d{2})(?:\\s+q([1-4]))?");
    private static final Pattern YEAR_ENDING = Pattern.compile("(?:year ending|ye)\\s+(?:\\d{1,2}\\s+)?([a-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.?[\\s-]+(\\d{2}|\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /**
     * Parses a period label. A leading '*' and a trailing bracketed qualifier ("(forecast)") are
     * allowed and ignored here; the caller keeps the label as printed.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static Period parse(String label) {
        String t = clean(label);
        Matcher m;
        if ((m = YEAR_ENDING.matcher(t)).matches()) {
            return new Period(Kind.YEAR_ENDING, YearMonth.of(year(m.group(2)), month(m.group(1), label)));
        }
        if ((m = FQ.matcher(t)).matches() && (m.group(1) != null || m.group(3) != null)) {
            int quarter = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            Period year = parse(m.group(2));
            return new Period(Kind.FINANCIAL_QUARTER, year.start().plusMonths(quarter * 3L - 1));
        }
        if ((m = ISO_MONTH.matcher(t)).matches() && Integer.parseInt(m.group(2)) <= 12
                && Integer.parseInt(m.group(2)) >= 1) {
            return new Period(Kind.MONTH, YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = FY.matcher(t)).matches()) {
            int first = year(m.group(1));
            int second = year(m.group(2));
            if (second != first + 1) {
                throw new IllegalArgumentException("'" + label + "' is not a financial year: "
                        + first + " and " + second + " are not consecutive");
            }
            return new Period(Kind.FINANCIAL_YEAR, YearMonth.of(second, 3));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches() && MONTHS.containsKey(m.group(1))) {
            return new Period(Kind.MONTH, YearMonth.of(year(m.group(2)), month(m.group(1), label)));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return new Period(Kind.CALENDAR_YEAR, YearMonth.of(Integer.parseInt(m.group(1)), 12));
        }
        throw new IllegalArgumentException("'" + label + "' is not a period; expected e.g. 2020/21, 2019, "
                + "Nov-19, 2020-11, Q1 2020/21 or year ending September 2020");
    }

    /** The period's canonical code: FY2020, CY2019, M2020-11, YE2020-09, FY2020Q2. */
    public String code() {
        return switch (kind) {
            case FINANCIAL_YEAR -> "FY" + (end.getYear() - 1);
            case CALENDAR_YEAR -> "CY" + end.getYear();
            case YEAR_ENDING -> "YE" + end;
            case MONTH -> "M" + end;
            case FINANCIAL_QUARTER -> "FY" + financialYearStart() + "Q" + quarter();
        };
    }

    /** Parses a canonical code back (as stored). */
    public static Period fromCode(String code) {
        if (code.startsWith("YE")) {
            return new Period(Kind.YEAR_ENDING, YearMonth.parse(code.substring(2)));
        }
        if (code.startsWith("M")) {
            return new Period(Kind.MONTH, YearMonth.parse(code.substring(1)));
        }
        if (code.startsWith("CY")) {
            return new Period(Kind.CALENDAR_YEAR, YearMonth.of(Integer.parseInt(code.substring(2)), 12));
        }
        int q = code.indexOf('Q');
        int startYear = Integer.parseInt(code.substring(2, q < 0 ? code.length() : q));
        if (q < 0) {
            return new Period(Kind.FINANCIAL_YEAR, YearMonth.of(startYear + 1, 3));
        }
        int quarter = Integer.parseInt(code.substring(q + 1));
        return new Period(Kind.FINANCIAL_QUARTER, YearMonth.of(startYear, 4).plusMonths(quarter * 3L - 1));
    }

    /** How the performance files write the period: "2020/21", "2019", "November 2020", "year ending September 2020". */
    public String label() {
        return label(PeriodWording.CANONICAL);
    }

    /** How a paper writes the period in {@code wording}: "2020/21", "November 2020", "year ending September 2020". */
    public String label(PeriodWording wording) {
        return switch (kind) {
            case FINANCIAL_YEAR -> financialYearLabel(end.getYear() - 1);
            case CALENDAR_YEAR -> String.valueOf(end.getYear());
            case YEAR_ENDING -> wording.yearEnding(wording.yearEnding(), end, "MMMM");
            case MONTH -> wording.dates().monthYear(end);
            case FINANCIAL_QUARTER -> wording.quarter(financialYearLabel(financialYearStart()), quarter());
        };
    }

    /** As the period reads after "reported for": "the year ending June 2020", "2019/20", "November 2019". */
    public String inSentence(PeriodWording wording) {
        return kind == Kind.YEAR_ENDING ? wording.yearEnding(wording.yearEndingInSentence(), end, "MMMM")
                : label(wording);
    }

    /** A short column heading: "2020/21", "2019", "Nov 2020", "YE Sept 2020". */
    public String shortLabel(PeriodWording wording) {
        return switch (kind) {
            case YEAR_ENDING -> wording.yearEnding(wording.yearEndingShort(), end, "MMM");
            case MONTH -> wording.dates().shortMonthYear(end);
            default -> label(wording);
        };
    }

    public YearMonth start() {
        return end.minusMonths(kind.months - 1L);
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = end.compareTo(other.end);
        return byEnd != 0 ? byEnd : Integer.compare(other.kind.months, kind.months);
    }

    private int financialYearStart() {
        return end.getMonthValue() >= 4 ? end.getYear() : end.getYear() - 1;
    }

    private int quarter() {
        return (int) ((start().getMonthValue() + 8) % 12) / 3 + 1;
    }

    private static String financialYearLabel(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    private static String clean(String label) {
        String t = label.trim().toLowerCase(Locale.UK);
        if (t.startsWith("*")) {
            t = t.substring(1).trim();
        }
        t = t.replaceAll("\\s*\\(.*\\)\\s*$", "");
        return t.replaceAll("\\s+", " ");
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    private static Month month(String name, String label) {
        Month month = MONTHS.get(name);
        if (month == null) {
            throw new IllegalArgumentException("'" + label + "': '" + name + "' is not a month");
        }
        return month;
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
            names.put(full, m);
            names.put(full.substring(0, 3), m);
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }
}
