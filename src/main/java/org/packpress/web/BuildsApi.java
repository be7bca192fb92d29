package org.packpress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobLauncher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@ConditionalOnWebApplication
@Tag(name = "Builds and jobs")
public class BuildsApi {

    private final MeetingDocuments documents;
    private final DocumentJobLauncher launcher;
    private final JobStatuses statuses;
    private final JobEvents events;

    public BuildsApi(MeetingDocuments documents, DocumentJobLauncher launcher, JobStatuses statuses, JobEvents events) {
        this.events = events;
        this.documents = documents;
        this.launcher = launcher;
        this.statuses = statuses;
    }

    @PostMapping(path = "/api/builds", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a build of any document type; 202 with the job execution id. Starting a build that"
            + " is already running returns the running one; a build that cannot succeed (nothing imported for it)"
            + " is refused with 422 and the reason.")
    public ResponseEntity<ApiModels.JobAccepted> build(@RequestBody ApiModels.BuildRequest request) {
        if (request.type() == null || request.body() == null) {
            throw new IllegalArgumentException("a build needs 'type' and 'body'");
        }
        DocumentJob document = documents.document(request.type());
        documents.requireBody(request.body());
        if (document.perMeeting()) {
            if (request.meeting() == null) {
                throw new IllegalArgumentException("a " + document.type() + " build needs 'meeting' (yyyy-mm-dd)");
            }
            documents.meeting(request.body(), request.meeting());
        }
        DocumentJob.Request build = new DocumentJob.Request(request.body(), request.meeting(), request.plan(),
                request.year());
        document.cannotBuild(build).ifPresent(reason -> {
            throw new BuildRefusedException(document.type() + " " + build.label() + " cannot be built: " + reason);
        });
        return ApiModels.JobAccepted.response(launcher.launch(document, build, documents.outRoot()));
    }

    @GetMapping(path = "/api/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A job's status and progress: step, items done of total, percentage, elapsed time, errors,"
            + " and the files written once it has completed")
    public ApiModels.JobStatus job(@PathVariable long id) {
        return statuses.status(id);
    }

    @GetMapping(path = "/api/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "A job's status as server-sent events ('status', the same JSON as GET /api/jobs/{id})"
            + " whenever it changes, until the job ends")
    public SseEmitter jobEvents(@PathVariable long id) {
        return events.follow(id);
    }
}
