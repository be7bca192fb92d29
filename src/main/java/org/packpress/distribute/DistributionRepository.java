package org.packpress.distribute;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.packpress.store.ProcessRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Distribution lists by body, and the delivery log. */
@Repository
public class DistributionRepository {

    /** One logged send. {@code messageId}: the Message-ID the send uses (the same when it is resent). */
    public record Delivery(String bodyId, String folder, String document, String file, String sha256, String recipient,
            LocalDateTime attemptedAt, String result, String detail, String messageId) {

        public Delivery(String bodyId, String folder, String document, String file, String sha256, String recipient,
                LocalDateTime attemptedAt, String result, String detail) {
            this(bodyId, folder, document, file, sha256, recipient, attemptedAt, result, detail, null);
        }

        /** Whether a later process sent it again after the first send was interrupted. */
        public boolean resent() {
            return RESENT.equals(detail);
        }
    }

    /** A claim left SENDING, with the process that made it. */
    public record InFlight(long id, Delivery delivery, String processId) {
    }

    /** The detail recorded for a send completed by a later process after the first was interrupted. */
    public static final String RESENT = "resent after an interruption";

    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    private final JdbcTemplate jdbc;

    private final ProcessRegistry processes;

    public DistributionRepository(JdbcTemplate jdbc, ProcessRegistry processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    public void replaceList(String bodyId, List<Recipient> recipients) {
        jdbc.update("DELETE FROM distribution_recipient WHERE body_id = ?", bodyId);
        int seq = 0;
        for (Recipient r : recipients) {
            jdbc.update("INSERT INTO distribution_recipient (body_id, seq, name, email, role) VALUES (?, ?, ?, ?, ?)",
                    bodyId, ++seq, r.name(), r.email(), r.role().name());
        }
    }

    public List<Recipient> list(String bodyId) {
        return jdbc.query("SELECT name, email, role FROM distribution_recipient WHERE body_id = ? ORDER BY seq",
                (rs, n) -> new Recipient(rs.getString(1), rs.getString(2), Recipient.Role.valueOf(rs.getString(3))),
                bodyId);
    }

    /** The logged send of this document to this address, if any. */
    public Optional<Delivery> find(String recipient, String sha256) {
        return jdbc.query("SELECT * FROM delivery WHERE recipient = ? AND document_sha256 = ?", (rs, n) -> delivery(rs),
                recipient.toLowerCase(Locale.ROOT), sha256).stream().findFirst();
    }

    /** Whether the address was ever sent any version of this document of this folder. */
    public boolean receivedEarlierVersion(String recipient, String bodyId, String folder, String document) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE recipient = ? AND body_id = ? AND folder = ?"
                + " AND document = ? AND result = ?", Integer.class, recipient.toLowerCase(Locale.ROOT),
                bodyId, folder, document, SENT);
        return n != null && n > 0;
    }

    /**
     * Claims a send before it happens, so a crash between sending and recording can never lead to a
     * second copy. A failed earlier attempt is claimed again. Committed at once (its own transaction),
     * even when the caller runs in one, such as a nightly build step.
     *
     * The claim names this process and the Message-ID to use; a retried claim keeps its first Message-ID.
     *
     * @return false if the document was already sent (or is being sent) to the address
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(Delivery d) {
        String recipient = d.recipient().toLowerCase(Locale.ROOT);
        int retried = jdbc.update("UPDATE delivery SET result = ?, attempted_at = ?, detail = NULL, file_name = ?,"
                + " process_id = ?, message_id = COALESCE(message_id, ?) WHERE recipient = ? AND document_sha256 = ?"
                + " AND result = ?", SENDING, Timestamp.valueOf(d.attemptedAt()), d.file(), processes.self(),
                d.messageId(), recipient, d.sha256(), FAILED);
        if (retried == 1) {
            return true;
        }
        try {
            return jdbc.update("INSERT INTO delivery (body_id, folder, document, file_name, document_sha256, recipient,"
                    + " attempted_at, result, process_id, message_id) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                    + " (SELECT 1 FROM delivery WHERE recipient = ? AND document_sha256 = ?)", d.bodyId(), d.folder(),
                    d.document(), d.file(), d.sha256(), recipient, Timestamp.valueOf(d.attemptedAt()), SENDING,
                    processes.self(), d.messageId(), recipient, d.sha256()) == 1;
        } catch (DuplicateKeyException e) {
            return false; // claimed at the same moment by another run
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void result(String recipient, String sha256, String result, String detail) {
        jdbc.update("UPDATE delivery SET result = ?, detail = ?, attempted_at = ? WHERE recipient = ? AND document_sha256 = ?",
                result, detail == null ? null : detail.substring(0, Math.min(1000, detail.length())),
                Timestamp.valueOf(LocalDateTime.now()), recipient.toLowerCase(Locale.ROOT), sha256);
    }

    /** Claims left SENDING by processes that no longer run. */
    public List<InFlight> interrupted() {
        return jdbc.query("SELECT * FROM delivery WHERE result = ? ORDER BY id",
                (rs, n) -> new InFlight(rs.getLong("id"), delivery(rs), rs.getString("process_id")), SENDING).stream()
                .filter(f -> processes.isDead(f.processId())).toList();
    }

    /** Takes over an interrupted claim for this process; false if another process took it first. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean takeOver(InFlight claim) {
        return jdbc.update("UPDATE delivery SET process_id = ? WHERE id = ? AND result = ? AND "
                + (claim.processId() == null ? "process_id IS NULL" : "process_id = ?"),
                claim.processId() == null ? new Object[] {processes.self(), claim.id(), SENDING}
                        : new Object[] {processes.self(), claim.id(), SENDING, claim.processId()}) == 1;
    }

    public List<Delivery> log(String bodyId, String folder) {
        return jdbc.query("SELECT * FROM delivery WHERE body_id = ? AND folder = ? ORDER BY id", (rs, n) -> delivery(rs),
                bodyId, folder);
    }

    private static Delivery delivery(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Delivery(rs.getString("body_id"), rs.getString("folder"), rs.getString("document"),
                rs.getString("file_name"), rs.getString("document_sha256"), rs.getString("recipient"),
                rs.getTimestamp("attempted_at").toLocalDateTime(), rs.getString("result"), rs.getString("detail"),
                rs.getString("message_id"));
    }
}
