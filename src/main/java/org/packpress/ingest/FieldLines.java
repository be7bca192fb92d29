package org.packpress.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each field and list entry of a YAML or JSON file starts, so that a problem found after the file was read
 * ({@code agenda[6].number: item 8 appears more than once}) names its line as a value that could not be read does.
 */
final class FieldLines {

    /** {@code agenda[7].time}: field names and list positions, nothing else (not {@code row 12, column value}). */
    private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z][\\w-]*(\\[\\d+]|\\.[A-Za-z][\\w-]*)*");

    private final Map<String, Integer> lines = new HashMap<>();

    /** Notes the place of the parser's current token if it starts a field or a list's entry. */
    void note(JsonParser parser) {
        JsonToken token = parser.currentToken();
        JsonStreamContext field = token.isStructStart() ? parser.getParsingContext().getParent()
                : parser.getParsingContext();
        if (token == JsonToken.FIELD_NAME || (field.inArray() && token != JsonToken.END_ARRAY)) {
            lines.putIfAbsent(UnreadableValues.path(field), parser.currentTokenLocation().getLineNr());
        }
    }

    /**
     * The line of the field (or of the nearest entry or mapping that holds it), or null: unknown, or already in
     * the reason (a value that could not be read).
     */
    Integer lineOf(String field, String reason) {
        if (field == null || reason.contains(" (line ") || !FIELD_PATH.matcher(field).matches()) {
            return null;
        }
        for (String path = field; !path.isEmpty(); path = parent(path)) {
            Integer line = lines.get(path);
            if (line != null && line > 0) {
                return line;
            }
        }
        return null;
    }

    private static String parent(String path) {
        return path.substring(0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));
    }
}
