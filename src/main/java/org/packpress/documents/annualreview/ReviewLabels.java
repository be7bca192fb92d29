package org.packpress.documents.annualreview;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.packpress.common.DateStyles;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.Body;
import org.packpress.model.performance.Grade;
import org.packpress.model.performance.PeriodWording;
import org.packpress.model.performance.Status;
import org.packpress.model.performance.Unit;
import org.packpress.render.text.UnitWords;
import org.packpress.render.text.ValueWords;

/**
 * The fixed wording of an annual-report review (its labels, headings and the lines around the figures),
 * from the body's text blocks ({@code templates/blocks/default/review-*.md}, overridden per body and per
 * house style), so that a body words its review its own way; and its periods in the house style's language.
 */
record ReviewLabels(Body body, TextBlocks blocks, PeriodWording periods, UnitWords units,
        Map<Status, String> statuses, Map<Grade, String> grades) {

    /** The wording of {@code body} (as on the review's meeting date), its months in {@code dates}'s language. */
    ReviewLabels(Body body, TextBlocks blocks, DateStyles dates) {
        this(body, blocks, PeriodWording.of(dates, blocks.labels(body, PeriodWording.KEYS)),
                UnitWords.of(blocks.labels(body, UnitWords.KEYS)),
                ValueWords.read(STATUSES, blocks.get(body, STATUSES), Status.class),
                ValueWords.read(GRADES, blocks.get(body, GRADES), Grade.class));
    }

    private static final String STATUSES = "kpi-statuses";
    private static final String GRADES = "kpi-grades";

    /** The text blocks of the layout's fixed headings and the summary table's column headers. */
    static final List<String> LAYOUT_LABELS = List.of("review-purpose-heading", "review-background-heading",
            "review-summary-number", "review-summary-indicator", "review-summary-latest", "review-summary-recorded",
            "review-summary-suggested");

    /** The layout's labels, for its {@code LABELS} parameter. */
    Map<String, String> layout() {
        return blocks.labels(body, LAYOUT_LABELS);
    }

    String get(String key) {
        return blocks.get(body, "review-" + key);
    }

    String get(String key, Map<String, String> values) {
        return blocks.get(body, "review-" + key, values);
    }

    /** The body's word for a status ("Partly met"), as its KPI workbook prints it (text block {@code kpi-statuses}). */
    String word(Status status) {
        return statuses.get(status);
    }

    /** How a unit reads after a figure ("per 1,000", "days"; text blocks {@code kpi-unit-rate}, {@code kpi-unit-days}). */
    String unit(Unit unit) {
        return units.label(unit);
    }

    /** The body's word for an inspection grade ("Requires improvement"; text block {@code kpi-grades}). */
    String word(Grade grade) {
        return grades.get(grade);
    }

    /** A block with dates, which it may also ask for in another language ({@link TextBlocks#get}). */
    String get(String key, Map<String, String> values, DateStyles language, Map<String, Function<DateStyles, String>> dates) {
        return blocks.get(body, "review-" + key, values, language, dates);
    }
}
