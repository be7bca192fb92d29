package org.packpress.batch;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.packpress.ingest.InputRejectedException;
import org.packpress.common.BuildFailedException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

/**
 * Runs a job to its end on the calling thread and turns a failure back into the exception that caused
 * it, so that commands report "file: field: reason" rather than a job status.
 */
@Component
public class JobRunner {

    private final JobLauncher launcher;

    public JobRunner(JobLauncher launcher) {
        this.launcher = launcher;
    }

    public JobExecution run(Job job, JobParameters parameters) {
        JobExecution execution;
        try {
            execution = launcher.run(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("Job " + job.getName() + " could not start: " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw failureOf(execution);
        }
        return execution;
    }

    /** The user-facing cause of a failed execution. */
    public static RuntimeException failureOf(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof InputRejectedException || t instanceof BuildFailedException) {
                    return (RuntimeException) t;
                }
            }
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            return first instanceof RuntimeException r ? r : new IllegalStateException(first.getMessage(), first);
        }
        return new IllegalStateException(recordedReason(execution).orElse(
                "Job " + execution.getJobInstance().getJobName() + " ended " + execution.getStatus()));
    }

    /**
     * The reason a failed execution read back from the store gives (the exceptions themselves are not
     * stored): the first line of the failed step's exit description, or of the job's, without the
     * exception's class name.
     */
    static Optional<String> recordedReason(JobExecution execution) {
        Stream<String> descriptions = Stream.concat(
                execution.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
                        .map(s -> s.getExitStatus().getExitDescription()),
                Stream.of(execution.getExitStatus().getExitDescription()));
        return descriptions.filter(d -> d != null && !d.isBlank()).findFirst()
                .map(d -> d.strip().lines().findFirst().orElse(d).replaceFirst("^[\\w.$]+(Exception|Error): ", ""));
    }
}
