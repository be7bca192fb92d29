package org.packpress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.packpress.model.TextLimit;

/** The limits of input fields: each documented with its maximum, and what each kind of field may not hold. */
class TextLimitsTest {

    @Test
    void everyKindOfFieldIsDocumentedWithItsLimit() throws IOException {
        String docs = Files.readString(Path.of("docs/input-format.md"));
        for (TextLimit limit : TextLimit.values()) {
            String kind = limit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            assertThat(docs).as(limit.name()).contains(String.format(Locale.UK, "| %s | %,d |", kind, limit.max()));
        }
    }

    @Test
    void identifiersRefuseInvisibleCharactersAndHeaderNamesLineBreaks() {
        assertThat(TextLimit.ID.problem("tom-mclaughlin")).isNull();
        assertThat(TextLimit.ID.problem("Tackling serious violence")).as("a plain space").isNull();
        for (String invisible : new String[] {"\u200B", "\u200D", "\u200E", "\u202E", "\u2066", "\uFEFF", "\u00AD",
                "\u00A0", "\u3164", "\n"}) {
            assertThat(TextLimit.ID.problem("tom" + invisible)).as("U+%04X", (int) invisible.charAt(0))
                    .contains("invisible or bidirectional control character");
        }
        assertThat(TextLimit.HEADER_NAME.problem("Zoë Ó Súilleabháin – عائشة")).isNull();
        for (String breaking : new String[] {"\r", "\n", "\u0000", "\t", "\u0085", "\u2028"}) {
            assertThat(TextLimit.HEADER_NAME.problem("Ann" + breaking + "Bcc: x@example.org"))
                    .as("U+%04X", (int) breaking.charAt(0)).contains("could break an email header");
        }
        assertThat(TextLimit.TEXT.problem("Two paragraphs.\n\nThe second.")).isNull();
        assertThat(TextLimit.ITEM_NUMBER.problem("12345678901")).isEqualTo("is 11 characters long; at most 10 are allowed");
    }
}
