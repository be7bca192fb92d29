package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.batch.AgendaPackJobConfig;
import org.packpress.store.ProcessRegistry;
import org.packpress.testing.DeadProcesses;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance (issue 12): a build left "running" by a process that was killed is never reported as
 * running; building the same document from the API starts a new build instead of returning it.
 */
class InterruptedBuildApiTest extends ServiceTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessRegistry registry;

    @Autowired
    JobRepository repository;

    @Test
    void aBuildOfAKilledProcessIsReportedFailedAndTheSameBuildStartsAgain(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp, "killed-pcp"), "killed-pcp").getStatusCode().value())
                .isEqualTo(200);
        DeadProcesses processes = new DeadProcesses(jdbc, registry, repository);
        JobExecution dead = processes.runningExecution(AgendaPackJobConfig.JOB, new JobParametersBuilder()
                .addString("body", "killed-pcp").addString("meeting", SamplePanel.MEETING)
                .addString("buildTime", "2024-01-01T00:00").toJobParameters(), "buildAgendaPack",
                processes.killedOnThisHost());

        ResponseEntity<String> started = officer().postForEntity("/api/builds", new HttpEntity<>(
                "{\"type\":\"agenda-pack\",\"body\":\"killed-pcp\",\"meeting\":\"2024-01-15\"}", json()), String.class);
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(started.getBody());
        assertThat(accepted.get("alreadyRunning").asBoolean()).isFalse();
        assertThat(accepted.get("jobExecutionId").asLong()).isNotEqualTo(dead.getId());
        assertThat(waitFor(accepted.get("jobExecutionId").asLong()).get("status").asText()).isEqualTo("COMPLETED");

        JsonNode old = JSON.readTree(officer().getForEntity("/api/jobs/" + dead.getId(), String.class).getBody());
        assertThat(old.get("status").asText()).isEqualTo("FAILED");
        assertThat(old.get("errors").get(0).get("message").asText()).startsWith("Interrupted: pid ")
                .contains("ended before the job finished");
    }

    @Test
    void theStatusOfAKilledBuildSaysFailedWithoutAnyNewBuild() throws Exception {
        DeadProcesses processes = new DeadProcesses(jdbc, registry, repository);
        JobExecution dead = processes.runningExecution(AgendaPackJobConfig.JOB, new JobParametersBuilder()
                .addString("body", "nobody-pcp").addString("meeting", "2024-02-01")
                .addString("buildTime", "2024-01-01T00:00").toJobParameters(), "buildAgendaPack",
                processes.killedOnThisHost());
        JsonNode status = JSON.readTree(officer().getForEntity("/api/jobs/" + dead.getId(), String.class).getBody());
        assertThat(status.get("status").asText()).isEqualTo("FAILED");
    }
}
