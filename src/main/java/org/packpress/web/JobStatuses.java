package org.packpress.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.packpress.batch.AgendaPackJobConfig;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobProgress;
import org.packpress.batch.DocumentJobRequests;
import org.packpress.batch.DocumentJobTracker;
import org.packpress.batch.DocumentJobs;
import org.packpress.batch.JobRecovery;
import org.packpress.batch.JobRunner;
import org.packpress.ingest.InputRejectedException;
import org.packpress.publish.Publisher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Service;

/** A job execution as the API reports it: status, progress, errors and, once done, the files written. */
@Service
public class JobStatuses {

    private final JobExplorer explorer;
    private final DocumentJobTracker tracker;
    private final JobRecovery recovery;
    private final DocumentJobs documents;
    private final MeetingDocuments meetings;
    private final Publisher publisher;

    public JobStatuses(JobExplorer explorer, DocumentJobTracker tracker, JobRecovery recovery, DocumentJobs documents,
            MeetingDocuments meetings, Publisher publisher) {
        this.recovery = recovery;
        this.explorer = explorer;
        this.tracker = tracker;
        this.documents = documents;
        this.meetings = meetings;
        this.publisher = publisher;
    }

    public ApiModels.JobStatus status(long id) {
        JobExecution execution = tracker.live(id).orElseGet(() -> explorer.getJobExecution(id));
        if (execution == null) {
            throw new NotFoundException("No job execution " + id);
        }
        if (execution.isRunning() && tracker.live(id).isEmpty() && !recovery.runs(id)) {
            execution = explorer.getJobExecution(id); // its process died: now FAILED, with the reason
        }
        DocumentJobProgress progress = DocumentJobProgress.of(execution);
        String jobName = execution.getJobInstance().getJobName();
        DocumentJob document = documents.forJobName(jobName).orElse(null);
        DocumentJob.Request request = DocumentJobRequests.of(execution.getJobParameters());
        return new ApiModels.JobStatus(id, jobName, document == null ? null : document.type(),
                request == null ? null : request.label(), execution.getStatus().name(),
                execution.getExitStatus().getExitCode(), progress.step(), progress.done(), progress.total(),
                progress.percent(), progress.current(), progress.elapsedMillis(), errors(execution),
                files(execution, document, request));
    }

    private static List<Object> errors(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED && execution.getAllFailureExceptions().isEmpty()) {
            return null;
        }
        RuntimeException failure = JobRunner.failureOf(execution);
        if (failure instanceof InputRejectedException rejected) {
            return new ArrayList<>(ApiExceptionHandler.errors(rejected.errors()));
        }
        return List.of(Map.of("message", String.valueOf(failure.getMessage())));
    }

    private List<ApiModels.FileLink> files(JobExecution execution, DocumentJob document, DocumentJob.Request request) {
        if (execution.getStatus() != BatchStatus.COMPLETED || document == null || request == null) {
            return null;
        }
        String outDir = execution.getJobParameters().getString(AgendaPackJobConfig.OUT_DIR);
        Path folder = document.outputFolder(request, outDir == null ? meetings.outRoot() : Path.of(outDir));
        return publisher.lastBuild(folder, document.manifestDocument(request))
                .filter(e -> execution.getId().equals(e.jobExecutionId()))
                .map(e -> e.outputs().stream().map(o -> meetings.link(folder, o)).toList())
                .orElse(List.of());
    }
}
