package org.packpress.render.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String text = body.textBlocks().get(key);
        if (text == null) {
            text = templates.read("blocks/" + body.id() + "/" + key + ".md");
        }
        if (text == null) {
            text = defaultBlock(key, body.id());
        }
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
