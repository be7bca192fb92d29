package org.packpress.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packpress.common.TaskExecutors;
import org.packpress.distribute.Distributor;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.agenda.PackPublication;
import org.slf4j.MDC;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code nightly}: builds the agenda packs that are due (see {@link NightlyPlanner}) and publishes their
 * meetings (those not published yet). Parameter
 * {@code runDate} (yyyy-mm-dd) identifies the run, so each date runs once: starting a completed date
 * again does nothing, and a failed run restarts where it stopped (the plan is kept in the job's
 * context; packs already built are not built again). {@code outDir} says where to publish. The packs
 * build in parallel, one partition per meeting.
 */
@Configuration
@EnableConfigurationProperties(NightlyProperties.class)
public class NightlyJobConfig {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NightlyJobConfig.class);

    public static final String JOB = "nightly";
    public static final String RUN_DATE = "runDate";
    public static final String OUT_DIR = "outDir";
    /** Job context: the planned packs, {@code body/date} one per line. */
    public static final String PLAN = "plan";
    /** Worker step context: the built pack ({@code body/date}) and the files written. */
    public static final String BUILT = "built";
    public static final String WRITTEN = "written";
    /** Who the run is, in the publication record and the audit log. */
    public static final String ACTOR = "nightly run";

    @Bean
    Job nightly(JobRepository repository, Step nightlyPlanStep, Step nightlyBuildStep) {
        return new JobBuilder(JOB, repository).start(nightlyPlanStep).next(nightlyBuildStep).build();
    }

    @Bean
    Step nightlyPlanStep(JobRepository repository, PlatformTransactionManager transactions, NightlyPlanner planner) {
        return new StepBuilder("nightlyPlan", repository).tasklet((contribution, chunk) -> {
            var params = chunk.getStepContext().getStepExecution().getJobParameters();
            List<NightlyPlanner.Due> due = planner.due(LocalDate.parse(params.getString(RUN_DATE)),
                    Path.of(params.getString(OUT_DIR)));
            chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(PLAN, String.join("\n", due.stream().map(NightlyPlanner.Due::label).toList()));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    Step nightlyBuildStep(JobRepository repository, Step nightlyPackStep, Partitioner nightlyPartitioner,
            NightlyProperties properties, @Qualifier(TaskExecutors.NIGHTLY) TaskExecutor executor) {
        return new StepBuilder("nightlyBuild", repository)
                .partitioner("nightlyPack", nightlyPartitioner)
                .step(nightlyPackStep)
                .gridSize(properties.threads())
                .taskExecutor(executor)
                .build();
    }

    /** Working days, with the one-off bank holidays of {@code packpress.nightly.one-off-holidays}. */
    @Bean
    NightlyCalendar nightlyCalendar(NightlyProperties properties, ResourceLoader resources) {
        return NightlyCalendar.read(resources.getResource(properties.oneOffHolidays()));
    }

    /** The pool the nightly partitions run on, {@code packpress.nightly.threads} packs at once. */
    @Bean(TaskExecutors.NIGHTLY)
    ThreadPoolTaskExecutor nightlyExecutor(ThreadPoolTaskExecutorBuilder builder, NightlyProperties properties) {
        return TaskExecutors.pool(builder, properties.threads(), "nightly-");
    }

    @Bean
    @StepScope
    Partitioner nightlyPartitioner(@Value("#{jobExecutionContext['" + PLAN + "']}") String plan) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            if (plan != null && !plan.isBlank()) {
                for (String label : plan.split("\n")) {
                    ExecutionContext context = new ExecutionContext();
                    context.putString(BUILT, label);
                    partitions.put("pack:" + label, context);
                }
            }
            return partitions;
        };
    }

    @Bean
    Step nightlyPackStep(JobRepository repository, PlatformTransactionManager transactions, AgendaPackBuilder builder,
            PackPublication publication, NightlyProperties properties, ObjectProvider<Distributor> distributor,
            NightlyPlanner planner) {
        return new StepBuilder("nightlyPack", repository).tasklet((contribution, chunk) -> {
            StepExecution step = chunk.getStepContext().getStepExecution();
            String label = step.getExecutionContext().getString(BUILT);
            int slash = label.lastIndexOf('/');
            String body = label.substring(0, slash);
            LocalDate meeting = LocalDate.parse(label.substring(slash + 1));
            Path out = Path.of(step.getJobParameters().getString(OUT_DIR));
            List<Path> written = planner.upToDate(body, meeting, out).orElseGet(() -> builder.build(body, meeting, out,
                    step.getJobExecutionId(), AgendaPackJobConfig.progressRecorder(repository, step)).files());
            step.getExecutionContext().putString(WRITTEN, String.join("\n", written.stream().map(Path::toString).toList()));
            publication.publish(body, meeting, ACTOR);
            if (properties.send()) {
                send(distributor.getObject(), body, meeting);
            }
            return RepeatStatus.FINISHED;
        }, transactions).listener(new JobIdInLogs()).build();
    }

    /** Sending is best effort: the pack is built; failures are in the delivery log, and sending again (API or officer page) retries them. */
    private static void send(Distributor distributor, String body, LocalDate meeting) {
        try {
            Distributor.Report report = distributor.distribute(body, meeting, AgendaPackBuilder.DOCUMENT, ACTOR);
            LOG.info("sent {}/{}: {} sent, {} already sent, {} failed", body, meeting, report.sent().size(),
                    report.skipped().size(), report.failed().size());
        } catch (RuntimeException e) {
            LOG.error("could not send {}/{}: {}", body, meeting, e.getMessage());
        }
    }

    /** Partitions run on their own threads: they name their job in log lines too. */
    static class JobIdInLogs implements StepExecutionListener {

        @Override
        public void beforeStep(StepExecution step) {
            MDC.put(DocumentJobLogging.JOB_EXECUTION_ID, String.valueOf(step.getJobExecutionId()));
            MDC.put(DocumentJobLogging.JOB_NAME, JOB);
        }

        @Override
        public ExitStatus afterStep(StepExecution step) {
            MDC.remove(DocumentJobLogging.JOB_EXECUTION_ID);
            MDC.remove(DocumentJobLogging.JOB_NAME);
            return null;
        }
    }
}
