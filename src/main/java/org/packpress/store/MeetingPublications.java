package org.packpress.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * When each meeting was published and by whom. A meeting is published once: publishing it again keeps the
 * first record. Importing its file again (even marked draft) does not withdraw it.
 */
@Repository
public class MeetingPublications {

    /** A meeting's publication: when, and who (an officer's user name, or the nightly run). */
    public record Publication(LocalDateTime at, String by) {
    }

    private final JdbcTemplate jdbc;

    public MeetingPublications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the publication unless the meeting is published already; returns the meeting's publication. */
    public Publication publish(String bodyId, LocalDate date, String by, LocalDateTime at) {
        Optional<Publication> existing = find(bodyId, date);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.update("INSERT INTO meeting_publication (body_id, meeting_date, published_at, published_by)"
                    + " VALUES (?, ?, ?, ?)", bodyId, Date.valueOf(date), Timestamp.valueOf(at), by);
            return new Publication(at, by);
        } catch (DuplicateKeyException e) {
            return find(bodyId, date).orElseThrow(); // another process published it meanwhile
        }
    }

    public Optional<Publication> find(String bodyId, LocalDate date) {
        return jdbc.query("SELECT published_at, published_by FROM meeting_publication WHERE body_id = ? AND meeting_date = ?",
                (rs, n) -> new Publication(rs.getTimestamp("published_at").toLocalDateTime(), rs.getString("published_by")),
                bodyId, Date.valueOf(date)).stream().findFirst();
    }

    public boolean isPublished(String bodyId, LocalDate date) {
        return find(bodyId, date).isPresent();
    }
}
