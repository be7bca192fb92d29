package org.packpress.model.style;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording templates of a house style: {@code {field}} is replaced by its value, and a part in
 * square brackets is left out when a field inside it has no value
 * ({@code "Contact Officer: {name}[, {role}][ Tel: {phone}]"}).
 */
public final class StyleTemplates {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern FIELD = Pattern.compile("\\{([a-zA-Z]+)}");

    private StyleTemplates() {
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            String part = optional.group(1);
            optional.appendReplacement(kept, Matcher.quoteReplacement(allPresent(part, values) ? part : ""));
        }
        optional.appendTail(kept);
        Matcher field = FIELD.matcher(kept);
        StringBuilder out = new StringBuilder();
        while (field.find()) {
            String value = values.get(field.group(1));
            field.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        field.appendTail(out);
        return out.toString();
    }

    /** A page number from a template naming {@code {page}} and, if it likes, {@code {pages}}. */
    static String pageNumber(String template, int page, int pages) {
        return fill(template, Map.of("page", Integer.toString(page), "pages", Integer.toString(pages)));
    }

    private static boolean allPresent(String part, Map<String, String> values) {
        Matcher field = FIELD.matcher(part);
        while (field.find()) {
            String value = values.get(field.group(1));
            if (value == null || value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
