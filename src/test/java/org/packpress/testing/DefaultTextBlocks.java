package org.packpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The default wording of text blocks (templates/blocks/default), for tests that typeset without a body. */
public final class DefaultTextBlocks {

    private static final Path FOLDER = Path.of("templates/blocks/default");

    private DefaultTextBlocks() {
    }

    /** Each key's default text block, as {@code TextBlocks.labels} gives it for a body without overrides. */
    public static Map<String, String> labels(List<String> keys) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : keys) {
            try {
                labels.put(key, Files.readString(FOLDER.resolve(key + ".md")).strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return labels;
    }
}
