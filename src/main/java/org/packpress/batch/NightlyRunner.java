package org.packpress.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Runs the nightly job for a date, once: used by the {@code nightly} command and the scheduler. */
@Component
public class NightlyRunner {

    /** What a run did: nothing (the date already completed), or the packs it built. */
    public record Outcome(boolean alreadyCompleted, Long jobExecutionId, List<String> built, List<String> written) {
    }

    private final JobRunner jobs;
    private final Job nightly;
    private final JobExplorer explorer;
    private final Path outRoot;

    public NightlyRunner(JobRunner jobs, @Qualifier(NightlyJobConfig.JOB) Job nightly, JobExplorer explorer,
            @Value("${packpress.out-dir:out}") Path outRoot) {
        this.jobs = jobs;
        this.nightly = nightly;
        this.explorer = explorer;
        this.outRoot = outRoot;
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
            return new Outcome(true, null, List.of(), List.of());
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
        return new Outcome(false, execution.getId(), built, written);
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
