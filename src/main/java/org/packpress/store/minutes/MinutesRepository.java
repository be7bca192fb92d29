package org.packpress.store.minutes;

import org.packpress.store.StoredJson;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packpress.model.minutes.Minutes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Minutes by meeting, which minutes later meetings confirmed, and body-wide paper data (the action
 * tracker's progress, key decisions, the work programme).
 */
@Repository
public class MinutesRepository {

    public static final String ACTION_TRACKER = "action-tracker";
    public static final String KEY_DECISIONS = "key-decisions";
    public static final String WORK_PROGRAMME = "work-programme";
    /** How the consistency checks treat the body ({@code checks.yaml}): a {@link org.packpress.model.CheckSettings}. */
    public static final String CHECK_SETTINGS = "checks";

    /** A confirmation: the minutes of {@code meeting} were confirmed at {@code confirmedAt} by a minute. */
    public record Confirmation(LocalDate meeting, LocalDate confirmedAt, String minuteNumber) {
    }

    private final JdbcTemplate jdbc;

    public MinutesRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> minutesHash(String bodyId, LocalDate meeting) {
        return jdbc.query("SELECT source_hash FROM minutes_record WHERE body_id = ? AND meeting_date = ?",
                (rs, n) -> rs.getString(1), bodyId, Date.valueOf(meeting)).stream().findFirst();
    }

    /** Stores a meeting's minutes, replacing earlier ones, and the confirmations its items record. */
    public void saveMinutes(String bodyId, Minutes minutes, int first, int last, String path, String hash) {
        Date date = Date.valueOf(minutes.meeting());
        jdbc.update("DELETE FROM minutes_record WHERE body_id = ? AND meeting_date = ?", bodyId, date);
        jdbc.update("INSERT INTO minutes_record (body_id, meeting_date, first_number, last_number, source_path,"
                + " source_hash, content) VALUES (?, ?, ?, ?, ?, ?, ?)", bodyId, date, first, last, path, hash,
                toJson(minutes));
        jdbc.update("DELETE FROM minutes_confirmation WHERE body_id = ? AND confirmed_at = ?", bodyId, date);
        minutes.items().stream().filter(i -> i.confirms() != null).forEach(i -> {
            jdbc.update("DELETE FROM minutes_confirmation WHERE body_id = ? AND meeting_date = ?", bodyId,
                    Date.valueOf(i.confirms()));
            jdbc.update("INSERT INTO minutes_confirmation (body_id, meeting_date, confirmed_at, minute_number)"
                    + " VALUES (?, ?, ?, ?)", bodyId, Date.valueOf(i.confirms()), date, i.number());
        });
    }

    public Optional<Minutes> findMinutes(String bodyId, LocalDate meeting) {
        return jdbc.query("SELECT content FROM minutes_record WHERE body_id = ? AND meeting_date = ?",
                (rs, n) -> fromJson(rs.getString(1), Minutes.class), bodyId, Date.valueOf(meeting)).stream().findFirst();
    }

    /** Every stored set of minutes of a body, oldest first. */
    public List<Minutes> allMinutes(String bodyId) {
        return jdbc.query("SELECT content FROM minutes_record WHERE body_id = ? ORDER BY meeting_date",
                (rs, n) -> fromJson(rs.getString(1), Minutes.class), bodyId);
    }

    public Optional<Confirmation> confirmation(String bodyId, LocalDate meeting) {
        return jdbc.query("SELECT meeting_date, confirmed_at, minute_number FROM minutes_confirmation"
                + " WHERE body_id = ? AND meeting_date = ?", (rs, n) -> new Confirmation(rs.getDate(1).toLocalDate(),
                        rs.getDate(2).toLocalDate(), rs.getString(3)), bodyId, Date.valueOf(meeting))
                .stream().findFirst();
    }

    public Optional<String> paperDataHash(String bodyId, String kind) {
        return jdbc.query("SELECT source_hash FROM body_paper_data WHERE body_id = ? AND kind = ?",
                (rs, n) -> rs.getString(1), bodyId, kind).stream().findFirst();
    }

    public void savePaperData(String bodyId, String kind, Object data, String path, String hash) {
        jdbc.update("DELETE FROM body_paper_data WHERE body_id = ? AND kind = ?", bodyId, kind);
        jdbc.update("INSERT INTO body_paper_data (body_id, kind, source_path, source_hash, content)"
                + " VALUES (?, ?, ?, ?, ?)", bodyId, kind, path, hash, toJson(data));
    }

    public <T> Optional<T> findPaperData(String bodyId, String kind, Class<T> type) {
        return jdbc.query("SELECT content FROM body_paper_data WHERE body_id = ? AND kind = ?",
                (rs, n) -> fromJson(rs.getString(1), type), bodyId, kind).stream().findFirst();
    }

    /** Source hashes of everything a body's generated papers are made from, for change detection. */
    public Map<String, String> sourceHashes(String bodyId) {
        Map<String, String> hashes = new LinkedHashMap<>();
        jdbc.query("SELECT meeting_date, source_hash FROM minutes_record WHERE body_id = ? ORDER BY meeting_date",
                rs -> {
                    hashes.put("minutes/" + rs.getDate(1).toLocalDate(), rs.getString(2));
                }, bodyId);
        jdbc.query("SELECT meeting_date, confirmed_at FROM minutes_confirmation WHERE body_id = ? ORDER BY meeting_date",
                rs -> {
                    hashes.put("confirmed/" + rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate().toString());
                }, bodyId);
        jdbc.query("SELECT kind, source_hash FROM body_paper_data WHERE body_id = ? ORDER BY kind",
                rs -> {
                    hashes.put(rs.getString(1), rs.getString(2));
                }, bodyId);
        return hashes;
    }

    static String toJson(Object value) {
        return StoredJson.toJson(value);
    }

    static <T> T fromJson(String json, Class<T> type) {
        return StoredJson.fromJson(json, type);
    }
}
