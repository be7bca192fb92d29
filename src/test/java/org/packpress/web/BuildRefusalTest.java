package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

/** Acceptance (issue 12, builds explain themselves): a build that cannot succeed is refused up front, with why. */
class BuildRefusalTest extends ServiceTestSupport {

    @Test
    void buildsOfThingsNeverImportedAreRefusedWithTheReason(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp, "refuse-pcp"), "refuse-pcp").getStatusCode().value())
                .isEqualTo(200);

        JsonNode minutes = refused("{\"type\":\"minutes\",\"body\":\"refuse-pcp\",\"meeting\":\"2024-01-15\"}");
        assertThat(minutes.get("title").asText()).isEqualTo("Build refused");
        assertThat(minutes.get("detail").asText()).isEqualTo("minutes refuse-pcp/2024-01-15 cannot be built: No minutes"
                + " of refuse-pcp/2024-01-15 have been imported (minutes/2024-01-15.yaml in the body's folder)");

        JsonNode workbook = refused("{\"type\":\"kpi-workbook\",\"body\":\"refuse-pcp\",\"plan\":\"pcp-2021\"}");
        assertThat(workbook.get("detail").asText()).contains("No performance data of refuse-pcp has been imported");

        // the minutes that were imported build as before
        ResponseEntity<String> accepted = officer().postForEntity("/api/builds", new HttpEntity<>(
                "{\"type\":\"minutes\",\"body\":\"refuse-pcp\",\"meeting\":\"2023-11-13\"}", json()), String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        waitFor(JSON.readTree(accepted.getBody()).get("jobExecutionId").asLong());
    }

    private JsonNode refused(String request) throws Exception {
        ResponseEntity<String> response = officer().postForEntity("/api/builds", new HttpEntity<>(request, json()),
                String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
        return JSON.readTree(response.getBody());
    }
}
