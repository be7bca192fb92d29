package org.packpress.batch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.packpress.ingest.ImportService;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code importInputs}: validates and stores input files in one transaction (the step's), so a
 * rejected import stores nothing. Parameter {@code paths}: the files and folders, one per line.
 */
@Configuration
public class ImportJobConfig {

    public static final String JOB = "importInputs";
    public static final String PATHS = "paths";
    /** Execution-context key of the lines reporting what was stored. */
    public static final String REPORT = "report";

    @Bean
    Job importInputs(JobRepository repository, Step importStep) {
        return new JobBuilder(JOB, repository).start(importStep).build();
    }

    @Bean
    Step importStep(JobRepository repository, PlatformTransactionManager transactions, ImportService imports) {
        return new StepBuilder("import", repository).tasklet((contribution, chunk) -> {
            String paths = (String) chunk.getStepContext().getJobParameters().get(PATHS);
            List<Path> files = Arrays.stream(paths.split("\n")).map(Path::of).toList();
            List<String> report = imports.importPaths(files);
            chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(REPORT, String.join("\n", report));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
