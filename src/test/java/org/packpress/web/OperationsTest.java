package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpEntity;

/** Health (database, output disk), metrics of builds, and who may read them; distribution lists by administrators. */
class OperationsTest extends ServiceTestSupport {

    @Test
    void healthIsPublicItsDetailsAndMetricsAreForAdministrators(@TempDir Path temp) throws Exception {
        JsonNode health = JSON.readTree(http.getForEntity("/actuator/health", String.class).getBody());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();

        JsonNode details = JSON.readTree(admin().getForEntity("/actuator/health", String.class).getBody());
        assertThat(details.get("components").has("db")).isTrue();
        assertThat(details.get("components").get("outputs").get("status").asText()).isEqualTo("UP");
        assertThat(details.get("components").get("outputs").get("details").get("free").asLong()).isPositive();
        assertThat(officer().getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(403);

        assertThat(upload(officer(), SamplePanel.copy(temp, "ops-pcp"), "ops-pcp").getStatusCode().value())
                .isEqualTo(200);
        assertThat(buildAndWait("ops-pcp", "2024-01-15").get("status").asText()).isEqualTo("COMPLETED");
        JsonNode durations = JSON.readTree(admin().getForEntity(
                "/actuator/metrics/packpress.build.duration?tag=type:agenda-pack", String.class).getBody());
        assertThat(durations.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
        JsonNode pages = JSON.readTree(admin().getForEntity("/actuator/metrics/packpress.pages.built", String.class)
                .getBody());
        assertThat(pages.get("measurements").get(0).get("value").asDouble()).isGreaterThan(20);
    }

    @Test
    void administratorsManageDistributionListsOfficersReadThem(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp, "list-pcp"), "list-pcp").getStatusCode().value())
                .isEqualTo(200);
        String list = "{\"recipients\":[{\"name\":\"Cllr Ann Member\",\"email\":\"ann@council.example\","
                + "\"role\":\"member\"}]}";
        assertThat(officer().exchange("/api/bodies/list-pcp/distribution-list", org.springframework.http.HttpMethod.PUT,
                new HttpEntity<>(list, json()), String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(admin().exchange("/api/bodies/list-pcp/distribution-list", org.springframework.http.HttpMethod.PUT,
                new HttpEntity<>(list, json()), String.class).getStatusCode().value()).isEqualTo(200);
        JsonNode stored = JSON.readTree(officer().getForEntity("/api/bodies/list-pcp/distribution-list", String.class)
                .getBody());
        assertThat(stored.get("recipients").get(0).get("email").asText()).isEqualTo("ann@council.example");
        assertThat(viewer().getForEntity("/api/bodies/list-pcp/distribution-list", String.class).getStatusCode().value())
                .isEqualTo(403);

        String bad = "{\"recipients\":[{\"name\":\"X\",\"email\":\"not-an-address\",\"role\":\"boss\"}]}";
        JsonNode problem = JSON.readTree(admin().exchange("/api/bodies/list-pcp/distribution-list",
                org.springframework.http.HttpMethod.PUT, new HttpEntity<>(bad, json()), String.class).getBody());
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("recipients[1].email");

        String twice = "{\"recipients\":[{\"name\":\"Ann\",\"email\":\"ann@council.example\",\"role\":\"member\"},"
                + "{\"name\":\"Ann again\",\"email\":\"Ann@Council.example\",\"role\":\"subscriber\"}]}";
        JsonNode duplicate = JSON.readTree(admin().exchange("/api/bodies/list-pcp/distribution-list",
                org.springframework.http.HttpMethod.PUT, new HttpEntity<>(twice, json()), String.class).getBody());
        assertThat(duplicate.get("errors")).hasSize(1);
        assertThat(duplicate.get("errors").get(0).get("field").asText()).isEqualTo("recipients[2].email");
        assertThat(duplicate.get("errors").get(0).get("message").asText()).contains(
                "Ann@Council.example is already on the list as recipients[1] (addresses are compared ignoring case)");
        assertThat(JSON.readTree(officer().getForEntity("/api/bodies/list-pcp/distribution-list", String.class)
                .getBody()).get("recipients")).hasSize(1);
    }
}
