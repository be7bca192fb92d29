package org.packpress.distribute;

import org.packpress.common.PackPressProperties;
import io.micrometer.core.instrument.Metrics;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.agenda.PackPublication;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.publish.Archive;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.model.style.HouseStyle;
import org.packpress.store.AuditLog;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;

/**
 * Sends a meeting's published document to the body's distribution list: members and officers get the
 * confidential version when there is one, subscribers the public one; people who had the version before get
 * the newest supplement of their audience that the current version issued instead (a version without one, such
 * as a new venue, goes whole). Every send is claimed in the delivery log before
 * it happens, so no document (by hash) reaches the same address twice, whatever is re-run. Transient
 * SMTP failures are retried with back-off; a permanent failure is recorded and the others go on.
 */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class Distributor {

    private static final Logger LOG = LoggerFactory.getLogger(Distributor.class);

    /**
     * What one recipient gets. {@code status}: SEND, {@value #UNSUBSCRIBED}, or the logged result of an earlier
     * send, with its {@code detail} (why it failed, or that it was resent after an interruption).
     */
    public record Planned(Recipient recipient, String file, String sha256, long bytes, boolean supplement,
            boolean confidential, boolean asLink, String status, String detail) {
    }

    /** What a distribution did, one line per recipient. */
    public record Report(List<Planned> sent, List<Planned> skipped, Map<String, String> failed) {
    }

    /** A public subscriber who unsubscribed: skipped, never sent to again. */
    public static final String UNSUBSCRIBED = "UNSUBSCRIBED";

    private final DistributionRepository repository;
    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final Publisher publisher;
    private final EmailTemplates templates;
    private final ObjectProvider<JavaMailSender> mail;
    private final MailProperties properties;
    private final Path outRoot;
    private final AuditLog audit;
    private final Unsubscribes unsubscribes;
    private final PackPublication publication;

    public Distributor(DistributionRepository repository, BodyRepository bodies, MeetingRepository meetings,
            Publisher publisher, EmailTemplates templates, ObjectProvider<JavaMailSender> mail, MailProperties properties,
            PackPressProperties packpress, AuditLog audit, Unsubscribes unsubscribes, PackPublication publication) {
        this.repository = repository;
        this.bodies = bodies;
        this.meetings = meetings;
        this.publisher = publisher;
        this.templates = templates;
        this.mail = mail;
        this.properties = properties;
        this.outRoot = packpress.outDir();
        this.audit = audit;
        this.unsubscribes = unsubscribes;
        this.publication = publication;
    }

    /** Who would receive what, without sending anything. */
    public List<Planned> preview(String bodyId, LocalDate date, String document) {
        Issue issue = issue(bodyId, date, document);
        boolean calledOff = meetings.get(bodyId, date).isCalledOff();
        return repository.list(bodyId).stream().map(r -> plan(r, bodyId, issue, calledOff)).toList();
    }

    /**
     * Sends the document's newest file to each recipient who has not received it.
     *
     * @param actor who asked, for the audit log of confidential sends: a user name, "nightly run", …
     * @throws PackPublication.NotPublishedException for the pack of a meeting not yet published
     */
    public Report distribute(String bodyId, LocalDate date, String document, String actor) {
        return distribute(bodyId, date, document, actor, AgendaPackBuilder.Progress.NONE);
    }

    /**
     * As {@link #distribute(String, LocalDate, String, String)}, telling {@code progress} after each recipient
     * (done of total recipients, and the file just handled: never an address, which a viewer may not see).
     */
    public Report distribute(String bodyId, LocalDate date, String document, String actor,
            AgendaPackBuilder.Progress progress) {
        publication.requireReleased(bodyId, date, document);
        Body body = bodies.get(bodyId);
        Meeting meeting = meetings.get(bodyId, date);
        Issue issue = issue(bodyId, date, document);
        Manifest.Entry entry = issue.current();
        String folder = date.toString();
        List<Planned> sent = new ArrayList<>();
        List<Planned> skipped = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<Recipient> recipients = repository.list(bodyId);
        progress.update(0, recipients.size(), null);
        for (Recipient recipient : recipients) {
            Planned planned = plan(recipient, bodyId, issue, meeting.isCalledOff());
            progress.update(sent.size() + skipped.size() + failed.size(), recipients.size(), planned.file());
            if (!planned.status().equals("SEND") && !planned.status().equals(DistributionRepository.FAILED)) {
                skipped.add(planned);
                continue;
            }
            if (!repository.claim(new DistributionRepository.Delivery(bodyId, folder, document, planned.file(),
                    planned.sha256(), recipient.email(), LocalDateTime.now(), DistributionRepository.SENDING, null,
                    newMessageId()))) {
                skipped.add(planned);
                continue;
            }
            String messageId = repository.find(recipient.email(), planned.sha256()).orElseThrow().messageId();
            Optional<String> failure = sendAndRecord(body, meeting, document, entry, planned, messageId, null, actor);
            if (failure.isEmpty()) {
                sent.add(planned);
            } else {
                failed.put(recipient.email(), failure.get());
            }
        }
        progress.update(recipients.size(), recipients.size(), null);
        return new Report(sent, skipped, failed);
    }

    /** Sends with retries and records the result ({@code sentDetail} with a success). */
    private Optional<String> sendAndRecord(Body body, Meeting meeting, String document, Manifest.Entry entry,
            Planned planned, String messageId, String sentDetail, String actor) {
        Optional<String> failure = sendWithRetries(body, meeting, document, entry, planned, messageId);
        if (failure.isEmpty()) {
            repository.result(planned.recipient().email(), planned.sha256(), DistributionRepository.SENT, sentDetail);
            if (planned.confidential()) {
                audit.record(actor, AuditLog.CONFIDENTIAL_SENT, body.id(), meeting.date().toString(), planned.file(),
                        planned.recipient().email());
            }
            Metrics.counter("packpress.emails", "result", "sent").increment();
        } else {
            repository.result(planned.recipient().email(), planned.sha256(), DistributionRepository.FAILED, failure.get());
            Metrics.counter("packpress.emails", "result", "failed").increment();
        }
        return failure;
    }

    /**
     * Completes the sends that processes which died left SENDING: each is sent again with the Message-ID
     * of the first attempt (so that a server or client that did receive it can discard the duplicate) and
     * recorded as {@value DistributionRepository#RESENT}. Nothing happens without an SMTP server.
     *
     * @return the addresses resent to, with the file
     */
    public List<String> resendInterrupted() {
        if (mail.getIfAvailable() == null) {
            return List.of();
        }
        List<String> resent = new ArrayList<>();
        for (DistributionRepository.InFlight claim : repository.interrupted()) {
            if (!repository.takeOver(claim)) {
                continue;
            }
            DistributionRepository.Delivery d = claim.delivery();
            Recipient recipient = repository.list(d.bodyId()).stream()
                    .filter(r -> r.email().equalsIgnoreCase(d.recipient())).findFirst().orElse(null);
            if (recipient == null) {
                repository.result(d.recipient(), d.sha256(), DistributionRepository.FAILED,
                        "interrupted, and no longer on the distribution list: not resent");
                continue;
            }
            LocalDate date = LocalDate.parse(d.folder());
            // the version the claim named, even if the document was re-issued since
            Manifest.Entry entry = publisher.read(folderPath(d.bodyId(), d.folder()))
                    .flatMap(m -> m.issuedIn(d.document(), d.sha256()))
                    .orElseGet(() -> lastBuild(d.bodyId(), date, d.document()));
            Optional<Manifest.OutputFile> output = entry.output(d.sha256());
            long bytes = output.map(Manifest.OutputFile::bytes).orElse(0L);
            Planned planned = new Planned(recipient, d.file(), d.sha256(), bytes,
                    output.map(Manifest.OutputFile::isSupplement).orElse(false),
                    output.map(o -> !o.isPublic()).orElse(true), bytes > properties.attachmentLimit().toBytes(),
                    DistributionRepository.SENDING, null);
            if (sendAndRecord(bodies.get(d.bodyId()), meetings.get(d.bodyId(), date), d.document(), entry, planned,
                    d.messageId() == null ? newMessageId() : d.messageId(), DistributionRepository.RESENT,
                    "recovery of an interrupted send").isEmpty()) {
                resent.add(d.recipient() + " (" + d.file() + ")");
            }
        }
        return resent;
    }

    /** A globally unique Message-ID in the sender's domain. */
    private String newMessageId() {
        String from = properties.from();
        String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "") : "packpress";
        return "<" + UUID.randomUUID() + ".packpress@" + domain + ">";
    }

    /** Why the document cannot be sent now (it has not been built, or the body has nobody to send to); empty if it can. */
    public Optional<String> cannotSend(String bodyId, LocalDate date, String document) {
        if (publisher.lastBuild(folderPath(bodyId, date.toString()), document).isEmpty()) {
            return Optional.of(notBuilt(bodyId, date, document));
        }
        Optional<String> notPublished = publication.whyNotReleased(bodyId, date, document);
        if (notPublished.isPresent()) {
            return notPublished;
        }
        return repository.list(bodyId).isEmpty()
                ? Optional.of(bodyId + " has no distribution list (distribution.yaml in the body's folder)")
                : Optional.empty();
    }

    /**
     * A document's current version, and the version before it (null for its first issue).
     */
    private record Issue(Manifest.Entry current, Manifest.Entry previous) {

        /**
         * The newest supplement this version issued (not one it kept from the version before) that a reader of
         * this audience may have.
         */
        Optional<Manifest.OutputFile> newSupplement(boolean confidential) {
            List<Manifest.OutputFile> issued = current.outputs().stream().filter(Manifest.OutputFile::isSupplement)
                    .filter(o -> previous == null || previous.output(o.sha256()).isEmpty()).toList();
            int newest = issued.stream().filter(o -> confidential || o.isPublic())
                    .mapToInt(Manifest.OutputFile::supplement).max().orElse(0);
            return forReader(issued.stream().filter(o -> o.supplement() == newest).toList(), confidential);
        }

        /** The document itself (not a supplement) in the version a reader of this audience may have. */
        Manifest.OutputFile document(boolean confidential) {
            return forReader(current.outputs().stream().filter(o -> !o.isSupplement()).toList(), confidential)
                    .orElseThrow(() -> new IllegalStateException("The build published no "
                            + (confidential ? "" : "public ") + "file to send"));
        }
    }

    private Issue issue(String bodyId, LocalDate date, String document) {
        Manifest manifest = publisher.read(folderPath(bodyId, date.toString()))
                .filter(m -> m.documents().containsKey(document))
                .orElseThrow(() -> new IllegalArgumentException(notBuilt(bodyId, date, document)));
        List<Manifest.Entry> earlier = manifest.earlier(document);
        return new Issue(manifest.documents().get(document), earlier.isEmpty() ? null : earlier.get(earlier.size() - 1));
    }

    private Manifest.Entry lastBuild(String bodyId, LocalDate date, String document) {
        return publisher.lastBuild(folderPath(bodyId, date.toString()), document).orElseThrow(
                () -> new IllegalArgumentException(notBuilt(bodyId, date, document)));
    }

    private static String notBuilt(String bodyId, LocalDate date, String document) {
        return document + " of " + bodyId + "/" + date + " has not been built";
    }

    private Path folderPath(String bodyId, String folder) {
        return Publisher.folder(outRoot, bodyId, folder);
    }

    /**
     * What a recipient gets: the newest supplement of the current version if the recipient had the version before
     * (a cancelled or postponed meeting's pack goes whole to everyone, never as a supplement), else the document.
     */
    private Planned plan(Recipient recipient, String bodyId, Issue issue, boolean calledOff) {
        boolean confidential = recipient.role().confidential();
        Optional<Manifest.OutputFile> supplement = calledOff ? Optional.empty()
                : issue.newSupplement(confidential).filter(s -> receivedAny(recipient, issue.previous()));
        Manifest.OutputFile file = supplement.orElseGet(() -> issue.document(confidential));
        Optional<DistributionRepository.Delivery> logged = repository.find(recipient.email(), file.sha256());
        String status = logged.map(DistributionRepository.Delivery::result)
                .orElse(unsubscribed(recipient, bodyId) ? UNSUBSCRIBED : "SEND");
        return new Planned(recipient, file.file(), file.sha256(), file.bytes(), supplement.isPresent(), !file.isPublic(),
                file.bytes() > properties.attachmentLimit().toBytes(), status,
                logged.map(DistributionRepository.Delivery::detail).orElse(null));
    }

    /** Whether the recipient was sent a file of this version (null: none). */
    private boolean receivedAny(Recipient recipient, Manifest.Entry version) {
        return version != null && version.outputs().stream().anyMatch(o -> repository.find(recipient.email(), o.sha256())
                .filter(d -> d.result().equals(DistributionRepository.SENT)).isPresent());
    }

    private boolean unsubscribed(Recipient recipient, String bodyId) {
        return recipient.role() == Recipient.Role.SUBSCRIBER && unsubscribes.isUnsubscribed(bodyId, recipient.email());
    }

    /** The one-link unsubscribe address of a public subscriber, or empty for members and officers. */
    private Optional<String> unsubscribeLink(Body body, Recipient recipient) {
        return recipient.role() == Recipient.Role.SUBSCRIBER
                ? Optional.of(properties.publicUrl() + "/unsubscribe/" + unsubscribes.tokenFor(body.id(), recipient.email()))
                : Optional.empty();
    }

    /** Of one document's files, the confidential one for those entitled to it when there is one, else the public one. */
    private static Optional<Manifest.OutputFile> forReader(List<Manifest.OutputFile> files, boolean confidential) {
        List<Manifest.OutputFile> readable = files.stream().filter(o -> confidential || o.isPublic()).toList();
        return readable.stream().filter(o -> !o.isPublic()).findFirst().or(() -> readable.stream().findFirst());
    }

    /** A failure worth trying again (4xx replies, connection problems). */
    private static final class TransientFailure extends RuntimeException {
        TransientFailure(Exception cause) {
            super(cause);
        }
    }

    /** A failure that trying again will not mend (5xx replies, bad addresses), with the server's reply. */
    private static final class PermanentFailure extends RuntimeException {
        PermanentFailure(String reply, Exception cause) {
            super(reply, cause);
        }
    }

    /** Sends, retrying transient failures with back-off; returns the failure, or empty once sent. */
    private Optional<String> sendWithRetries(Body body, Meeting meeting, String document, Manifest.Entry entry,
            Planned planned, String messageId) {
        long backoff = Math.max(1, properties.backoffMillis());
        RetryTemplate retry = RetryTemplate.builder().maxAttempts(properties.attempts())
                .exponentialBackoff(backoff, 2, backoff * 64).retryOn(TransientFailure.class).build();
        try {
            retry.execute(context -> {
                try {
                    send(body, meeting, document, entry, planned, messageId);
                    return null;
                } catch (MailException | MessagingException | UnsupportedEncodingException e) {
                    boolean transientFailure = isTransient(e);
                    LOG.warn("sending {} to {} failed (attempt {}, {}): {}", planned.file(),
                            planned.recipient().email(), context.getRetryCount() + 1,
                            transientFailure ? "transient" : "permanent", e.getMessage());
                    throw transientFailure ? new TransientFailure(e) : new PermanentFailure(describe(e), e);
                }
            });
            return Optional.empty();
        } catch (TransientFailure | PermanentFailure e) {
            return Optional.of(describe(e.getCause()));
        } catch (RuntimeException e) {
            // not an SMTP failure (no mail server configured, file missing): recorded, so it can be sent later
            LOG.warn("sending {} to {} failed: {}", planned.file(), planned.recipient().email(), e.getMessage());
            return Optional.of(describe(e));
        }
    }

    private void send(Body body, Meeting meeting, String document, Manifest.Entry entry, Planned planned,
            String messageId) throws MessagingException, UnsupportedEncodingException {
        // the bytes the claim names, kept by the archive even when the document was re-issued since
        Path file = Archive.stored(folderPath(body.id(), meeting.date().toString()), planned.file(), planned.sha256())
                .orElseThrow(() -> new IllegalStateException(planned.file() + " (" + planned.sha256()
                        + ") is no longer stored; rebuild the document"));
        Optional<String> unsubscribe = unsubscribeLink(body, planned.recipient());
        Map<String, String> values = values(body, meeting, entry, planned, unsubscribe);
        String template = template(document, meeting, planned);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server is configured: set spring.mail.host (and port, username,"
                    + " and the password through the environment)");
        }
        MimeMessage message = new WithMessageId(sender.createMimeMessage().getSession(), messageId);
        MimeMessageHelper helper = new MimeMessageHelper(message, !planned.asLink(), "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(new jakarta.mail.internet.InternetAddress(planned.recipient().email(), planned.recipient().name(),
                "UTF-8"));
        helper.setSubject(templates.fill(body.id(), template, "subject", values));
        helper.setText(templates.fill(body.id(), template, "body", values));
        if (unsubscribe.isPresent()) {
            // RFC 2369 and RFC 8058: mail programs offer the link, and may use it with one POST
            message.setHeader("List-Unsubscribe", "<" + unsubscribe.get() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (!planned.asLink()) {
            helper.addAttachment(planned.file(), new FileSystemResource(file), "application/pdf");
        }
        sender.send(message);
    }

    /**
     * The email template: {@code agenda-pack-cancelled} or {@code agenda-pack-postponed} for the pack of a meeting
     * called off, {@code <document>-supplement} for a supplement, {@code <document>-reissued} for a whole document
     * re-issued to someone who had an earlier version, else {@code <document>}.
     */
    private String template(String document, Meeting meeting, Planned planned) {
        if (AgendaPackBuilder.DOCUMENT.equals(document) && meeting.isCalledOff()) {
            return document + "-" + meeting.status().name().toLowerCase(Locale.ROOT);
        }
        if (planned.supplement()) {
            return document + "-supplement";
        }
        return repository.receivedEarlierVersion(planned.recipient().email(), meeting.bodyId(), meeting.date().toString(),
                document) ? document + "-reissued" : document;
    }

    /** A meeting's date and time as its front sheet prints them, in the house style of that date. */
    private static String dateTime(Body body, LocalDate date, LocalTime time) {
        HouseStyle style = body.style(date);
        return style.frontSheet().dateTime(style.dates(), date, time);
    }

    private Map<String, String> values(Body body, Meeting meeting, Manifest.Entry entry, Planned planned,
            Optional<String> unsubscribe) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("recipient.name", planned.recipient().name());
        values.put("body.name", body.name());
        values.put("body.email", body.email());
        values.put("meeting.date", body.style(meeting.date()).dates().longDate(meeting.date()));
        values.put("meeting.datetime", dateTime(body, meeting.date(), meeting.start()));
        values.put("postponed.datetime", meeting.postponedTo() == null ? ""
                : dateTime(body, meeting.postponedTo().date(), meeting.postponedTo().start()));
        values.put("document.file", planned.file());
        values.put("changes", entry.changes().isEmpty() ? phrase(body, "changes", "none", values)
                : String.join("\n", entry.changes().stream().map(c -> "- " + c).toList()));
        values.put("download.url", properties.publicUrl() + "/files/" + body.id() + "/" + meeting.date() + "/"
                + planned.file());
        values.put("unsubscribe.url", unsubscribe.orElse(""));
        values.put("delivery", phrase(body, "delivery", planned.asLink() ? "link" : "attached", values));
        values.put("unsubscribe", unsubscribe.isPresent() ? phrase(body, "unsubscribe", "line", values) : "");
        values.put("version.note", planned.confidential() ? phrase(body, "version-note", "confidential", values) : "");
        return values;
    }

    /** A sentence of the email's wording, from {@code templates/email/<name>.<part>.txt} (the body may word it its own way). */
    private String phrase(Body body, String name, String part, Map<String, String> values) {
        return templates.fill(body.id(), name, part, values);
    }

    /** 4xx SMTP replies and connection problems are worth retrying; 5xx replies and bad addresses are not. */
    static boolean isTransient(Throwable e) {
        if (e instanceof MailAuthenticationException) {
            return false;
        }
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode() >= 400 && a.getReturnCode() < 500;
            }
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode() >= 400 && s.getReturnCode() < 500;
            }
            if (t instanceof jakarta.mail.internet.AddressException) {
                return false;
            }
            if (t instanceof SendFailedException s && s.getInvalidAddresses() != null
                    && s.getInvalidAddresses().length > 0 && s.getNextException() == null) {
                return false;
            }
        }
        return true;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MailSendException m && !m.getFailedMessages().isEmpty()) {
            return m.getFailedMessages().values().iterator().next();
        }
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 900; t = next(t)) {
            if (t.getMessage() != null && !s.toString().contains(t.getMessage().strip())) {
                s.append(s.length() == 0 ? "" : " / ").append(t.getMessage().strip());
            }
        }
        return s.toString();
    }

    /** A message whose Message-ID is ours (the same for every attempt), not one made up when it is sent. */
    private static final class WithMessageId extends MimeMessage {
        private final String messageId;

        WithMessageId(jakarta.mail.Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
