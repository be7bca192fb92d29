package org.packpress.render.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body's words for the values of a type (an indicator's status, an inspection's grade): a text block that names
 * them a line each, in the type's order ({@code kpi-statuses}: "Met", "Partly met", …), so that a body words them its
 * own way (in Welsh, say). The KPI workbook and the annual-report review print the same words.
 */
public final class ValueWords {

    private ValueWords() {
    }

    /**
     * The words of {@code type}'s values in the text of block {@code key}.
     *
     * @throws IllegalArgumentException naming the block when it has not one non-empty line per value
     */
    public static <E extends Enum<E>> Map<E, String> read(String key, String text, Class<E> type) {
        E[] values = type.getEnumConstants();
        String[] lines = text.strip().split("\\R");
        if (lines.length != values.length) {
            throw new IllegalArgumentException("The text block " + key + " must name " + values.length + " values, one a"
                    + " line; it has " + lines.length + " lines");
        }
        Map<E, String> words = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            String word = lines[i].strip();
            if (word.isEmpty()) {
                throw new IllegalArgumentException("The text block " + key + " leaves line " + (i + 1) + " empty");
            }
            words.put(values[i], word);
        }
        return words;
    }
}
