package org.packpress.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import org.packpress.documents.minutes.MinutesPublisher;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code minutes}: publishes a meeting's minutes beside its agenda pack. Parameters: {@code body},
 * {@code meeting} (yyyy-mm-dd), {@code buildTime} and {@code outDir}; the written files are listed in
 * the job's execution context under {@link AgendaPackJobConfig#WRITTEN}.
 */
@Configuration
public class MinutesJobConfig {

    public static final String JOB = "minutes";

    @Bean
    Job minutes(JobRepository repository, Step minutesStep) {
        return new JobBuilder(JOB, repository).start(minutesStep).build();
    }

    @Bean
    Step minutesStep(JobRepository repository, PlatformTransactionManager transactions, MinutesPublisher publisher) {
        return PublishingStep.step("buildMinutes", repository, transactions, (params, step) ->
                publisher.publishMinutes(params.getString(AgendaPackJobConfig.BODY),
                        LocalDate.parse(params.getString(AgendaPackJobConfig.MEETING)),
                        Path.of(params.getString(AgendaPackJobConfig.OUT_DIR)), step.getJobExecutionId()));
    }
}
