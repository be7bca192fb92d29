package org.packpress.batch;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * What the {@code jobs} command does: lists job executions, restarts a failed or stopped one where it
 * stopped, or abandons one on purpose (an abandoned execution is never restarted; the same build can
 * then only be started afresh).
 */
@Component
public class JobControl {

    /** One execution as the list shows it. */
    public record Listed(long id, String job, String request, BatchStatus status, LocalDateTime started,
            LocalDateTime ended, String reason, String owner) {
    }

    private final JobExplorer explorer;
    private final JobRepository repository;
    private final JobRecovery recovery;
    private final JobRunner runner;
    private final Map<String, Job> jobs;

    public JobControl(JobExplorer explorer, JobRepository repository, JobRecovery recovery, JobRunner runner,
            List<Job> jobs) {
        this.explorer = explorer;
        this.repository = repository;
        this.recovery = recovery;
        this.runner = runner;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity(), (a, b) -> a));
    }

    /** The newest executions of every job, newest first. */
    public List<Listed> list(int limit) {
        return explorer.getJobNames().stream()
                .flatMap(name -> explorer.getJobInstances(name, 0, limit).stream())
                .flatMap(instance -> explorer.getJobExecutions(instance).stream())
                .sorted(Comparator.comparing(JobExecution::getId).reversed()).limit(limit)
                .map(this::listed).toList();
    }

    private Listed listed(JobExecution e) {
        DocumentJob.Request request = DocumentJobRequests.of(e.getJobParameters());
        String label = request != null ? request.label() : e.getJobParameters().getString(NightlyJobConfig.RUN_DATE);
        return new Listed(e.getId(), e.getJobInstance().getJobName(), label, e.getStatus(), e.getStartTime(),
                e.getEndTime(), e.getStatus() == BatchStatus.COMPLETED ? null : JobRunner.recordedReason(e).orElse(null),
                recovery.owner(e.getId()).orElse(null));
    }

    /** Restarts a failed or stopped execution with the same parameters; returns the new execution. */
    public JobExecution restart(long id) {
        JobExecution execution = existing(id);
        if (execution.isRunning() && recovery.runs(id)) {
            throw new IllegalArgumentException("Job execution " + id + " is still running ("
                    + recovery.owner(id).orElse("owner unknown") + ")");
        }
        execution = explorer.getJobExecution(id);
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new IllegalArgumentException("Job execution " + id + " is " + execution.getStatus()
                    + "; only a FAILED or STOPPED execution can be restarted");
        }
        JobExecution last = explorer.getLastJobExecution(execution.getJobInstance());
        if (last != null && !last.getId().equals(execution.getId())) {
            throw new IllegalArgumentException("Job execution " + id + " was already restarted as " + last.getId());
        }
        Job job = jobs.get(execution.getJobInstance().getJobName());
        if (job == null) {
            throw new IllegalArgumentException("No job named " + execution.getJobInstance().getJobName());
        }
        return runner.run(job, execution.getJobParameters());
    }

    /** Marks an execution that does not run (any more) ABANDONED, with its unfinished steps. */
    public JobExecution abandon(long id) {
        JobExecution execution = existing(id);
        if (execution.isRunning() && recovery.runs(id)) {
            throw new IllegalArgumentException("Job execution " + id + " is still running ("
                    + recovery.owner(id).orElse("owner unknown") + "); stop that process first");
        }
        execution = explorer.getJobExecution(id);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new IllegalArgumentException("Job execution " + id + " is " + execution.getStatus()
                    + "; nothing to abandon");
        }
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() != BatchStatus.COMPLETED) {
                step.setStatus(BatchStatus.ABANDONED);
                step.setEndTime(step.getEndTime() == null ? now : step.getEndTime());
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.ABANDONED);
        execution.setExitStatus(execution.getExitStatus().and(new ExitStatus("ABANDONED", "abandoned on purpose")));
        execution.setEndTime(execution.getEndTime() == null ? now : execution.getEndTime());
        repository.update(execution);
        return explorer.getJobExecution(id);
    }

    private JobExecution existing(long id) {
        JobExecution execution = explorer.getJobExecution(id);
        if (execution == null) {
            throw new IllegalArgumentException("No job execution " + id);
        }
        return execution;
    }
}
