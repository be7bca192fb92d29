package org.packpress.batch;

import java.util.Objects;
import java.util.Set;
import org.packpress.common.TaskExecutors;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts builds requested through the API or the officer page in the background and returns at once.
 * The command line keeps using the synchronous launcher ({@link JobRunner}); this one is deliberately
 * not a {@code JobLauncher} bean, so nothing else picks it up by type.
 */
@Component
public class DocumentJobLauncher {

    private static final Set<String> IDENTIFYING = Set.of("body", "meeting", "plan", "year");

    private final JobExplorer explorer;
    private final JobRecovery recovery;
    private final TaskExecutorJobLauncher launcher;

    /** @param builds the pool the builds run on ({@code packpress.api.build-threads} at once) */
    public DocumentJobLauncher(JobRepository repository, JobExplorer explorer, JobRecovery recovery,
            @Qualifier(TaskExecutors.BUILDS) TaskExecutor builds) {
        this.explorer = explorer;
        this.recovery = recovery;
        this.launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(repository);
        launcher.setTaskExecutor(builds);
    }

    /** What a launch did: the execution, and whether it was already running. */
    public record Launch(JobExecution execution, boolean alreadyRunning) {
    }

    /**
     * Starts the build, or returns the running execution of the same build. An execution left running by a
     * process that died is recovered (marked FAILED) instead, and the build starts.
     */
    public synchronized Launch launch(DocumentJob document, DocumentJob.Request request, java.nio.file.Path outRoot) {
        JobParameters parameters = document.parameters(request, outRoot);
        for (JobExecution running : explorer.findRunningJobExecutions(document.job().getName())) {
            if (sameBuild(running.getJobParameters(), parameters) && recovery.runs(running.getId())) {
                return new Launch(running, true);
            }
        }
        try {
            return new Launch(launcher.run(document.job(), parameters), false);
        } catch (Exception e) {
            throw new IllegalStateException("Build of " + document.type() + " " + request.label()
                    + " could not start: " + e.getMessage(), e);
        }
    }

    private static boolean sameBuild(JobParameters a, JobParameters b) {
        return IDENTIFYING.stream().allMatch(key -> Objects.equals(value(a, key), value(b, key)));
    }

    private static Object value(JobParameters parameters, String key) {
        var parameter = parameters.getParameter(key);
        return parameter == null ? null : parameter.getValue();
    }
}
