package org.packpress.batch;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one step of the document jobs: publishes files from the job's parameters and lists what it wrote in
 * the job's execution context under {@link AgendaPackJobConfig#WRITTEN}, one path a line.
 */
final class PublishingStep {

    /** Publishes the files of one job run and returns them. */
    @FunctionalInterface
    interface Publishing {
        List<Path> publish(JobParameters params, StepExecution step) throws Exception;
    }

    private PublishingStep() {
    }

    static Step step(String name, JobRepository repository, PlatformTransactionManager transactions,
            Publishing publishing) {
        return new StepBuilder(name, repository).tasklet((contribution, chunk) -> {
            StepExecution step = chunk.getStepContext().getStepExecution();
            List<Path> written = publishing.publish(step.getJobParameters(), step);
            step.getJobExecution().getExecutionContext().putString(AgendaPackJobConfig.WRITTEN,
                    String.join("\n", written.stream().map(Path::toString).toList()));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
