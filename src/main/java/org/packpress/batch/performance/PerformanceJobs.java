package org.packpress.batch.performance;

import java.nio.file.Path;
import org.packpress.documents.annualreview.AnnualReviewBuilder;
import org.packpress.documents.kpi.KpiWorkbookBuilder;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The jobs that build performance documents from the store: {@code kpiWorkbook} (parameters plan,
 * optional body and year, out) and {@code annualReview} (body, year, out). Each records the file it
 * published in the job's execution context under {@value #OUTPUT}.
 */
@Configuration
public class PerformanceJobs {

    public static final String KPI_WORKBOOK = "kpiWorkbook";
    public static final String ANNUAL_REVIEW = "annualReview";
    public static final String OUTPUT = "output";

    @Bean
    Job kpiWorkbook(JobRepository repository, Step kpiWorkbookStep) {
        return new JobBuilder(KPI_WORKBOOK, repository).start(kpiWorkbookStep).build();
    }

    @Bean
    Step kpiWorkbookStep(JobRepository repository, PlatformTransactionManager tx, KpiWorkbookBuilder builder) {
        return new StepBuilder("kpiWorkbookBuild", repository).tasklet((contribution, chunk) -> {
            JobParameters p = parameters(chunk);
            Path written = builder.build(p.getString("plan"), p.getString("body"), p.getString("year"),
                    Path.of(p.getString("out")), jobId(chunk));
            return finished(contribution, chunk, written);
        }, tx).build();
    }

    @Bean
    Job annualReview(JobRepository repository, Step annualReviewStep) {
        return new JobBuilder(ANNUAL_REVIEW, repository).start(annualReviewStep).build();
    }

    @Bean
    Step annualReviewStep(JobRepository repository, PlatformTransactionManager tx, AnnualReviewBuilder builder) {
        return new StepBuilder("annualReviewBuild", repository).tasklet((contribution, chunk) -> {
            JobParameters p = parameters(chunk);
            Path written = builder.build(p.getString("body"), p.getString("year"), Path.of(p.getString("out")),
                    jobId(chunk));
            return finished(contribution, chunk, written);
        }, tx).build();
    }

    private static JobParameters parameters(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobParameters();
    }

    private static Long jobId(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecutionId();
    }

    private static RepeatStatus finished(StepContribution contribution, ChunkContext chunk, Path written) {
        chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(OUTPUT, written.toString());
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
