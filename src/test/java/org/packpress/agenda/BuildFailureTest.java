package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.common.BuildFailedException;
import org.packpress.common.Hashes;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

/** A paper that cannot be merged stops the build, names the item and file, and leaves no output behind. */
@PackPressTest
class BuildFailureTest {

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandLine commandLine;

    @TempDir
    Path temp;

    @Test
    void corruptStoredAttachmentStopsTheBuildAndWritesNothing() throws Exception {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        imports.importPaths(List.of(input));
        String sha = Hashes.sha256(input.resolve("papers/07b-slides.pdf"));
        jdbc.update("UPDATE blob SET content = ? WHERE sha256 = ?", "%PDF-1.4 truncated".getBytes(), sha);
        Path out = temp.resolve("out");
        try {
            assertThatThrownBy(() -> builder.build("test-panel", LocalDate.of(2024, 3, 4), out, null,
                    AgendaPackBuilder.Progress.NONE))
                    .isInstanceOf(BuildFailedException.class)
                    .hasMessageContaining("item 7b")
                    .hasMessageContaining("papers/07b-slides.pdf");
            assertThat(filesUnder(out)).isEmpty();

            StringWriter err = new StringWriter();
            commandLine.setErr(new PrintWriter(err));
            int exit = commandLine.execute("build", "agenda-pack", "test-panel/2024-03-04", "--out", out.toString());
            assertThat(exit).isNotZero();
            assertThat(err.toString()).contains("Build failed; nothing was written.").contains("item 7b");
            assertThat(filesUnder(out)).isEmpty();
        } finally {
            imports.importPaths(List.of(input));
            jdbc.update("DELETE FROM agenda_document WHERE blob_sha256 = ?", sha);
            jdbc.update("DELETE FROM blob WHERE sha256 = ?", sha);
            jdbc.update("DELETE FROM meeting WHERE body_id = 'test-panel'");
        }
    }

    private static List<Path> filesUnder(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
