package org.packpress.batch;

import java.nio.file.Path;
import java.util.Set;
import org.packpress.common.TaskExecutors;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/** Starts builds requested through the API or the officer page in the background and returns at once. */
@Component
public class DocumentJobLauncher {

    private static final Set<String> IDENTIFYING = Set.of("body", "meeting", "plan", "year");

    private final BackgroundLauncher launcher;

    /** @param builds the pool the builds run on ({@code packpress.api.build-threads} at once) */
    public DocumentJobLauncher(JobRepository repository, JobExplorer explorer, JobRecovery recovery,
            @Qualifier(TaskExecutors.BUILDS) TaskExecutor builds) {
        this.launcher = new BackgroundLauncher(repository, explorer, recovery, builds);
    }

    /**
     * Starts the build, or returns the running execution of the same build. An execution left running by a
     * process that died is recovered (marked FAILED) instead, and the build starts.
     */
    public Launch launch(DocumentJob document, DocumentJob.Request request, Path outRoot) {
        return launcher.launch(document.job(), document.parameters(request, outRoot), IDENTIFYING,
                "Build of " + document.type() + " " + request.label());
    }
}
