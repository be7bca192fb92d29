package org.packpress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.packpress.checks.ChecksEngine;
import org.packpress.model.Finding;
import org.packpress.store.MeetingPublications;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Preview and publish": a meeting's findings (what a build would warn about or refuse) and a preview of
 * its pack (the front sheet and the first page of each paper as images with their text, and the whole
 * preview as a PDF), with the button that publishes the meeting. Also the API's publication endpoint.
 */
@Controller
@ConditionalOnWebApplication
@Tag(name = "Bodies, meetings and inputs")
public class MeetingPreviewPage {

    private final MeetingDocuments documents;
    private final ChecksEngine checks;
    private final PackPreviews previews;
    private final MeetingPublishing publishing;

    public MeetingPreviewPage(MeetingDocuments documents, ChecksEngine checks, PackPreviews previews,
            MeetingPublishing publishing) {
        this.documents = documents;
        this.checks = checks;
        this.previews = previews;
        this.publishing = publishing;
    }

    @GetMapping("/bodies/{body}/meetings/{date}/preview")
    public String page(@PathVariable String body, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model, Authentication user) {
        ApiModels.MeetingSummary meeting = documents.meeting(body, date);
        model.addAttribute("user", user.getName());
        model.addAttribute("body", documents.bodies().stream().filter(b -> b.id().equals(body)).findFirst().orElseThrow());
        model.addAttribute("meeting", meeting);
        List<Finding> findings = checks.checkPack(body, date);
        model.addAttribute("findings", findings);
        model.addAttribute("errorCount", findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count());
        try {
            model.addAttribute("preview", previews.current(body, date));
        } catch (RuntimeException e) {
            model.addAttribute("previewFailed", e.getMessage());
        }
        return "preview";
    }

    @GetMapping("/bodies/{body}/meetings/{date}/preview/{file:preview\\.pdf|page-\\d{1,5}\\.png}")
    public ResponseEntity<FileSystemResource> file(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable String file) {
        documents.requireBody(body);
        Path path = previews.file(body, date, file)
                .orElseThrow(() -> new NotFoundException("No preview " + file + " of " + body + "/" + date));
        MediaType type = file.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.IMAGE_PNG;
        return ResponseEntity.ok().contentType(type).header("Content-Disposition", "inline")
                .body(new FileSystemResource(path));
    }

    @PostMapping("/bodies/{body}/meetings/{date}/publish")
    public String publish(@PathVariable String body, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Authentication user, RedirectAttributes redirect) {
        try {
            MeetingPublications.Publication done = publishing.publish(body, date, user.getName());
            redirect.addFlashAttribute("published", done);
            return "redirect:/bodies/" + body + "/meetings/" + date;
        } catch (BuildRefusedException e) {
            redirect.addFlashAttribute("publishRefused", e.getMessage());
            return "redirect:/bodies/" + body + "/meetings/" + date + "/preview";
        }
    }

    @PostMapping(path = "/api/bodies/{body}/meetings/{date}/publication", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Publish the meeting (officers): from then on its agenda pack is public and may be sent;"
            + " refused (422) while the checks find an error in the pack")
    public ApiModels.Publication publishByApi(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Authentication user) {
        MeetingPublications.Publication done = publishing.publish(body, date, user.getName());
        return new ApiModels.Publication(done.at(), done.by());
    }
}
