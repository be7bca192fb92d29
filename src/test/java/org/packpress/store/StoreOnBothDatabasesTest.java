package org.packpress.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packpress.common.PackPressProperties;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.agenda.AgendaImporter;
import org.packpress.model.AgendaDocument;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.testing.TestWordPapers;
import org.packpress.testing.StoreSnapshot;
import org.packpress.testing.TestFolders;
import org.packpress.testing.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migrations and the repositories on both supported databases: H2 (the embedded default) and
 * PostgreSQL (embedded from Maven Central). The same import must store and read back the same meeting.
 */
class StoreOnBothDatabasesTest {

    @TempDir
    static Path temp;

    static Stream<Arguments> databases() {
        return TestDatabases.both("store-test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void importStoresAndReadsBackTheMeetingIdempotently(String name, DataSource dataSource) {
        TestDatabases.migrateFromScratch(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        BodyRepository bodies = new BodyRepository(jdbc);
        ReportRepository reports = new ReportRepository(jdbc);
        MeetingRepository meetings = new MeetingRepository(jdbc, reports);
        BlobStore blobs = new BlobStore(jdbc);
        ImportService imports = new ImportService(
                List.of(new AgendaImporter(bodies, meetings, blobs, TestWordPapers.of(jdbc), TestWordPapers.scans(jdbc))),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), PackPressProperties.Input.defaults());
        Path folder = TestFolders.testPanel(temp.resolve(name));

        imports.importPaths(List.of(folder));
        Map<String, List<String>> first = StoreSnapshot.take(jdbc);
        imports.importPaths(List.of(folder));

        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(first);
        Body body = bodies.get("test-panel");
        assertThat(body.people()).hasSize(2);
        assertThat(body.memberships().get(0).role()).isEqualTo("Chair");
        Meeting meeting = meetings.get("test-panel", LocalDate.of(2024, 3, 4));
        assertThat(meeting.agenda()).extracting(i -> i.number()).containsExactly("1", "2", "7a", "7b", "8", "9");
        assertThat(meeting.agenda().get(5).exemptParagraphs()).containsExactly(3);
        AgendaDocument roadSafety = meeting.agenda().get(3).documents().get(0);
        assertThat(roadSafety.appendices()).hasSize(1);
        AgendaDocument.FileSource slides = (AgendaDocument.FileSource) roadSafety.appendices().get(0).source();
        assertThat(slides.pages()).isEqualTo(3);
        byte[] stored = blobs.bytes(slides.sha256());
        assertThat(org.packpress.common.Hashes.sha256(stored)).isEqualTo(slides.sha256());
        AgendaDocument.ReportSource report = (AgendaDocument.ReportSource) roadSafety.source();
        assertThat(report.report().recommendations()).containsExactly("That the Panel notes the road safety update.");
    }
}
