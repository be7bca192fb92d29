package org.packpress.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.model.minutes.KeyDecisions;

/**
 * An officer's slip in a YAML file (a quote left open, a tab, a line indented wrongly) is reported with the place
 * where the parser stopped and the place where what it was reading began, which is where the slip usually is.
 */
class YamlSyntaxErrorsTest {

    @TempDir
    Path temp;

    @Test
    void anUnclosedQuoteNamesTheLineOfItsEntryAndWhereReadingStopped() throws Exception {
        Path file = temp.resolve("key-decisions.yaml");
        Files.writeString(file, """
                decisions:
                  - {number: 041-2024, date: 2024-12-02, title: "Payments", confidential: false, subject: x}
                  - {number: 042-2024, date: 2024-12-19, title: "Sale of a station, confidential: true, subject: y}
                  - {number: 001-2025, date: 2025-01-08, title: "Victims", confidential: false, subject: z}
                """);

        assertThatThrownBy(() -> StructuredFiles.read(file, "key-decisions.yaml", KeyDecisions.class))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.errors()).singleElement().hasToString("key-decisions.yaml: is not well-formed at"
                                + " line 4, column 50: expected ',' or '}', but got <scalar> (while parsing a flow mapping"
                                + " that starts at line 3, column 5); look for an unclosed quote or bracket, a tab, or a"
                                + " line indented differently from those beside it"));
    }

    @Test
    void aTabNamesItsLine() throws Exception {
        Path file = temp.resolve("key-decisions.yaml");
        Files.writeString(file, "decisions:\n  - number: 041-2024\n\tdate: 2024-12-02\n");

        assertThatThrownBy(() -> StructuredFiles.read(file, "key-decisions.yaml", KeyDecisions.class))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.errors().get(0).reason()).startsWith("is not well-formed at line 3, column 1: "
                                + "found character '\\t(TAB)' that cannot start any token"));
    }
}
