package org.packpress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.packpress.batch.SendJobConfig;
import org.packpress.distribute.DistributionImporter;
import org.packpress.distribute.DistributionRepository;
import org.packpress.distribute.Distributor;
import org.packpress.distribute.Recipient;
import org.packpress.ingest.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final SendJobConfig.Sends sends;
    private final DeliveryRecords records;

    public DistributionApi(MeetingDocuments documents, DistributionRepository lists, Distributor distributor,
            SendJobConfig.Sends sends, DeliveryRecords records) {
        this.documents = documents;
        this.lists = lists;
        this.distributor = distributor;
        this.sends = sends;
        this.records = records;
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
        return distributor.preview(body, date, type).stream().map(DistributionApi::delivery).toList();
    }

    @PostMapping("/meetings/{date}/documents/{type}/distribution")
    @Operation(summary = "Send the document to the body's distribution list, in the background: 202 with the job"
            + " execution id, followed like a build (GET /api/jobs/{id}, or its server-sent events at /events); asking"
            + " again while it runs returns the running one. Nobody receives the same file twice. A document that has"
            + " not been built, or a body without a list, is refused with 422 and the reason. What each recipient got"
            + " is at .../deliveries.")
    public ResponseEntity<ApiModels.JobAccepted> send(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable String type,
            java.security.Principal user) {
        documents.meeting(body, date);
        documents.document(type);
        distributor.cannotSend(body, date, type).ifPresent(reason -> {
            throw new BuildRefusedException("Send refused", reason);
        });
        return ApiModels.JobAccepted.response(sends.start(body, date, type, user.getName()));
    }

    @GetMapping("/meetings/{date}/documents/{type}/deliveries")
    @Operation(summary = "What each recipient was sent of the document, from the delivery log: SENT, FAILED with the"
            + " server's reply, or SENDING; 'resent' when it was sent again after an interrupted send")
    public List<ApiModels.SentRecord> deliveries(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable String type) {
        documents.meeting(body, date);
        documents.document(type);
        return records.of(body, date, type);
    }

    private static ApiModels.Delivery delivery(Distributor.Planned p) {
        return new ApiModels.Delivery(p.recipient().name(), p.recipient().email(),
                p.recipient().role().name().toLowerCase(), p.file(), p.sha256(), p.asLink() ? "link" : "attachment",
                p.status(), p.detail());
    }
}
