package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.SchemaChecks;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/** {@code check} exits 0 (nothing found), 4 (warnings only) or 5 (errors); its --json follows the schema. */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {

    @Autowired
    ImportService imports;
    @Autowired
    CommandLine commandLine;

    @BeforeAll
    void importBodies() {
        imports.importPaths(List.of(Path.of("examples/wm-pcp"), Path.of("src/test/resources/fixtures/checks-seed-panel")));
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aCleanBodyExitsZero() {
        Run run = run("check", "wm-pcp");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualToIgnoringNewLines("0 errors, 0 warnings");
    }

    @Test
    void aMeetingWithWarningsOnlyExitsFour() {
        Run run = run("check", "seed-pcp/2024-02-04");
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("warning meeting.weekend: agenda of 4 February 2024, meeting, date: 4 February"
                + " 2024 is a Sunday").contains("0 errors, 1 warnings");
    }

    @Test
    void errorsExitFiveAndTheJsonFollowsItsSchema() throws Exception {
        Run run = run("check", "seed-pcp/2024-01-15", "--json");
        assertThat(run.exit()).isEqualTo(5);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(SchemaChecks.validate("check-report", report, Path.of("check --json"))).isEmpty();
        assertThat(report.path("meeting").asText()).isEqualTo("2024-01-15");
        assertThat(report.path("errors").asInt()).isEqualTo(13);
        assertThat(report.path("warnings").asInt()).isEqualTo(6);
        assertThat(report.path("findings").findValuesAsText("rule")).contains("tracker.scheduled-meeting",
                "report.table-total", "agenda.report-title");
        assertThat(SchemaChecks.properties(SchemaChecks.schema("check-report"))).isEqualTo(
                SchemaChecks.components(CheckReport.class));
        assertThat(SchemaChecks.properties(SchemaChecks.schema("check-report").path("$defs").path("finding")))
                .isEqualTo(SchemaChecks.components(org.packpress.model.Finding.class));
    }

    @Test
    void checksYamlFollowsItsSchema() throws Exception {
        for (Path file : List.of(Path.of("examples/wm-pcp/checks.yaml"),
                Path.of("src/test/resources/fixtures/checks-seed-panel/checks.yaml"))) {
            JsonNode settings = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(file.toFile());
            assertThat(SchemaChecks.validate("checks", settings, file)).as(file.toString()).isEmpty();
        }
        assertThat(SchemaChecks.properties(SchemaChecks.schema("checks")))
                .isEqualTo(SchemaChecks.components(org.packpress.model.CheckSettings.class));
    }

    @Test
    void anUnknownBodyIsAUsageErrorNotAFinding() {
        Run run = run("check", "no-such-body");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("there is no body 'no-such-body' in the store");
    }
}
