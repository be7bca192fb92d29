package org.packpress.distribute;

import org.packpress.common.PackPressProperties;
import io.micrometer.core.instrument.Metrics;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.common.DateStyles;
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
import org.springframework.stereotype.Service;

/**
 * Sends a meeting's published document to the body's distribution list: members and officers get the
 * confidential version when there is one, subscribers the public one; people who already received an
 * earlier version get the newest supplement instead. Every send is claimed in the delivery log before
 * it happens, so no document (by hash) reaches the same address twice, whatever is re-run. Transient
 * SMTP failures are retried with back-off; a permanent failure is recorded and the others go on.
 */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class Distributor {

    private static final Logger LOG = LoggerFactory.getLogger(Distributor.class);

    /** What one recipient gets. {@code status}: SEND, or the logged result of an earlier send. */
    public record Planned(Recipient recipient, String file, String sha256, long bytes, boolean supplement,
            boolean asLink, String status) {
    }

    /** What a distribution did, one line per recipient. */
    public record Report(List<Planned> sent, List<Planned> skipped, Map<String, String> failed) {
    }

    private final DistributionRepository repository;
    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final Publisher publisher;
    private final EmailTemplates templates;
    private final ObjectProvider<JavaMailSender> mail;
    private final MailProperties properties;
    private final Path outRoot;

    public Distributor(DistributionRepository repository, BodyRepository bodies, MeetingRepository meetings,
            Publisher publisher, EmailTemplates templates, ObjectProvider<JavaMailSender> mail, MailProperties properties,
            PackPressProperties packpress) {
        this.repository = repository;
        this.bodies = bodies;
        this.meetings = meetings;
        this.publisher = publisher;
        this.templates = templates;
        this.mail = mail;
        this.properties = properties;
        this.outRoot = packpress.outDir();
    }

    /** Who would receive what, without sending anything. */
    public List<Planned> preview(String bodyId, LocalDate date, String document) {
        Manifest.Entry entry = lastBuild(bodyId, date, document);
        String folder = date.toString();
        return repository.list(bodyId).stream().map(r -> plan(r, bodyId, folder, document, entry)).toList();
    }

    public Report distribute(String bodyId, LocalDate date, String document) {
        Body body = bodies.get(bodyId);
        Meeting meeting = meetings.get(bodyId, date);
        Manifest.Entry entry = lastBuild(bodyId, date, document);
        String folder = date.toString();
        List<Planned> sent = new ArrayList<>();
        List<Planned> skipped = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (Recipient recipient : repository.list(bodyId)) {
            Planned planned = plan(recipient, bodyId, folder, document, entry);
            if (!planned.status().equals("SEND") && !planned.status().equals(DistributionRepository.FAILED)) {
                skipped.add(planned);
                continue;
            }
            if (!repository.claim(new DistributionRepository.Delivery(bodyId, folder, document, planned.file(),
                    planned.sha256(), recipient.email(), LocalDateTime.now(), DistributionRepository.SENDING, null))) {
                skipped.add(planned);
                continue;
            }
            Optional<String> failure = sendWithRetries(body, meeting, document, entry, planned);
            if (failure.isEmpty()) {
                repository.result(recipient.email(), planned.sha256(), DistributionRepository.SENT, null);
                Metrics.counter("packpress.emails", "result", "sent").increment();
                sent.add(planned);
            } else {
                repository.result(recipient.email(), planned.sha256(), DistributionRepository.FAILED, failure.get());
                Metrics.counter("packpress.emails", "result", "failed").increment();
                failed.put(recipient.email(), failure.get());
            }
        }
        return new Report(sent, skipped, failed);
    }

    private Manifest.Entry lastBuild(String bodyId, LocalDate date, String document) {
        return publisher.lastBuild(folderPath(bodyId, date.toString()), document).orElseThrow(
                () -> new IllegalArgumentException(document + " of " + bodyId + "/" + date + " has not been built"));
    }

    private Path folderPath(String bodyId, String folder) {
        return Publisher.folder(outRoot, bodyId, folder);
    }

    private Planned plan(Recipient recipient, String bodyId, String folder, String document, Manifest.Entry entry) {
        boolean supplement = repository.receivedEarlierVersion(recipient.email(), bodyId, folder, document)
                && entry.outputs().stream().anyMatch(o -> isSupplement(o.file()));
        Manifest.OutputFile file = choose(entry.outputs(), recipient.role().confidential(), supplement);
        String status = repository.find(recipient.email(), file.sha256()).map(DistributionRepository.Delivery::result)
                .orElse("SEND");
        return new Planned(recipient, file.file(), file.sha256(), file.bytes(), supplement,
                file.bytes() > properties.attachmentLimit().toBytes(), status);
    }

    /** The confidential version for those entitled to it when there is one, else the public version. */
    private static Manifest.OutputFile choose(List<Manifest.OutputFile> outputs, boolean confidential, boolean supplement) {
        List<Manifest.OutputFile> ofKind = outputs.stream().filter(o -> isSupplement(o.file()) == supplement).toList();
        // of supplements, only the newest (the highest number)
        int newest = ofKind.stream().mapToInt(o -> supplementNumber(o.file())).max().orElse(0);
        List<Manifest.OutputFile> kind = supplement
                ? ofKind.stream().filter(o -> supplementNumber(o.file()) == newest).toList() : ofKind;
        Optional<Manifest.OutputFile> chosen = confidential
                ? kind.stream().filter(o -> isConfidential(o.file())).findFirst() : Optional.empty();
        return chosen.or(() -> kind.stream().filter(o -> !isConfidential(o.file())).findFirst())
                .or(() -> confidential ? kind.stream().findFirst() : Optional.empty())
                .orElseThrow(() -> new IllegalStateException("The build published no "
                        + (confidential ? "" : "public ") + "file to send"));
    }

    private static boolean isSupplement(String file) {
        return file.startsWith("supplementary");
    }

    private static boolean isConfidential(String file) {
        return file.contains("confidential");
    }

    private static int supplementNumber(String file) {
        String digits = file.replaceAll("\\D+", " ").trim().split(" ")[0];
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** Sends, retrying transient failures; returns the failure, or empty once sent. */
    private Optional<String> sendWithRetries(Body body, Meeting meeting, String document, Manifest.Entry entry,
            Planned planned) {
        long backoff = properties.backoffMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                send(body, meeting, document, entry, planned);
                return Optional.empty();
            } catch (MailException | MessagingException | java.io.UnsupportedEncodingException e) {
                boolean transientFailure = isTransient(e);
                LOG.warn("sending {} to {} failed (attempt {}, {}): {}", planned.file(), planned.recipient().email(),
                        attempt, transientFailure ? "transient" : "permanent", e.getMessage());
                if (!transientFailure || attempt >= properties.attempts()) {
                    return Optional.of(describe(e));
                }
                sleep(backoff);
                backoff *= 2;
            } catch (RuntimeException e) {
                // not an SMTP failure (no mail server configured, file missing): recorded, so it can be sent later
                LOG.warn("sending {} to {} failed: {}", planned.file(), planned.recipient().email(), e.getMessage());
                return Optional.of(describe(e));
            }
        }
    }

    private void send(Body body, Meeting meeting, String document, Manifest.Entry entry, Planned planned)
            throws MessagingException, java.io.UnsupportedEncodingException {
        Path file = folderPath(body.id(), meeting.date().toString()).resolve(planned.file());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing; rebuild the document");
        }
        Map<String, String> values = values(body, meeting, entry, planned);
        String template = document + (planned.supplement() ? "-supplement" : "");
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server is configured: set spring.mail.host (and port, username,"
                    + " and the password through the environment)");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !planned.asLink(), "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(new jakarta.mail.internet.InternetAddress(planned.recipient().email(), planned.recipient().name(),
                "UTF-8"));
        helper.setSubject(templates.fill(body.id(), template, "subject", values));
        helper.setText(templates.fill(body.id(), template, "body", values));
        if (!planned.asLink()) {
            helper.addAttachment(planned.file(), new FileSystemResource(file), "application/pdf");
        }
        sender.send(message);
    }

    private Map<String, String> values(Body body, Meeting meeting, Manifest.Entry entry, Planned planned) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("recipient.name", planned.recipient().name());
        values.put("body.name", body.name());
        values.put("body.email", body.email());
        values.put("meeting.date", DateStyles.longDate(meeting.date()));
        values.put("meeting.datetime", DateStyles.meetingDateTime(meeting.date(), meeting.start()));
        values.put("document.file", planned.file());
        values.put("changes", entry.changes().isEmpty() ? "- (no details recorded)"
                : String.join("\n", entry.changes().stream().map(c -> "- " + c).toList()));
        values.put("delivery", planned.asLink()
                ? "The document is too large to attach; download it here: " + properties.publicUrl() + "/files/"
                        + body.id() + "/" + meeting.date() + "/" + planned.file()
                : "The document is attached (" + planned.file() + ").");
        values.put("version.note", isConfidential(planned.file())
                ? "This is the confidential version, including exempt items. Please do not pass it on." : "");
        return values;
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a send", e);
        }
    }
}
