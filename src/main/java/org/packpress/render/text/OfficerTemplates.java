package org.packpress.render.text;

import org.packpress.common.PackPressProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The texts an officer may edit without a rebuild, under {@code templates/} (text blocks, email
 * templates). A file is read from the templates folder when it exists there, else from the copy packaged
 * in the jar; it is read at every use, so an edit takes effect at once. {@code {{name}}} fields are
 * filled by {@link #fill}.
 */
@Component
public class OfficerTemplates {

    private final Path templatesDir;

    public OfficerTemplates(PackPressProperties properties) {
        this.templatesDir = properties.templatesDir();
    }

    /** The text of {@code templates/<relative>}, or null if there is no such file. */
    public String read(String relative) {
        Path file = templatesDir.resolve(relative);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = OfficerTemplates.class.getResourceAsStream("/templates/" + relative)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + file, e);
        }
    }

    /** Replaces each {@code {{name}}} by its value (null values by nothing). */
    public static String fill(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{{" + e.getKey() + "}}", e.getValue() == null ? "" : e.getValue());
        }
        return result;
    }
}
