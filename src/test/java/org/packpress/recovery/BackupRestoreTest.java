package org.packpress.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.Hashes;
import org.packpress.testing.ChildProcessTest;
import org.packpress.testing.ForkedPackPress;
import org.packpress.web.SamplePanel;

/**
 * Acceptance (issue 12, nothing published is ever lost): a store is backed up into one archive, restored
 * into an empty store (a new database and output folder), and the same pack rebuilt there has the same
 * text. The restored folder keeps the published pack as its earlier version, byte for byte.
 */
@ChildProcessTest
class BackupRestoreTest {

    private static final String PACK = "wm-pcp/2024-01-15/agenda-pack.pdf";

    @Test
    void backupThenRestoreIntoAnEmptyStoreRebuildsTheSamePack(@TempDir Path temp) throws Exception {
        ForkedPackPress first = new ForkedPackPress(temp.resolve("first"));
        SamplePanel panel = SamplePanel.copy(temp.resolve("in"));
        assertThat(first.run("import", panel.root().toString()).exitCode()).as(first.output()).isZero();
        assertThat(first.run("build", "agenda-pack", "wm-pcp/2024-01-15").exitCode()).as(first.output()).isZero();
        Path archive = temp.resolve("backups/packpress.zip");
        Files.createDirectories(archive.getParent());

        ForkedPackPress.Finished backup = first.run("backup", archive.toString());
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("Backed up the database (h2, schema version");
        try (var left = Files.list(archive.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("written atomically").containsExactly("packpress.zip");
        }

        ForkedPackPress second = new ForkedPackPress(temp.resolve("second"));
        ForkedPackPress.Finished restore = second.run("restore", archive.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(second.out().resolve(PACK)).hasSameBinaryContentAs(first.out().resolve(PACK));

        ForkedPackPress.Finished rebuild = second.run("build", "agenda-pack", "wm-pcp/2024-01-15");
        assertThat(rebuild.exitCode()).as(rebuild.output()).isZero();
        assertThat(second.out().resolve(PACK)).as("the restored store builds the same pack, to the byte")
                .hasSameBinaryContentAs(first.out().resolve(PACK));
        JsonNode manifest = new ObjectMapper().readTree(second.out().resolve("wm-pcp/2024-01-15/manifest.json").toFile());
        assertThat(manifest.path("earlier").path("agenda-pack").isMissingNode()).as("so no new version").isTrue();
        String restored = manifest.get("documents").get("agenda-pack").get("outputs").get(0).get("sha256").asText();
        assertThat(restored).isEqualTo(Hashes.sha256(first.out().resolve(PACK)));
        assertThat(second.out().resolve("wm-pcp/2024-01-15/archive/" + restored + ".pdf"))
                .as("the version restored is kept").hasSameBinaryContentAs(first.out().resolve(PACK));

        ForkedPackPress.Finished again = second.run("restore", archive.toString());
        assertThat(again.exitCode()).as(again.output()).isEqualTo(2);
        assertThat(again.output()).contains("Restore refused; nothing was changed.")
                .contains("restored into an empty store only").contains("body (1 row)");
    }
}
