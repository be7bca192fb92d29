package org.packpress.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.packpress.publish.Manifest;

/** The API's JSON shapes. */
public final class ApiModels {

    private ApiModels() {
    }

    public record BodySummary(String id, String name, String shortName) {
    }

    /**
     * A meeting and its documents. {@code draft}: its file marks it not ready (the nightly run leaves it alone);
     * {@code published}: when and by whom it was published (null: not yet; only then is its pack public and sent);
     * {@code postponedTo}: for a postponed meeting, when it takes place instead.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingSummary(String body, LocalDate date, String type, String status, String venue,
            boolean draft, Publication published, org.packpress.model.Meeting.Postponement postponedTo,
            List<DocumentState> documents) {
    }

    /** When a meeting was published, and by whom (an officer, or the nightly run). */
    public record Publication(LocalDateTime at, String by) {
    }

    /**
     * A document of a meeting (or of a plan's year): NOT_BUILT, UP_TO_DATE or OUT_OF_DATE (an input changed since
     * the last build); {@code label} is what officers call it ("Agenda pack", "KPI workbook 2020/21");
     * {@code accessibility} is the last build's accessibility report, as in its manifest; {@code version} the
     * number of the current version, and {@code earlier} every version issued before it, newest first, each
     * still downloadable; {@code cannotBuild}, for one not built yet, why a build would be refused now (no
     * minutes imported ...), else null.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentState(String type, String label, String state, String builtAt, Long jobExecutionId,
            List<String> changes, List<FileLink> files, Manifest.Accessibility accessibility, Integer version,
            List<Version> earlier, String cannotBuild) {
    }

    /** A version of a document issued before the current one: when, what changed then, and its files. */
    public record Version(int version, LocalDateTime builtAt, List<String> changes, List<FileLink> files) {
    }

    /** A document of a body's plan or reporting year (KPI workbook, annual-report review) with its build request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanDocument(String body, String plan, String year, DocumentState document) {
    }

    /** A published file and where to download it; confidential files need an officer's or member's sign-in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileLink(String name, String url, String sha256, long bytes, Integer pages, boolean confidential) {
    }

    /** A build request: the document type, and the meeting (or plan/year) it is of. */
    public record BuildRequest(String type, String body, LocalDate meeting, String plan, String year) {
    }

    /** A build or a send accepted: its job, followed at {@code statusUrl} (and {@code statusUrl + "/events"}). */
    public record JobAccepted(long jobExecutionId, String status, boolean alreadyRunning, String statusUrl) {

        /** 202 with the job's address in {@code Location}. */
        static org.springframework.http.ResponseEntity<JobAccepted> response(org.packpress.batch.Launch launch) {
            long id = launch.execution().getId();
            String url = "/api/jobs/" + id;
            return org.springframework.http.ResponseEntity.accepted().location(URI.create(url)).body(
                    new JobAccepted(id, launch.execution().getStatus().name(), launch.alreadyRunning(), url));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobStatus(long id, String job, String document, String target, String status, String exitCode,
            String step, int done, int total, int percent, String current, long elapsedMillis, List<Object> errors,
            List<FileLink> files) {
    }

    public record UploadResult(String body, List<String> stored, List<String> report) {
    }

    public record RecipientEntry(String name, String email, String role) {
    }

    public record DistributionList(List<RecipientEntry> recipients) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delivery(String name, String email, String role, String file, String sha256, String how,
            String status, String detail) {
    }

    /**
     * What the delivery log records of one send of one file to one recipient: SENT, FAILED (with the server's
     * reply or the reason in {@code detail}) or SENDING (in flight); {@code resent} when a later process sent it
     * again after the first was interrupted. {@code name} and {@code role} are empty for an address no longer on
     * the list.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentRecord(String name, String email, String role, String file, String status, String detail,
            boolean resent, LocalDateTime attemptedAt) {

        /** The result in words, as the officer's page shows it: "sent", "resent after an interruption", "failed: …". */
        public String outcome() {
            return switch (status) {
                case "SENT" -> resent ? detail : "sent";
                case "FAILED" -> "failed: " + detail;
                case "SENDING" -> "being sent";
                default -> status.toLowerCase(Locale.ROOT);
            };
        }

        /** The recipient as the page names them: "Name &lt;address&gt;", or the address alone. */
        public String recipient() {
            return name == null ? email : name + " <" + email + ">";
        }
    }
}
