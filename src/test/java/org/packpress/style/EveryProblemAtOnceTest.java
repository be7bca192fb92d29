package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.ForkedPackPress;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.StoreSnapshot;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

/**
 * An import with one problem in each of six files (a meeting, minutes, the tracker, the work programme,
 * the key decisions, and a performance file of another body) reports all six in one run, grouped by
 * file, exits 2 and stores nothing; a real command's terminal shows that message and nothing before it.
 */
@PackPressTest
class EveryProblemAtOnceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandLine commandLine;

    @TempDir
    Path temp;

    @Test
    void oneProblemInEachOfSixFilesIsReportedInOneRun() {
        Path input = brokenInput();
        Map<String, List<String>> before = StoreSnapshot.take(jdbc);

        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("import", input.toString());

        assertThat(exit).isEqualTo(2);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("Import rejected; nothing was stored.").contains("in 6 files");
        assertThat(lines).anyMatch(l -> l.startsWith("  meetings/2024-01-15.yaml: agenda[7].time: 14:00 is earlier"))
                .anyMatch(l -> l.startsWith("  minutes/2023-11-13.yaml: colour: unknown field"))
                .anyMatch(l -> l.startsWith("  action-tracker.yaml: actions[1].updates[1].date:"))
                .anyMatch(l -> l.startsWith("  work-programme.yaml: season: unknown field"))
                .anyMatch(l -> l.startsWith("  key-decisions.yaml: decisions[1].colour: unknown field"))
                .anyMatch(l -> l.startsWith("  performance/observations.csv:"));
        List<String> files = lines.stream().skip(1).map(l -> l.strip().replaceFirst(": .*", "")).toList();
        assertThat(files).as("grouped by file").isEqualTo(files.stream().distinct()
                .flatMap(f -> files.stream().filter(f::equals)).toList());
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);
    }

    /**
     * A rejected body or meeting file is the cause of what its minutes cannot find: the minutes say that the file
     * they need was rejected, not that it is missing or should be added.
     */
    @Test
    void minutesWhoseBodyOrMeetingWasRejectedNameTheRejectedFile() {
        // a body of its own, so that no earlier import of the example holds the meeting in the shared store
        Path panel = TestFolders.copy(Path.of("examples/wm-pcp"), temp.resolve("meeting/rejected-pcp"));
        TestFolders.edit(panel.resolve("body.yaml"), "id: wm-pcp", "id: rejected-pcp");
        TestFolders.edit(panel.resolve("meetings/2023-11-13.yaml"), "date: 2023-11-13", "date: 2023-11-14");
        Path body = TestFolders.copy(Path.of("examples/ns-pcp"), temp.resolve("body/ns-pcp"));
        TestFolders.edit(body.resolve("body.yaml"), "shortName: NPCP", "shortName: NPCP\ncolour: red");

        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("import", panel.toString(), body.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).contains(
                "  meetings/2023-11-13.yaml: date: 2023-11-14 does not match the file name (2023-11-13) (line 2)",
                "  minutes/2023-11-13.yaml: meeting: the meeting of 2023-11-13 is not stored, as"
                        + " meetings/2023-11-13.yaml was rejected (line 3)",
                "  minutes/2024-07-22.yaml: not checked: it is checked against body.yaml, which was rejected",
                "  action-tracker.yaml: not checked: it is checked against body.yaml, which was rejected")
                .noneMatch(l -> l.contains("import its body.yaml too") || l.contains("(add meetings/"));
    }

    /** The terminal of a real command (its own JVM, its own logging) shows the message first, and only it. */
    @Test
    void theCommandPrintsTheMessageBeforeAnythingElse() {
        ForkedPackPress packpress = new ForkedPackPress(temp.resolve("forked"));
        ForkedPackPress.Finished run = packpress.run("import", brokenInput().toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        List<String> lines = run.output().lines().toList();
        assertThat(lines.get(0)).as(run.output()).startsWith("Import rejected; nothing was stored. 6 problems in 6 files:");
        assertThat(lines).hasSize(7);
    }

    private Path brokenInput() {
        Path panel = TestFolders.copy(Path.of("examples/wm-pcp"), temp.resolve("in/wm-pcp"));
        Path board = TestFolders.copy(Path.of("examples/wm-spcb"), temp.resolve("in/wm-spcb"));
        TestFolders.edit(panel.resolve("meetings/2024-01-15.yaml"), "time: \"14:40\"", "time: \"14:00\"");
        TestFolders.edit(panel.resolve("minutes/2023-11-13.yaml"), "ended: \"16:24\"", "ended: \"16:24\"\ncolour: red");
        TestFolders.edit(panel.resolve("action-tracker.yaml"), "      - date: 2023-11-13", "      - date: 2023-13-13");
        TestFolders.edit(panel.resolve("work-programme.yaml"), "year: 2023/24", "year: 2023/24\nseason: winter");
        TestFolders.edit(panel.resolve("key-decisions.yaml"), "    title: Office Furniture",
                "    title: Office Furniture\n    colour: blue");
        TestFolders.edit(board.resolve("performance/observations.csv"), "England and Wales,year ending September 2020,83.5",
                "England and Wales,year ending September 2020,eighty");
        return temp.resolve("in");
    }
}
