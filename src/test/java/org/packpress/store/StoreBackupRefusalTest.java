package org.packpress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.Hashes;
import org.packpress.common.PackPressProperties;
import org.packpress.testing.PackPressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A restore changes nothing unless it can succeed whole: a damaged archive, one of a newer schema, or any
 * archive into a store that holds data is refused with the reason (the archive is checked before the
 * store), and a backup is never written among the files it copies. The shared store holds other tests'
 * data, which is what makes it "not empty" here.
 */
@PackPressTest
class StoreBackupRefusalTest {

    private static final String PAPER = "out/refusal-pcp/2024-01-15/agenda-pack.pdf";

    @Autowired
    StoreBackup backups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    PackPressProperties properties;

    @Test
    void anArchiveIsCheckedWholeAndRestoredOnlyIntoAnEmptyStore(@TempDir Path temp) throws Exception {
        audit.record("test", AuditLog.CONFIDENTIAL_DOWNLOADED, "refusal-pcp", "2024-01-15", "agenda-pack.pdf", null);
        Integer events = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class);

        Path damaged = archive(temp.resolve("damaged.zip"), "1", "not what was backed up");
        assertThatThrownBy(() -> backups.restore(damaged)).isInstanceOf(StoreBackup.Refused.class)
                .hasMessageContaining("is damaged; nothing was restored. Missing or changed: " + PAPER);

        Path newer = archive(temp.resolve("newer.zip"), "9999", null);
        assertThatThrownBy(() -> backups.restore(newer)).isInstanceOf(StoreBackup.Refused.class)
                .hasMessageContaining("comes from a newer PackPress (schema 9999");

        Path good = archive(temp.resolve("good.zip"), "1", null);
        assertThatThrownBy(() -> backups.restore(good)).isInstanceOf(StoreBackup.Refused.class)
                .hasMessageContaining("restored into an empty store only, and this one holds data: ")
                .hasMessageMatching("(?s).*\\baudit_event \\(\\d+ rows?\\).*");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isEqualTo(events);
        assertThat(properties.outDir().resolve("refusal-pcp")).doesNotExist();

        Path notABackup = temp.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notABackup))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
        }
        assertThatThrownBy(() -> backups.restore(notABackup)).isInstanceOf(StoreBackup.Refused.class)
                .hasMessageContaining("is not a PackPress backup");

        assertThatThrownBy(() -> backups.backup(properties.outDir().resolve("backup.zip")))
                .isInstanceOf(StoreBackup.Refused.class).hasMessageContaining("outside the folders it copies");
    }

    /** A backup holding one published file; {@code tampered}: its content replaced after it was listed. */
    private static Path archive(Path file, String schema, String tampered) throws IOException {
        byte[] paper = "%PDF-1.7 a published paper".getBytes(StandardCharsets.US_ASCII);
        byte[] database = "CREATE TABLE restored_by_mistake (x INT);".getBytes(StandardCharsets.US_ASCII);
        StoreBackup.Contents contents = new StoreBackup.Contents(1, "2024-01-15T10:00:00", "h2", schema,
                List.of(new StoreBackup.Entry(StoreBackup.DATABASE, Hashes.sha256(database), database.length, null),
                        new StoreBackup.Entry(PAPER, Hashes.sha256(paper), paper.length, null)));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(StoreBackup.DATABASE));
            zip.write(database);
            zip.putNextEntry(new ZipEntry(PAPER));
            zip.write(tampered == null ? paper : tampered.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry(StoreBackup.CONTENTS));
            zip.write(new ObjectMapper().writeValueAsBytes(contents));
        }
        return file;
    }
}
