package org.packpress.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.packpress.batch.JobControl;
import org.packpress.batch.JobRecovery;
import org.packpress.store.ProcessRegistry;
import org.packpress.testing.DeadProcesses;
import org.packpress.testing.PackPressTest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which executions count as left by a dead process: on this host, a pid that no longer runs; on another
 * host, a heartbeat older than the grace period. Executions of live processes are left alone.
 */
@PackPressTest
class JobRecoveryTest {

    @Autowired
    JobRecovery recovery;

    @Autowired
    JobControl control;

    @Autowired
    JobExplorer explorer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessRegistry registry;

    @Autowired
    JobRepository repository;

    @Test
    void executionsOfDeadProcessesAreMarkedFailedWithTheirStepsAndLiveOnesAreLeftAlone() throws Exception {
        DeadProcesses processes = new DeadProcesses(jdbc, registry, repository);
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            JobExecution killed = running("killed", processes.killedOnThisHost());
            JobExecution alive = running("alive", processes.runningOnThisHost(sleeper));
            JobExecution silent = running("silent", processes.onAnotherHost(LocalDateTime.now().minusMinutes(5)));
            JobExecution beating = running("beating", processes.onAnotherHost(LocalDateTime.now()));

            assertThat(recovery.recoverDead()).contains(killed.getId(), silent.getId())
                    .doesNotContain(alive.getId(), beating.getId());

            JobExecution recovered = explorer.getJobExecution(killed.getId());
            assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(recovered.getEndTime()).isNotNull();
            assertThat(recovered.getExitStatus().getExitDescription()).startsWith("Interrupted: pid ")
                    .contains("ended before the job finished");
            assertThat(recovered.getStepExecutions()).extracting(s -> s.getStatus()).containsExactly(BatchStatus.FAILED);
            assertThat(explorer.getJobExecution(silent.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(explorer.getJobExecution(alive.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
            assertThat(explorer.getJobExecution(beating.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
            assertThat(recovery.runs(alive.getId())).isTrue();

            // on purpose: a live one cannot be abandoned, a recovered one can, and is then never restarted
            assertThatThrownBy(() -> control.abandon(alive.getId())).hasMessageContaining("is still running");
            assertThat(control.abandon(killed.getId()).getStatus()).isEqualTo(BatchStatus.ABANDONED);
            assertThatThrownBy(() -> control.restart(killed.getId())).hasMessageContaining("ABANDONED");
            assertThat(control.list(200)).anySatisfy(listed -> {
                assertThat(listed.id()).isEqualTo(silent.getId());
                assertThat(listed.status()).isEqualTo(BatchStatus.FAILED);
                assertThat(listed.reason()).contains("pid 4242 on host another-host.example");
            });
        } finally {
            sleeper.destroyForcibly();
        }
    }

    private JobExecution running(String name, String owner) {
        return new DeadProcesses(jdbc, registry, repository).runningExecution("recovery-test-" + name,
                new JobParametersBuilder().addString("run", name + System.nanoTime()).toJobParameters(), "work", owner);
    }
}
