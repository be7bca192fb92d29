package org.packpress.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit log: every send and every download of a confidential document, with who did it and when,
 * kept for an administrator to read ({@code GET /api/audit}).
 */
@Repository
public class AuditLog {

    public static final String CONFIDENTIAL_SENT = "confidential-sent";
    public static final String CONFIDENTIAL_DOWNLOADED = "confidential-downloaded";

    /**
     * One recorded event.
     *
     * @param actor the signed-in user, or the process that acted (the nightly run, a command, recovery)
     * @param detail the recipient of a send; null for a download
     */
    public record Event(LocalDateTime at, String actor, String action, String body, String folder, String file,
            String detail) {
    }

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String body, String folder, String file, String detail) {
        jdbc.update("INSERT INTO audit_event (at, actor, action, body_id, folder, file, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Timestamp.valueOf(LocalDateTime.now()), actor, action, body, folder,
                file, detail);
    }

    /** The latest events, newest first. */
    public List<Event> latest(int limit) {
        return jdbc.query("SELECT * FROM audit_event ORDER BY at DESC, id DESC LIMIT ?", (rs, n) -> new Event(
                rs.getTimestamp("at").toLocalDateTime(), rs.getString("actor"), rs.getString("action"),
                rs.getString("body_id"), rs.getString("folder"), rs.getString("file"), rs.getString("detail")), limit);
    }
}
