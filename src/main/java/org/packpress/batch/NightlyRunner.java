package org.packpress.batch;

import org.packpress.common.PackPressProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the nightly job for a date, once: used by the {@code nightly} command and the scheduler. */
@Component
public class NightlyRunner {

    /**
     * What a run did: nothing (the date already completed), or the packs and other documents it built,
     * and the other documents whose builds failed (with the reason).
     */
    public record Outcome(boolean alreadyCompleted, Long jobExecutionId, List<String> built, List<String> written,
            List<String> failed) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRunner.class);

    private final JobRunner jobs;
    private final Job nightly;
    private final JobExplorer explorer;
    private final Path outRoot;
    private final DocumentJobs documents;

    public NightlyRunner(JobRunner jobs, @Qualifier(NightlyJobConfig.JOB) Job nightly, JobExplorer explorer,
            PackPressProperties properties, DocumentJobs documents) {
        this.documents = documents;
        this.jobs = jobs;
        this.nightly = nightly;
        this.explorer = explorer;
        this.outRoot = properties.outDir();
    }

    public Outcome run(LocalDate date) {
        return run(date, outRoot);
    }

    public synchronized Outcome run(LocalDate date, Path out) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(NightlyJobConfig.RUN_DATE, date.toString())
                .addString(NightlyJobConfig.OUT_DIR, out.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
        if (completed(parameters)) {
            return new Outcome(true, null, List.of(), List.of(), List.of());
        }
        JobExecution execution = jobs.run(nightly, parameters);
        List<String> built = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().startsWith("nightlyPack") && step.getExecutionContext().containsKey(NightlyJobConfig.WRITTEN)) {
                built.add(step.getExecutionContext().getString(NightlyJobConfig.BUILT));
                written.addAll(List.of(step.getExecutionContext().getString(NightlyJobConfig.WRITTEN).split("\n")));
            }
        }
        built.sort(null);
        List<String> failed = new ArrayList<>();
        buildOtherDocuments(date, out, built, failed);
        return new Outcome(false, execution.getId(), built, written, failed);
    }

    /** The documents other than agenda packs that are due ({@link DocumentJob#nightlyDue}), one job each. */
    private void buildOtherDocuments(LocalDate date, Path out, List<String> built, List<String> failed) {
        for (DocumentJob document : documents.all()) {
            for (DocumentJob.Request request : document.nightlyDue(date, out)) {
                String label = document.type() + " " + request.label();
                try {
                    jobs.run(document.job(), document.parameters(request, out));
                    built.add(label);
                } catch (RuntimeException e) {
                    LOG.error("nightly build of {} failed: {}", label, e.getMessage());
                    failed.add(label + ": " + e.getMessage());
                }
            }
        }
    }

    private boolean completed(JobParameters parameters) {
        JobInstance instance = explorer.getJobInstance(NightlyJobConfig.JOB, parameters);
        if (instance == null) {
            return false;
        }
        JobExecution last = explorer.getLastJobExecution(instance);
        return last != null && last.getStatus() == BatchStatus.COMPLETED;
    }
}
