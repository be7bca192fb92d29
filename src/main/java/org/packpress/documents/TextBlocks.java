package org.packpress.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.packpress.model.Body;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Standard wording an officer may edit without a rebuild. A block {@code key} of a body is, in order:
 * the body's own override from {@code body.yaml}; {@code templates/blocks/<body>/<key>.md};
 * {@code templates/blocks/default/<key>.md} (each from the templates folder, else from the jar).
 * Placeholders {@code {{body.name}}}, {@code {{body.email}}}, {@code {{body.phone}}},
 * {@code {{body.website}}} and any given variables are filled in.
 */
@Component
public class TextBlocks {

    private final Path templatesDir;

    public TextBlocks(@Value("${packpress.templates-dir:templates}") Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    public String get(Body body, String key) {
        return get(body, key, Map.of());
    }

    public String get(Body body, String key, Map<String, String> variables) {
        String text = body.textBlocks().get(key);
        if (text == null) {
            text = read("blocks/" + body.id() + "/" + key + ".md");
        }
        if (text == null) {
            text = read("blocks/default/" + key + ".md");
        }
        if (text == null) {
            throw new IllegalStateException("No text block '" + key + "' for " + body.id()
                    + ": add templates/blocks/default/" + key + ".md");
        }
        return fill(text.strip(), body, variables);
    }

    private static String fill(String text, Body body, Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("body.name", nullToEmpty(body.name()));
        all.put("body.email", nullToEmpty(body.email()));
        all.put("body.phone", nullToEmpty(body.phone()));
        all.put("body.website", nullToEmpty(body.website()));
        String result = text;
        for (Map.Entry<String, String> e : all.entrySet()) {
            result = result.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return result;
    }

    private String read(String relative) {
        Path file = templatesDir.resolve(relative);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = TextBlocks.class.getResourceAsStream("/templates/" + relative)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read text block " + file, e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
