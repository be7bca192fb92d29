package org.packpress.model.performance;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.packpress.common.DateStyles;

/**
 * How a paper words periods ({@link Period#label(PeriodWording)}): the names of months in the house style's language,
 * and the words around them, each the text block of its key, with {@code {{month}}}, {@code {{year}}} and
 * {@code {{quarter}}} filled in. {@link #CANONICAL} is how the performance files name a period, which
 * {@link Period#parse} reads back.
 *
 * @param dates the months' names: full ({@code MMMM}) in labels and sentences, short ({@code MMM}) in headings
 * @param yearEnding "year ending {{month}} {{year}}"
 * @param yearEndingInSentence as the period reads after "reported for": "the year ending {{month}} {{year}}"
 * @param yearEndingShort a column heading: "YE {{month}} {{year}}", the month short
 * @param quarter a financial quarter: "{{year}} Q{{quarter}}", the year its financial year's ("2020/21")
 */
public record PeriodWording(DateStyles dates, String yearEnding, String yearEndingInSentence, String yearEndingShort,
        String quarter) {

    /** The text blocks of the words, in the order of this record's components. */
    public static final List<String> KEYS = List.of("period-year-ending", "period-year-ending-in-sentence",
            "period-year-ending-short", "period-quarter");

    /** The performance files' own spelling of a period, in British English. */
    public static final PeriodWording CANONICAL = new PeriodWording(DateStyles.UK, "year ending {{month}} {{year}}",
            "the year ending {{month}} {{year}}", "YE {{month}} {{year}}", "{{year}} Q{{quarter}}");

    /** The wording of the text blocks {@link #KEYS} in {@code blocks}, its months in {@code dates}'s language. */
    public static PeriodWording of(DateStyles dates, Map<String, String> blocks) {
        return new PeriodWording(dates, blocks.get(KEYS.get(0)).strip(), blocks.get(KEYS.get(1)).strip(),
                blocks.get(KEYS.get(2)).strip(), blocks.get(KEYS.get(3)).strip());
    }

    /** A year-ending template with its month ({@code MMMM} or {@code MMM}) and year. */
    String yearEnding(String template, YearMonth end, String monthPattern) {
        return template.replace("{{month}}", dates.pattern(end, monthPattern))
                .replace("{{year}}", String.valueOf(end.getYear()));
    }

    String quarter(String year, int quarter) {
        return this.quarter.replace("{{year}}", year).replace("{{quarter}}", String.valueOf(quarter));
    }
}
