package org.packpress.render.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packpress.common.BuildFailedException;
import org.packpress.common.DateLanguages;
import org.packpress.common.DateStyles;
import org.packpress.model.Body;
import org.springframework.stereotype.Component;

/**
 * Standard wording an officer may edit without a rebuild. A block {@code key} of a body is, in order:
 * the body's own override from {@code body.yaml}; {@code templates/blocks/<body>/<key>.md};
 * {@code templates/blocks/default/<key>.md} (each from the templates folder, else from the jar).
 * Fields {@code {{body.name}}}, {@code {{body.email}}}, {@code {{body.phone}}},
 * {@code {{body.website}}} and any given variables are filled in.
 */
@Component
public class TextBlocks {

    /** A field asked for in a language: {@code {{date:cy}}}. */
    private static final Pattern IN_LANGUAGE = Pattern.compile("\\{\\{([A-Za-z][\\w.]*):([^{}\\s]+)\\}\\}");

    private final OfficerTemplates templates;

    public TextBlocks(OfficerTemplates templates) {
        this.templates = templates;
    }

    public String get(Body body, String key) {
        return get(body, key, Map.of());
    }

    /**
     * The labels a layout prints (column headers, fixed headings), each the text block of its key, for the
     * layout's {@code LABELS} parameter: {@code $P{LABELS}.get("<key>")}.
     */
    public Map<String, String> labels(Body body, List<String> keys) {
        Map<String, String> labels = new LinkedHashMap<>();
        keys.forEach(key -> labels.put(key, get(body, key)));
        return labels;
    }

    /** A block of one entry per line (caption labels, closing sections' headings), its blank lines left out. */
    public static List<String> lines(String block) {
        return block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The line an appendix opens with, "Appendix A" in the default wording; null for a paper that is not an appendix. */
    public String appendixLine(Body body, String label) {
        return label == null ? null : get(body, "appendix-line", Map.of("label", label));
    }

    /** The default wording of each key (for a document of no stored body, such as the bench's workbook). */
    public Map<String, String> defaults(List<String> keys) {
        Map<String, String> labels = new LinkedHashMap<>();
        keys.forEach(key -> labels.put(key, defaultBlock(key, "the default wording").strip()));
        return labels;
    }

    public String get(Body body, String key, Map<String, String> variables) {
        return fill(body, text(body, key), variables);
    }

    /**
     * A block with dates in it: each of {@code dates} fills {@code {{name}}} worded by {@code language} (the house
     * style's), and {@code {{name:tag}}} in the language of that BCP 47 tag, so that a bilingual body's block prints
     * a date in both its languages ("{{date:cy}} / {{date:en}}").
     */
    public String get(Body body, String key, Map<String, String> variables, DateStyles language,
            Map<String, Function<DateStyles, String>> dates) {
        Matcher m = IN_LANGUAGE.matcher(text(body, key));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            Function<DateStyles, String> wording = dates.get(m.group(1));
            m.appendReplacement(text, Matcher.quoteReplacement(wording == null ? m.group()
                    : wording.apply(DateStyles.of(language(key, m.group(2)), null))));
        }
        m.appendTail(text);
        Map<String, String> values = new HashMap<>(variables);
        dates.forEach((name, wording) -> values.put(name, wording.apply(language)));
        return fill(body, text.toString(), values);
    }

    /** The tags of the languages a block asks its fields in ({@code {{date:cy}}}: cy). */
    public static List<String> languagesAskedFor(String block) {
        return IN_LANGUAGE.matcher(block).results().map(r -> r.group(2)).toList();
    }

    private static Locale language(String key, String tag) {
        String problem = DateLanguages.problem(tag);
        if (problem != null) {
            throw new BuildFailedException("The text block " + key + ": '" + tag + "' " + problem);
        }
        return Locale.forLanguageTag(tag);
    }

    private String text(Body body, String key) {
        String text = body.textBlocks().get(key);
        if (text == null) {
            text = templates.read("blocks/" + body.id() + "/" + key + ".md");
        }
        return text != null ? text : defaultBlock(key, body.id());
    }

    private static String fill(Body body, String text, Map<String, String> variables) {
        Map<String, String> values = new HashMap<>(variables);
        values.put("body.name", body.name());
        values.put("body.email", body.email());
        values.put("body.phone", body.phone());
        values.put("body.website", body.website());
        return OfficerTemplates.fill(text.strip(), values);
    }

    private String defaultBlock(String key, String wanted) {
        String text = templates.read("blocks/default/" + key + ".md");
        if (text == null) {
            throw new IllegalStateException("No text block '" + key + "' for " + wanted
                    + ": add templates/blocks/default/" + key + ".md");
        }
        return text;
    }
}
