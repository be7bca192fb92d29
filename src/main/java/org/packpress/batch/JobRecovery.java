package org.packpress.batch;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packpress.store.ProcessRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds job executions left running (STARTING, STARTED, STOPPING) by processes that no longer run and
 * marks them, with their step executions, FAILED, naming the process that died: Spring Batch restarts a
 * FAILED execution where it stopped (steps that completed are not run again), whereas ABANDONED ones are
 * never restarted. Each execution's owner is recorded when it is created ({@link JobOwnerRecording}).
 */
@Component
public class JobRecovery {

    /** A running execution and the process that owns it (null when none was recorded). */
    private record Running(long id, String owner, LocalDateTime created) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(JobRecovery.class);

    private final JdbcTemplate jdbc;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final ProcessRegistry processes;

    public JobRecovery(JdbcTemplate jdbc, JobExplorer explorer, JobRepository repository, ProcessRegistry processes) {
        this.jdbc = jdbc;
        this.explorer = explorer;
        this.repository = repository;
        this.processes = processes;
    }

    /** Records that this process runs an execution it has just created. */
    void own(long jobExecutionId) {
        jdbc.update("INSERT INTO job_execution_owner (job_execution_id, process_id) VALUES (?, ?)", jobExecutionId,
                processes.self());
    }

    /** Marks every execution whose process died FAILED; returns their ids. */
    public synchronized List<Long> recoverDead() {
        List<Long> recovered = new ArrayList<>();
        for (Running running : running()) {
            if (ownerDead(running)) {
                recover(running).ifPresent(recovered::add);
            }
        }
        return recovered;
    }

    /** Whether an execution that the store says is running really runs; recovers it when its process died. */
    public boolean runs(long jobExecutionId) {
        List<Running> found = running().stream().filter(r -> r.id() == jobExecutionId).toList();
        if (found.isEmpty()) {
            return false;
        }
        if (ownerDead(found.get(0))) {
            recover(found.get(0));
            return false;
        }
        return true;
    }

    /** The process that owns an execution, as it reads in messages, if it is known. */
    public Optional<String> owner(long jobExecutionId) {
        return jdbc.query("SELECT process_id FROM job_execution_owner WHERE job_execution_id = ?",
                (rs, n) -> rs.getString(1), jobExecutionId).stream().findFirst()
                .flatMap(processes::find).map(ProcessRegistry.Registered::describe);
    }

    private List<Running> running() {
        return jdbc.query("SELECT e.job_execution_id, o.process_id, e.create_time FROM batch_job_execution e"
                + " LEFT JOIN job_execution_owner o ON o.job_execution_id = e.job_execution_id"
                + " WHERE e.status IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY e.job_execution_id",
                (rs, n) -> new Running(rs.getLong(1), rs.getString(2), toLocal(rs.getTimestamp(3))));
    }

    /**
     * An execution without a recorded owner was created by a process that died before it could record
     * itself (or before owners were recorded): dead once it is older than a heartbeat's grace period.
     */
    private boolean ownerDead(Running running) {
        if (running.owner() == null) {
            return running.created() == null
                    || running.created().isBefore(LocalDateTime.now().minus(processes.staleAfter()));
        }
        return processes.isDead(running.owner());
    }

    private Optional<Long> recover(Running running) {
        JobExecution execution = explorer.getJobExecution(running.id());
        if (execution == null || !execution.isRunning()) {
            return Optional.empty();
        }
        String who = running.owner() == null ? "an unrecorded process"
                : processes.find(running.owner()).map(ProcessRegistry.Registered::describe).orElse("a process");
        String reason = "Interrupted: " + who + " ended before the job finished; marked FAILED by "
                + processes.find(processes.self()).map(ProcessRegistry.Registered::describe).orElse("this process")
                + " so that it can be restarted";
        LocalDateTime now = LocalDateTime.now();
        try {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
                    step.setEndTime(now);
                    repository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
            execution.setEndTime(now);
            repository.update(execution);
        } catch (OptimisticLockingFailureException e) {
            return Optional.empty(); // another process recovered it at the same moment
        }
        LOG.warn("job execution {} ({}): {}", execution.getId(), execution.getJobInstance().getJobName(), reason);
        return Optional.of(execution.getId());
    }

    private static LocalDateTime toLocal(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
