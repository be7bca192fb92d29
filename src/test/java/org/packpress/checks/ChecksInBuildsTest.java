package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.BuildFailedException;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Builds run the checks on what they build: errors stop a pack, findings go into manifest.json. */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecksInBuildsTest {

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder packs;
    @Autowired
    MinutesPublisher minutes;

    @TempDir
    Path out;

    @BeforeAll
    void importSeedPanel() {
        imports.importPaths(List.of(Path.of("src/test/resources/fixtures/checks-seed-panel")));
    }

    @Test
    void aPackWithErrorsIsNotPublishedAndTheFailureNamesEachError() {
        LocalDate date = LocalDate.of(2024, 1, 15);
        assertThatThrownBy(() -> packs.build("seed-pcp", date, out, null, AgendaPackBuilder.Progress.NONE))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("the agenda pack of seed-pcp/2024-01-15 is not published: the checks found 12 errors")
                .hasMessageContaining("error agenda.report-title: agenda of 15 January 2024, item 7, title:")
                .hasMessageContaining("error tracker.scheduled-meeting: action tracker, action 764 ii, programmedFor:");
        assertThat(out.resolve("seed-pcp/2024-01-15")).doesNotExist();
    }

    @Test
    void aPackWithWarningsOnlyIsPublishedWithTheWarningsInItsManifest() throws IOException {
        packs.build("seed-pcp", LocalDate.of(2024, 2, 4), out, null, AgendaPackBuilder.Progress.NONE);
        JsonNode findings = manifest("seed-pcp/2024-02-04").path("documents").path("agenda-pack").path("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("rule").asText()).isEqualTo("meeting.weekend");
        assertThat(findings.get(0).path("severity").asText()).isEqualTo("WARNING");
        assertThat(findings.get(0).path("message").asText()).isEqualTo("4 February 2024 is a Sunday");
        assertThat(findings.get(0).path("explanation").asText()).contains("working days");
    }

    @Test
    void minutesRecordTheirFindingsInTheManifest() throws IOException {
        minutes.publishMinutes("seed-pcp", LocalDate.of(2023, 12, 18), out, null);
        JsonNode findings = manifest("seed-pcp/2023-12-18").path("documents").path("minutes").path("findings");
        assertThat(findings.findValuesAsText("rule")).containsExactlyInAnyOrder("minutes.confirms-held-meeting",
                "text.weekday");
        assertThat(findings.findValuesAsText("location")).containsExactlyInAnyOrder("minute 762", "minute 765");
    }

    private JsonNode manifest(String folder) throws IOException {
        return new ObjectMapper().readTree(Files.readString(out.resolve(folder).resolve("manifest.json")));
    }
}
