package org.packpress.distribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The officer-editable email texts in {@code templates/email/} (read at every send): the body's own
 * folder {@code templates/email/<body>/} first, then the shared one, then the copy packaged in the jar.
 * {@code {{name}}} placeholders are replaced by the given values.
 */
@Component
public class EmailTemplates {

    private final Path templatesDir;

    public EmailTemplates(@Value("${packpress.templates-dir:templates}") Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    /** The filled template {@code <name>.<part>.txt}, e.g. {@code agenda-pack.subject.txt}. */
    public String fill(String bodyId, String name, String part, Map<String, String> values) {
        String file = name + "." + part + ".txt";
        String text = read("email/" + bodyId + "/" + file);
        if (text == null) {
            text = read("email/" + file);
        }
        if (text == null) {
            throw new IllegalStateException("No email template " + file + ": add templates/email/" + file);
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue() == null ? "" : e.getValue());
        }
        return text.strip().replaceAll("\n{3,}", "\n\n");
    }

    private String read(String relative) {
        Path file = templatesDir.resolve(relative);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = EmailTemplates.class.getResourceAsStream("/templates/" + relative)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read email template " + file, e);
        }
    }
}
