package org.packpress.documents.annualreview;

import java.util.Map;
import org.packpress.documents.TextBlocks;
import org.packpress.model.Body;

/**
 * The fixed wording of an annual-report review (its labels, headings and the lines around the figures),
 * from the body's text blocks ({@code templates/blocks/default/review-*.md}, overridden per body and per
 * house style), so that a body words its review its own way.
 */
record ReviewLabels(Body body, TextBlocks blocks) {

    String get(String key) {
        return blocks.get(body, "review-" + key);
    }

    String get(String key, Map<String, String> values) {
        return blocks.get(body, "review-" + key, values);
    }
}
