package org.packpress.batch;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The job executions running in this process, as live objects. A step records its progress in its
 * execution context inside the step's transaction, so other connections only see it when the step
 * ends; the live object shows it at once, which is what progress bars need.
 */
@Component
public class DocumentJobTracker {

    private final Map<Long, JobExecution> running = new ConcurrentHashMap<>();

    void started(JobExecution execution) {
        running.put(execution.getId(), execution);
    }

    void finished(JobExecution execution) {
        running.remove(execution.getId());
    }

    public Optional<JobExecution> live(long id) {
        return Optional.ofNullable(running.get(id));
    }

    /** The most recently started live execution of a job, if one runs. */
    public Optional<JobExecution> latest(String jobName) {
        return running.values().stream().filter(e -> e.getJobInstance().getJobName().equals(jobName))
                .max(Comparator.comparing(JobExecution::getId));
    }
}
