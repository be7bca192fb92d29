package org.packpress.render.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passage in another language than its paper's: a Markdown heading, paragraph, list item or quotation that ends
 * in <code>{lang=cy}</code> (Pandoc's attribute) is tagged with that language, so that a screen reader reads it in
 * its own voice (WCAG 2.2, 3.1.2 Language of Parts). The one home of the mark's form and of which tags it takes.
 */
public final class PartLanguage {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern MARK = Pattern.compile("\\s*\\{lang=([^{}]*)\\}\\s*$");

    private PartLanguage() {
    }

    /** The language a text's end marks (as written), or null when it ends in no language mark. */
    public static String marked(String text) {
        Matcher mark = MARK.matcher(text);
        return mark.find() ? mark.group(1) : null;
    }

    /** The text without the language mark at its end. */
    static String unmarked(String text) {
        return MARK.matcher(text).replaceFirst("");
    }

    /**
     * Why a marked language cannot be a passage's, or null when it can: a BCP 47 tag whose language is an ISO 639
     * code (two letters that ISO 639-1 has, or three), not a language's name.
     */
    public static String problem(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return "is not a BCP 47 language tag (such as cy or en-GB): " + e.getMessage();
        }
        String language = locale.getLanguage();
        boolean known = language.length() == 3 || language.length() == 2 && ISO_639_1.contains(language);
        return known ? null : "is not a BCP 47 language tag (such as cy or en-GB): its language is not an ISO 639 code";
    }

    /** The language a text's end marks, or null when it marks none or one that is no language tag. */
    static String of(String text) {
        String tag = marked(text);
        return tag == null || problem(tag) != null ? null : tag;
    }
}
