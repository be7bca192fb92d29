package org.packpress.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.ChildProcessTest;
import org.packpress.testing.ForkedPackPress;
import org.packpress.web.SamplePanel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance (issue 12, recovery): a build and a nightly run, each in its own process on the embedded
 * H2 database, are killed mid-way. The next command recovers without any SQL by hand: the killed
 * build shows as FAILED with the reason, its temporary folder is gone, and the nightly run resumes and
 * builds each pack once.
 */
@ChildProcessTest
class KilledProcessRecoveryTest {

    @Test
    void theNextCommandRecoversAKilledBuildAndResumesAKilledNightlyRun(@TempDir Path temp) {
        ForkedPackPress packpress = new ForkedPackPress(temp);
        SamplePanel panel = SamplePanel.copy(temp.resolve("in")).withMeetingOn("2024-01-11").withMeetingOn("2024-01-12");
        assertThat(packpress.run("import", panel.root().toString()).exitCode()).as(packpress.output()).isZero();

        // a build killed while it writes its pack (its build folder exists only then, its temporary files only
        // while it writes them)
        Process build = packpress.start("build", "agenda-pack", "wm-pcp/2024-01-15");
        packpress.killWhen(build, () -> !packpress.buildFolders().isEmpty() && !parts(packpress.out()).isEmpty(),
                Duration.ofMinutes(3));
        assertThat(packpress.buildFolders()).hasSize(1);
        assertThat(parts(packpress.out())).as("the killed build's half-written files").isNotEmpty();

        ForkedPackPress.Finished jobs = packpress.run("jobs");
        assertThat(jobs.exitCode()).as(jobs.output()).isZero();
        assertThat(jobs.output()).containsPattern("FAILED +agendaPack +wm-pcp/2024-01-15 .*Interrupted: pid "
                + build.pid() + " on host .* ended before the job finished");
        assertThat(packpress.buildFolders()).as("the killed build's folder is removed").isEmpty();
        assertThat(parts(packpress.out())).as("and its half-written files in out/").isEmpty();

        // a nightly run killed while it builds its second pack (one at a time)
        Process nightly = packpress.start("-Dpackpress.nightly.threads=1", "nightly", "--date", "2024-01-05");
        Set<String> seen = new HashSet<>();
        packpress.killWhen(nightly, () -> {
            seen.addAll(packpress.buildFolders());
            return seen.size() >= 2;
        }, Duration.ofMinutes(3));

        ForkedPackPress.Finished resumed = packpress.run("nightly", "--date", "2024-01-05");
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("nightly run of 2024-01-05: built");

        JdbcTemplate store = store(packpress);
        List<Map<String, Object>> packs = store.queryForList("SELECT step_name, status FROM batch_step_execution"
                + " WHERE step_name LIKE 'nightlyPack:%' ORDER BY step_execution_id");
        List<String> completed = packs.stream().filter(p -> p.get("status").equals("COMPLETED"))
                .map(p -> (String) p.get("step_name")).toList();
        assertThat(completed).as("each pack built once: " + packs).containsExactlyInAnyOrder(
                "nightlyPack:pack:wm-pcp/2024-01-11", "nightlyPack:pack:wm-pcp/2024-01-12",
                "nightlyPack:pack:wm-pcp/2024-01-15");
        // the packs the killed run had not finished were marked FAILED (and then built by the resumed run);
        // the one it had finished was not built again
        List<String> interrupted = packs.stream().filter(p -> p.get("status").equals("FAILED"))
                .map(p -> (String) p.get("step_name")).toList();
        assertThat(interrupted).as(packs.toString()).isNotEmpty().hasSizeLessThan(3).doesNotHaveDuplicates();
        assertThat(store.queryForList("SELECT status FROM batch_job_execution WHERE status IN"
                + " ('STARTING', 'STARTED', 'STOPPING')")).isEmpty();
        assertThat(store.queryForObject("SELECT COUNT(*) FROM batch_job_execution e JOIN batch_job_instance i"
                + " ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'nightly' AND e.status = 'COMPLETED'",
                Integer.class)).isEqualTo(1);
        for (String date : List.of("2024-01-11", "2024-01-12", "2024-01-15")) {
            assertThat(temp.resolve("out/wm-pcp/" + date + "/agenda-pack.pdf")).isRegularFile();
        }
        assertThat(packpress.buildFolders()).isEmpty();
    }

    /** The temporary files under the folder of published documents. */
    private static List<Path> parts(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // a file moved into place while the folder was read: look again
        }
    }

    private static JdbcTemplate store(ForkedPackPress packpress) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(packpress.jdbcUrl());
        h2.setUser("sa");
        h2.setPassword("");
        return new JdbcTemplate(h2);
    }

}
