package org.packpress.batch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.packpress.common.TaskExecutors;
import org.packpress.distribute.Distributor;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code send}: sends a meeting's published document to the body's distribution list
 * ({@link Distributor}), recording its progress (recipients done of total) like a build, so that the API
 * and the officer page follow it the same way. Parameters: {@code body}, {@code meeting}, {@code document}
 * and {@code requestedAt} identify a send; {@code actor} (who asked) is for the audit log. The job's
 * context keeps the counts and one line per recipient. A process killed mid-way leaves the execution to
 * {@link JobRecovery} and the message in flight to the distributor's resend with the same Message-ID.
 */
@Configuration
public class SendJobConfig {

    public static final String JOB = "send";
    public static final String DOCUMENT = "document";
    public static final String ACTOR = "actor";
    /** Job context: recipients sent to, skipped (already sent, unsubscribed), failed. */
    public static final String SENT = "sent";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";
    /** Job context: one line per recipient sent to or skipped; one per recipient whose send failed, with why. */
    public static final String REPORT = "report";
    public static final String FAILURES = "failures";

    @Bean
    Job send(JobRepository repository, Step sendStep) {
        return new JobBuilder(JOB, repository).start(sendStep).build();
    }

    @Bean
    Step sendStep(JobRepository repository, PlatformTransactionManager transactions, Distributor distributor) {
        return new StepBuilder("sendToList", repository).tasklet((contribution, chunk) -> {
            StepExecution step = chunk.getStepContext().getStepExecution();
            JobParameters params = step.getJobParameters();
            Distributor.Report report = distributor.distribute(params.getString(AgendaPackJobConfig.BODY),
                    LocalDate.parse(params.getString(AgendaPackJobConfig.MEETING)), params.getString(DOCUMENT),
                    params.getString(ACTOR), AgendaPackJobConfig.progressRecorder(repository, step));
            ExecutionContext context = step.getJobExecution().getExecutionContext();
            context.putInt(SENT, report.sent().size());
            context.putInt(SKIPPED, report.skipped().size());
            context.putInt(FAILED, report.failed().size());
            context.putString(REPORT, String.join("\n", lines(report)));
            context.putString(FAILURES, String.join("\n", report.failed().entrySet().stream()
                    .map(f -> "failed: " + f.getKey() + ": " + f.getValue()).toList()));
            contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(summary(report)));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    private static List<String> lines(Distributor.Report report) {
        List<String> lines = new ArrayList<>();
        report.sent().forEach(p -> lines.add("sent " + p.file() + " to " + p.recipient().email()));
        report.skipped().forEach(p -> lines.add("already " + p.status().toLowerCase(Locale.ROOT) + ": "
                + p.file() + " to " + p.recipient().email()));
        return lines;
    }

    private static String summary(Distributor.Report report) {
        return "sent " + report.sent().size() + ", already sent or skipped " + report.skipped().size() + ", failed "
                + report.failed().size();
    }

    /** Starts sends in the background on the {@code sendingExecutor} pool, or runs one to its end here. */
    @Component
    public static class Sends {

        private static final Set<String> IDENTIFYING = Set.of(AgendaPackJobConfig.BODY, AgendaPackJobConfig.MEETING,
                DOCUMENT);

        private final Job job;
        private final BackgroundLauncher background;
        private final JobRunner runner;

        public Sends(@Qualifier(JOB) Job job, JobRepository repository, JobExplorer explorer, JobRecovery recovery,
                @Qualifier(TaskExecutors.SENDING) TaskExecutor sending, JobRunner runner) {
            this.job = job;
            this.background = new BackgroundLauncher(repository, explorer, recovery, sending);
            this.runner = runner;
        }

        /** Starts the send, or returns the running send of the same document. */
        public Launch start(String body, LocalDate meeting, String document, String actor) {
            return background.launch(job, parameters(body, meeting, document, actor), IDENTIFYING,
                    "Sending " + document + " of " + body + "/" + meeting);
        }

        /** Sends on this thread, to the end; a failure of the job (not of a recipient) is thrown. */
        public JobExecution run(String body, LocalDate meeting, String document, String actor) {
            return runner.run(job, parameters(body, meeting, document, actor));
        }

        private static JobParameters parameters(String body, LocalDate meeting, String document, String actor) {
            return new JobParametersBuilder().addString(AgendaPackJobConfig.BODY, body)
                    .addString(AgendaPackJobConfig.MEETING, meeting.toString()).addString(DOCUMENT, document)
                    .addString("requestedAt", LocalDateTime.now().toString())
                    .addString(ACTOR, actor, false).toJobParameters();
        }
    }
}
