package org.packpress.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.batch.NightlyRunner;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.store.MeetingPublications;
import org.packpress.testing.PdfInspection;
import org.packpress.web.SamplePanel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

/**
 * Acceptance: the nightly run on the publication date builds the pack; run again for that date it
 * does nothing; after the meeting file changes, the next run rebuilds that pack only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:packpress-nightly;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class NightlyRunTest {

    @Autowired
    NightlyRunner nightly;

    @Autowired
    ImportService imports;

    @Autowired
    CommandLine packpressCommandLine;

    @Autowired
    MeetingPublications publications;

    @Autowired
    Publisher publisher;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void buildsWhatIsDueOncePerDateAndRebuildsOnlyChangedPacks(@TempDir Path temp) throws Exception {
        // a second meeting on Friday 12 January 2024, published on Thursday 4 January; a draft on Thursday 11th
        SamplePanel panel = SamplePanel.copy(temp.resolve("in")).withMeetingOn("2024-01-12").withMeetingOn("2024-01-11")
                .asDraft("2024-01-11");
        imports.importPaths(List.of(panel.root()));
        Path out = temp.resolve("out");

        NightlyRunner.Outcome before = nightly.run(LocalDate.of(2024, 1, 3), out);
        assertThat(before.built()).isEmpty();

        NightlyRunner.Outcome first = nightly.run(LocalDate.of(2024, 1, 5), out);
        assertThat(first.alreadyCompleted()).isFalse();
        assertThat(first.built()).containsExactly("wm-pcp/2024-01-12", "wm-pcp/2024-01-15");
        // issue 15: the run published what it built, and left the draft alone
        assertThat(publications.find("wm-pcp", LocalDate.of(2024, 1, 15))).hasValueSatisfying(p ->
                assertThat(p.by()).isEqualTo("nightly run"));
        assertThat(publications.isPublished("wm-pcp", LocalDate.of(2024, 1, 11))).isFalse();
        assertThat(out.resolve("wm-pcp/2024-01-11")).doesNotExist();
        try (PdfInspection pack = PdfInspection.open(out.resolve("wm-pcp/2024-01-15/agenda-pack.pdf"))) {
            assertThat(pack.text(1, 1)).contains("15 January 2024").contains("Dudley Council Chamber");
        }

        NightlyRunner.Outcome again = nightly.run(LocalDate.of(2024, 1, 5), out);
        assertThat(again.alreadyCompleted()).isTrue();
        assertThat(again.built()).isEmpty();

        String printed = run("nightly", "--date", "2024-01-08", "--out", out.toString());
        assertThat(printed).contains("nightly run of 2024-01-08: nothing due");

        panel.changeVenue("2024-01-15", "Committee Room 2, Council House, Birmingham");
        imports.importPaths(List.of(panel.root()));
        NightlyRunner.Outcome afterChange = nightly.run(LocalDate.of(2024, 1, 9), out);
        assertThat(afterChange.built()).containsExactly("wm-pcp/2024-01-15");
        try (PdfInspection pack = PdfInspection.open(out.resolve("wm-pcp/2024-01-15/agenda-pack.pdf"))) {
            assertThat(pack.text(1, 1)).contains("Committee Room 2");
        }
        assertThat(run("nightly", "--date", "2024-01-09", "--out", out.toString())).contains("already completed");
    }

    @Test
    void aFailedRunRestartsWhereItStopped(@TempDir Path temp) throws Exception {
        // meetings on Monday 10 and Tuesday 11 March 2025, both due on Friday 7 March (a date no other test runs)
        SamplePanel panel = SamplePanel.copy(temp.resolve("in"), "restart-pcp").withMeetingOn("2025-03-10")
                .withMeetingOn("2025-03-11");
        Files.delete(panel.meetingFile());
        imports.importPaths(List.of(panel.root()));
        Path out = temp.resolve("out");
        // the 10 March pack cannot be published: a file stands where its folder should be
        Files.createDirectories(out.resolve("restart-pcp"));
        Files.writeString(out.resolve("restart-pcp/2025-03-10"), "in the way");

        assertThatThrownBy(() -> nightly.run(LocalDate.of(2025, 3, 7), out)).isInstanceOf(RuntimeException.class);
        Path built = out.resolve("restart-pcp/2025-03-11/agenda-pack.pdf");
        assertThat(built).isRegularFile();
        FileTime firstBuild = Files.getLastModifiedTime(built);

        Files.delete(out.resolve("restart-pcp/2025-03-10"));
        NightlyRunner.Outcome restarted = nightly.run(LocalDate.of(2025, 3, 7), out);
        assertThat(restarted.alreadyCompleted()).isFalse();
        assertThat(restarted.built()).containsExactly("restart-pcp/2025-03-10");
        assertThat(out.resolve("restart-pcp/2025-03-10/agenda-pack.pdf")).isRegularFile();
        assertThat(Files.getLastModifiedTime(built)).isEqualTo(firstBuild);
    }

    /**
     * A run killed after it built and published a pack, before it recorded that step's end, builds nothing again
     * when restarted: until 7 December 2026 the restarted step built the pack a second time, a new version that
     * went again to everyone who had the first (with {@code packpress.nightly.send}).
     */
    @Test
    void aRunKilledAfterBuildingAPackIssuesItOnceWhenRestarted(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp.resolve("in"), "killed-pcp").withMeetingOn("2025-06-16");
        Files.delete(panel.meetingFile());
        imports.importPaths(List.of(panel.root()));
        Path out = temp.resolve("out");
        LocalDate runDate = LocalDate.of(2025, 6, 16);
        assertThat(nightly.run(runDate, out).built()).containsExactly("killed-pcp/2025-06-16");
        // what the next process finds after a kill at that moment: the run and its build step FAILED (JobRecovery)
        Long execution = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution", Long.class);
        jdbc.update("UPDATE batch_job_execution SET status = 'FAILED', exit_code = 'FAILED' WHERE job_execution_id = ?",
                execution);
        jdbc.update("UPDATE batch_step_execution SET status = 'FAILED', exit_code = 'FAILED' WHERE job_execution_id = ?"
                + " AND step_name <> 'nightlyPlan'", execution);

        NightlyRunner.Outcome restarted = nightly.run(runDate, out);

        assertThat(restarted.alreadyCompleted()).isFalse();
        assertThat(restarted.built()).containsExactly("killed-pcp/2025-06-16");
        Manifest manifest = publisher.read(out.resolve("killed-pcp/2025-06-16")).orElseThrow();
        assertThat(manifest.earlier(AgendaPackBuilder.DOCUMENT)).as("issued once").isEmpty();
    }

    private String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            assertThat(packpressCommandLine.execute(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString();
    }
}
