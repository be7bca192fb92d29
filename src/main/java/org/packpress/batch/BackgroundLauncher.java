package org.packpress.batch;

import java.util.Objects;
import java.util.Set;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.TaskExecutor;

/**
 * Starts jobs on a pool and returns at once, or returns the running execution of the same work (the same
 * values of the identifying parameters). An execution left running by a process that died is recovered
 * (marked FAILED) instead, and the work starts. Deliberately not a {@code JobLauncher} bean, so nothing
 * else picks it up by type; the command line keeps using the synchronous launcher ({@link JobRunner}).
 */
final class BackgroundLauncher {

    private final JobExplorer explorer;
    private final JobRecovery recovery;
    private final TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();

    BackgroundLauncher(JobRepository repository, JobExplorer explorer, JobRecovery recovery, TaskExecutor pool) {
        this.explorer = explorer;
        this.recovery = recovery;
        launcher.setJobRepository(repository);
        launcher.setTaskExecutor(pool);
    }

    /** @param what how the work reads in the message of a launch that fails */
    synchronized Launch launch(Job job, JobParameters parameters, Set<String> identifying, String what) {
        for (JobExecution running : explorer.findRunningJobExecutions(job.getName())) {
            if (same(running.getJobParameters(), parameters, identifying) && recovery.runs(running.getId())) {
                return new Launch(running, true);
            }
        }
        try {
            return new Launch(launcher.run(job, parameters), false);
        } catch (Exception e) {
            throw new IllegalStateException(what + " could not start: " + e.getMessage(), e);
        }
    }

    private static boolean same(JobParameters a, JobParameters b, Set<String> identifying) {
        return identifying.stream().allMatch(key -> Objects.equals(value(a, key), value(b, key)));
    }

    private static Object value(JobParameters parameters, String key) {
        var parameter = parameters.getParameter(key);
        return parameter == null ? null : parameter.getValue();
    }
}
