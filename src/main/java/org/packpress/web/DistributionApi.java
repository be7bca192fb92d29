package org.packpress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.packpress.distribute.DistributionImporter;
import org.packpress.distribute.DistributionRepository;
import org.packpress.distribute.Distributor;
import org.packpress.distribute.Recipient;
import org.packpress.ingest.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/bodies/{body}", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnWebApplication
@Tag(name = "Distribution")
public class DistributionApi {

    private final MeetingDocuments documents;
    private final DistributionRepository lists;
    private final Distributor distributor;

    public DistributionApi(MeetingDocuments documents, DistributionRepository lists, Distributor distributor) {
        this.documents = documents;
        this.lists = lists;
        this.distributor = distributor;
    }

    @GetMapping("/distribution-list")
    @Operation(summary = "The body's distribution list")
    public ApiModels.DistributionList list(@PathVariable String body) {
        documents.requireBody(body);
        return new ApiModels.DistributionList(lists.list(body).stream()
                .map(r -> new ApiModels.RecipientEntry(r.name(), r.email(), r.role().name().toLowerCase())).toList());
    }

    @PutMapping(path = "/distribution-list", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the body's distribution list (administrators)")
    public ApiModels.DistributionList replace(@PathVariable String body, @RequestBody ApiModels.DistributionList list) {
        documents.requireBody(body);
        Problems problems = new Problems();
        List<DistributionImporter.Entry> entries = new ArrayList<>();
        (list.recipients() == null ? List.<ApiModels.RecipientEntry>of() : list.recipients())
                .forEach(r -> entries.add(new DistributionImporter.Entry(r.name(), r.email(), r.role())));
        List<Recipient> recipients = DistributionImporter.recipients("request body",
                new DistributionImporter.DistributionFile(entries), problems);
        problems.throwIfAny();
        lists.replaceList(body, recipients);
        return list(body);
    }

    @GetMapping("/meetings/{date}/documents/{type}/distribution")
    @Operation(summary = "Preview: who would receive which file of the document, and whether it was sent already")
    public List<ApiModels.Delivery> preview(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable String type) {
        documents.meeting(body, date);
        documents.document(type);
        return distributor.preview(body, date, type).stream().map(p -> delivery(p, p.status(), null)).toList();
    }

    @PostMapping("/meetings/{date}/documents/{type}/distribution")
    @Operation(summary = "Send the document to the body's distribution list; nobody receives the same file twice")
    public ApiModels.DistributionReport send(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable String type,
            java.security.Principal user) {
        documents.meeting(body, date);
        documents.document(type);
        Distributor.Report report = distributor.distribute(body, date, type, user.getName());
        List<ApiModels.Delivery> deliveries = new ArrayList<>();
        report.sent().forEach(p -> deliveries.add(delivery(p, DistributionRepository.SENT, null)));
        report.skipped().forEach(p -> deliveries.add(delivery(p, "ALREADY_" + p.status(), null)));
        report.failed().forEach((email, why) -> deliveries.add(new ApiModels.Delivery(null, email, null, null, null,
                null, DistributionRepository.FAILED, why)));
        return new ApiModels.DistributionReport(report.sent().size(), report.skipped().size(), report.failed().size(),
                deliveries);
    }

    private static ApiModels.Delivery delivery(Distributor.Planned p, String status, String detail) {
        return new ApiModels.Delivery(p.recipient().name(), p.recipient().email(),
                p.recipient().role().name().toLowerCase(), p.file(), p.sha256(), p.asLink() ? "link" : "attachment",
                status, detail);
    }
}
