package org.packpress.documents.annualreview;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.packpress.common.DateStyles;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.Body;
import org.packpress.model.performance.PeriodWording;

/**
 * The fixed wording of an annual-report review (its labels, headings and the lines around the figures),
 * from the body's text blocks ({@code templates/blocks/default/review-*.md}, overridden per body and per
 * house style), so that a body words its review its own way; and its periods in the house style's language.
 */
record ReviewLabels(Body body, TextBlocks blocks, PeriodWording periods) {

    /** The wording of {@code body} (as on the review's meeting date), its months in {@code dates}'s language. */
    ReviewLabels(Body body, TextBlocks blocks, DateStyles dates) {
        this(body, blocks, PeriodWording.of(dates, blocks.labels(body, PeriodWording.KEYS)));
    }

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

    /** A block with dates, which it may also ask for in another language ({@link TextBlocks#get}). */
    String get(String key, Map<String, String> values, DateStyles language, Map<String, Function<DateStyles, String>> dates) {
        return blocks.get(body, "review-" + key, values, language, dates);
    }
}
