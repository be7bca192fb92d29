package org.packpress.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.packpress.batch.performance.PerformanceJobs;
import org.packpress.publish.BuildFailedException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;

/** Launches a performance job and returns the file it published, or rethrows why it failed. */
final class PerformanceJobRunner {

    private PerformanceJobRunner() {
    }

    static Path run(JobLauncher launcher, Job job, Map<String, String> parameters) throws Exception {
        JobParametersBuilder params = new JobParametersBuilder();
        parameters.forEach((k, v) -> {
            if (v != null) {
                params.addString(k, v);
            }
        });
        params.addString("requestedAt", Instant.now().toString());
        JobExecution execution = launcher.run(job, params.toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            for (Throwable t : execution.getAllFailureExceptions()) {
                for (Throwable c = t; c != null; c = c.getCause()) {
                    if (c instanceof BuildFailedException failed) {
                        throw failed;
                    }
                }
            }
            Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            throw new BuildFailedException(job.getName() + " ended " + execution.getStatus()
                    + (first == null ? "" : ": " + first.getMessage()), first);
        }
        return Path.of(execution.getExecutionContext().getString(PerformanceJobs.OUTPUT));
    }
}
