package org.packpress.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code agendaPack}: builds a meeting's agenda pack. Parameters: {@code body}, {@code meeting}
 * (yyyy-mm-dd) and {@code buildTime} identify the run; {@code outDir} says where to publish. The step
 * records its progress ({@code done} of {@code total} papers) in its execution context.
 */
@Configuration
public class AgendaPackJobConfig {

    public static final String JOB = "agendaPack";
    public static final String BODY = "body";
    public static final String MEETING = "meeting";
    public static final String BUILD_TIME = "buildTime";
    public static final String OUT_DIR = "outDir";
    /** Job execution-context key listing the written files, one per line. */
    public static final String WRITTEN = "written";

    @Bean
    Job agendaPack(JobRepository repository, Step agendaPackStep) {
        return new JobBuilder(JOB, repository).start(agendaPackStep).build();
    }

    @Bean
    Step agendaPackStep(JobRepository repository, PlatformTransactionManager transactions, AgendaPackBuilder builder) {
        return PublishingStep.step("buildAgendaPack", repository, transactions, (params, step) -> builder.build(
                params.getString(BODY), LocalDate.parse(params.getString(MEETING)),
                Path.of(params.getString(OUT_DIR)), step.getJobExecutionId(), progressRecorder(repository, step))
                .files());
    }

    /** Saves progress into the step's execution context, where status pages and progress bars read it. */
    static AgendaPackBuilder.Progress progressRecorder(JobRepository repository, StepExecution step) {
        return (done, total, what) -> {
            ExecutionContext context = step.getExecutionContext();
            context.putInt(Progress.DONE, done);
            context.putInt(Progress.TOTAL, total);
            context.putString(Progress.CURRENT, what);
            repository.updateExecutionContext(step);
        };
    }
}
