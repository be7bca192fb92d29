package org.packpress.render.text;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
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

    /**
     * A language mark at a line's end whose tag is no language.
     *
     * @param line the line of the text, from 0
     */
    public record BadMark(int line, String tag, String problem) {

        /** "'Cymraeg' is not a BCP 47 language tag …". */
        public String message() {
            return "'" + tag + "' " + problem;
        }
    }

    /** The marks at the ends of a Markdown text's lines whose tags are no language, in order. */
    public static List<BadMark> badMarks(String markdown) {
        List<BadMark> bad = new ArrayList<>();
        List<String> lines = markdown == null ? List.of() : markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String tag = marked(lines.get(i));
            String problem = tag == null ? null : problem(tag);
            if (problem != null) {
                bad.add(new BadMark(i, tag, problem));
            }
        }
        return bad;
    }

    /** The language a text's end marks, or null when it marks none or one that is no language tag. */
    static String of(String text) {
        String tag = marked(text);
        return tag == null || problem(tag) != null ? null : tag;
    }
}
