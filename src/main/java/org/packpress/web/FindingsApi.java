package org.packpress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.packpress.checks.CheckReport;
import org.packpress.checks.ChecksEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the consistency checks find in a meeting's papers, as the {@code check --json} command gives it. */
@RestController
@RequestMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnWebApplication
@Tag(name = "Bodies, meetings and inputs")
public class FindingsApi {

    private final MeetingDocuments documents;
    private final ChecksEngine checks;

    public FindingsApi(MeetingDocuments documents, ChecksEngine checks) {
        this.documents = documents;
        this.checks = checks;
    }

    @GetMapping("/{body}/meetings/{date}/findings")
    @Operation(summary = "The consistency checks' findings on a meeting's agenda pack and minutes (schema:"
            + " docs/schema/check-report.schema.json); errors stop the pack from being published")
    public CheckReport findings(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        documents.meeting(body, date);
        return CheckReport.of(body, date.toString(), checks.checkMeeting(body, date));
    }
}
