package org.packpress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnWebApplication
@Tag(name = "Bodies, meetings and inputs")
public class BodiesApi {

    private final MeetingDocuments documents;
    private final InputUploads uploads;

    public BodiesApi(MeetingDocuments documents, InputUploads uploads) {
        this.documents = documents;
        this.uploads = uploads;
    }

    @GetMapping
    @Operation(summary = "The bodies that have been imported")
    public List<ApiModels.BodySummary> bodies() {
        return documents.bodies();
    }

    @GetMapping("/{body}/meetings")
    @Operation(summary = "A body's meetings, each with its documents and their state")
    public List<ApiModels.MeetingSummary> meetings(@PathVariable String body) {
        return documents.meetings(body);
    }

    @GetMapping("/{body}/meetings/{date}")
    @Operation(summary = "One meeting with its documents: NOT_BUILT, UP_TO_DATE or OUT_OF_DATE, and download links")
    public ApiModels.MeetingSummary meeting(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return documents.meeting(body, date);
    }

    @GetMapping("/{body}/documents")
    @Operation(summary = "A body's documents of a plan or reporting year (KPI workbooks, annual-report reviews),"
            + " each with its state and download links")
    public List<ApiModels.PlanDocument> planDocuments(@PathVariable String body) {
        return documents.planDocuments(body);
    }

    @PostMapping(path = "/{body}/inputs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload input files (body.yaml, meeting YAML/JSON, reports, attachments, performance data,"
            + " distribution.yaml); they are validated and stored as by the import command, or nothing is stored."
            + " 'paths' (optional, one per file) names each file's place in the body folder, e.g."
            + " meetings/2024-01-15.yaml or papers/07-drugs.md. A meeting file may name a Word paper (.docx, .odt,"
            + " .doc, .rtf) sent with it (file: papers/07-budget.docx): it is converted to tagged PDF as the meeting form converts one,"
            + " and refused, naming it, when it has tracked changes")
    public ApiModels.UploadResult upload(@PathVariable String body, @RequestPart("files") List<MultipartFile> files,
            @RequestParam(name = "paths", required = false) List<String> paths) {
        return uploads.upload(body, files, paths);
    }
}
