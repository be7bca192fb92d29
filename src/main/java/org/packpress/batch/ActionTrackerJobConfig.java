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
 * Job {@code actionTracker}: publishes a body's action tracker (PDF and .xlsx) as it stood on a date.
 * Parameters: {@code body}, {@code asOf} (yyyy-mm-dd), {@code buildTime} and {@code outDir}.
 */
@Configuration
public class ActionTrackerJobConfig {

    public static final String JOB = "actionTracker";
    public static final String AS_OF = "asOf";

    @Bean
    Job actionTracker(JobRepository repository, Step actionTrackerStep) {
        return new JobBuilder(JOB, repository).start(actionTrackerStep).build();
    }

    @Bean
    Step actionTrackerStep(JobRepository repository, PlatformTransactionManager transactions,
            MinutesPublisher publisher) {
        return PublishingStep.step("buildActionTracker", repository, transactions, (params, step) ->
                publisher.publishTracker(params.getString(AgendaPackJobConfig.BODY),
                        LocalDate.parse(params.getString(AS_OF)),
                        Path.of(params.getString(AgendaPackJobConfig.OUT_DIR)), step.getJobExecutionId()));
    }
}
