package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.packpress.testing.SchemaChecks;
import org.springframework.http.ResponseEntity;

/** The REST API gives a meeting's findings in the form {@code check --json} prints them. */
class FindingsApiTest extends ServiceTestSupport {

    static final Path SEED_PANEL = Path.of("src/test/resources/fixtures/checks-seed-panel");

    @Test
    void aMeetingsFindingsFollowTheCheckReportSchema() throws Exception {
        assertThat(upload(officer(), SamplePanel.of(SEED_PANEL), "seed-pcp").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> response = viewer().getForEntity("/api/bodies/seed-pcp/meetings/2024-01-15/findings",
                String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.getBody());
        assertThat(SchemaChecks.validate("check-report", report, Path.of("findings API"))).isEmpty();
        assertThat(report.path("errors").asInt()).isEqualTo(12);
        assertThat(report.path("findings").findValuesAsText("message"))
                .contains("completed on 11 December 2023, before the meeting of 18 December 2023 that set it");
        assertThat(viewer().getForEntity("/api/bodies/seed-pcp/meetings/2024-01-16/findings", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }
}
