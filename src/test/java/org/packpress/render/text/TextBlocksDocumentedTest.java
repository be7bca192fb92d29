package org.packpress.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/text-blocks.md lists every default text block with its wording, so that an officer finds the key of the
 * words to change without reading the code; a block added, removed or reworded without the list fails here.
 */
class TextBlocksDocumentedTest {

    private static final Path DEFAULTS = Path.of("templates/blocks/default");
    private static final Path LIST = Path.of("docs/text-blocks.md");
    private static final String START = "<!-- the table below is checked by TextBlocksDocumentedTest -->";
    private static final int SHOWN = 160;

    @Test
    void theListHoldsEveryDefaultBlockWithItsWording() throws IOException {
        String doc = Files.readString(LIST, StandardCharsets.UTF_8);
        assertThat(doc).contains(START);
        String table = doc.substring(doc.indexOf(START) + START.length()).strip();
        assertThat(table).as("the table of docs/text-blocks.md, expected:%n%s", expected()).isEqualTo(expected());
    }

    private static String expected() throws IOException {
        try (Stream<Path> files = Files.list(DEFAULTS)) {
            List<Path> blocks = files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
            StringBuilder table = new StringBuilder("| key | default wording |\n|---|---|\n");
            for (Path block : blocks) {
                String key = block.getFileName().toString().replaceFirst("\\.md$", "");
                table.append("| `").append(key).append("` | ").append(shown(Files.readString(block))).append(" |\n");
            }
            return table.toString().strip();
        }
    }

    /** The wording on one line, its lines joined by " / ", cut after {@link #SHOWN} characters. */
    private static String shown(String wording) {
        String line = wording.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" / "));
        String cut = line.length() > SHOWN ? line.substring(0, SHOWN).strip() + " …" : line;
        return cut.replace("|", "\\|");
    }
}
