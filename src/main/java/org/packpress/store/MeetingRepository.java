package org.packpress.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.AgendaItemType;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.AuthoredReport;
import org.packpress.model.Meeting;
import org.packpress.model.Meeting.Broadcast;
import org.packpress.model.Meeting.BroadcastKind;
import org.packpress.model.Meeting.MeetingStatus;
import org.packpress.model.Meeting.MeetingType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Meetings with their agendas and papers. A meeting is always stored and read whole. */
@Repository
public class MeetingRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ReportRepository reports;

    public MeetingRepository(JdbcTemplate jdbc, ReportRepository reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    public Optional<String> sourceHash(String bodyId, LocalDate date) {
        return jdbc.queryForList("SELECT source_hash FROM meeting WHERE body_id = ? AND meeting_date = ?",
                String.class, bodyId, Date.valueOf(date)).stream().findFirst();
    }

    public List<LocalDate> dates(String bodyId) {
        return jdbc.queryForList("SELECT meeting_date FROM meeting WHERE body_id = ? ORDER BY meeting_date",
                Date.class, bodyId).stream().map(Date::toLocalDate).toList();
    }

    /** The dates of the body's meetings that are drafts, cancelled or postponed: none is due for publication. */
    public Set<LocalDate> heldBackDates(String bodyId) {
        return jdbc.queryForList("SELECT meeting_date FROM meeting WHERE body_id = ? AND (draft OR status IN (?, ?))",
                Date.class, bodyId, Meeting.MeetingStatus.CANCELLED.name(), Meeting.MeetingStatus.POSTPONED.name())
                .stream().map(Date::toLocalDate).collect(Collectors.toSet());
    }

    /** Replaces the stored meeting (and its agenda and papers) with this one. */
    public void save(Meeting meeting) {
        Date date = Date.valueOf(meeting.date());
        jdbc.update("DELETE FROM meeting WHERE body_id = ? AND meeting_date = ?", meeting.bodyId(), date);
        Broadcast b = meeting.broadcast();
        Meeting.Postponement p = meeting.postponedTo();
        jdbc.update("INSERT INTO meeting (body_id, meeting_date, meeting_type, start_time, venue, venue_short, status,"
                + " broadcast_kind, broadcast_host, broadcast_url, contact_officer_id, source_hash, draft, postponed_date,"
                + " postponed_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meeting.bodyId(), date, meeting.type().name(),
                Time.valueOf(meeting.start()), meeting.venue(), meeting.venueShort(), meeting.status().name(),
                b == null ? null : b.kind().name(), b == null ? null : b.host(), b == null ? null : b.url(),
                meeting.contactOfficerId(), meeting.sourceHash(), meeting.draft(),
                p == null ? null : Date.valueOf(p.date()), p == null || p.start() == null ? null : Time.valueOf(p.start()));
        int itemSeq = 0;
        for (AgendaItem item : meeting.agenda()) {
            itemSeq++;
            jdbc.update("INSERT INTO agenda_item (body_id, meeting_date, seq, item_number, item_type, title, description,"
                    + " note, item_time, report_of, exempt_paragraphs, work_programme_topic, papers_to_follow)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    meeting.bodyId(), date, itemSeq, item.number(), item.type().name(), item.title(), item.description(),
                    item.note(), item.time() == null ? null : Time.valueOf(item.time()), item.reportOf(),
                    paragraphs(item.exemptParagraphs()), item.workProgrammeTopic(), item.papersToFollow());
            int[] docSeq = {0};
            for (AgendaDocument document : item.documents()) {
                saveDocument(meeting, itemSeq, document, null, docSeq);
            }
        }
    }

    private void saveDocument(Meeting meeting, int itemSeq, AgendaDocument document, Integer parentSeq, int[] docSeq) {
        int seq = ++docSeq[0];
        String kind;
        String path = null;
        String reportSha = null;
        String blobSha = null;
        Integer pages = null;
        String generatedKind = null;
        String options = null;
        AgendaDocument.Source source = document.source();
        if (source instanceof AgendaDocument.ReportSource r) {
            kind = "REPORT";
            path = r.path();
            reportSha = reports.save(r.report());
        } else if (source instanceof AgendaDocument.FileSource f) {
            kind = "FILE";
            path = f.path();
            blobSha = f.sha256();
            pages = f.pages();
        } else {
            AgendaDocument.GeneratedSource g = (AgendaDocument.GeneratedSource) source;
            kind = "GENERATED";
            generatedKind = g.kind().id();
            options = toJson(new TreeMap<>(g.options()));
        }
        jdbc.update("INSERT INTO agenda_document (body_id, meeting_date, item_seq, seq, parent_seq, appendix_label, title,"
                + " source_kind, source_path, report_sha256, blob_sha256, page_count, generated_kind, generated_options,"
                + " content_hash, exempt_paragraphs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                meeting.bodyId(), Date.valueOf(meeting.date()), itemSeq, seq, parentSeq, document.appendixLabel(),
                document.title(), kind, path, reportSha, blobSha, pages, generatedKind, options, document.contentHash(),
                paragraphs(document.exemptParagraphs()));
        for (AgendaDocument appendix : document.appendices()) {
            saveDocument(meeting, itemSeq, appendix, seq, docSeq);
        }
    }

    public Optional<Meeting> find(String bodyId, LocalDate date) {
        List<Meeting> found = jdbc.query("SELECT * FROM meeting WHERE body_id = ? AND meeting_date = ?",
                (rs, n) -> meeting(rs, agenda(bodyId, date)), bodyId, Date.valueOf(date));
        return found.stream().findFirst();
    }

    public Meeting get(String bodyId, LocalDate date) {
        return find(bodyId, date).orElseThrow(() -> new IllegalArgumentException(
                "No meeting of " + bodyId + " on " + date + " has been imported"));
    }

    private static Meeting meeting(ResultSet rs, List<AgendaItem> agenda) throws SQLException {
        String kind = rs.getString("broadcast_kind");
        Broadcast broadcast = kind == null ? null
                : new Broadcast(BroadcastKind.valueOf(kind), rs.getString("broadcast_host"), rs.getString("broadcast_url"));
        return new Meeting(rs.getString("body_id"), rs.getDate("meeting_date").toLocalDate(),
                MeetingType.valueOf(rs.getString("meeting_type")), rs.getTime("start_time").toLocalTime(),
                rs.getString("venue"), rs.getString("venue_short"), MeetingStatus.valueOf(rs.getString("status")),
                broadcast, rs.getString("contact_officer_id"), agenda, rs.getString("source_hash"), rs.getBoolean("draft"),
                postponement(rs));
    }

    private static Meeting.Postponement postponement(ResultSet rs) throws SQLException {
        Date date = rs.getDate("postponed_date");
        Time start = rs.getTime("postponed_start");
        return date == null ? null : new Meeting.Postponement(date.toLocalDate(), start == null ? null : start.toLocalTime());
    }

    private List<AgendaItem> agenda(String bodyId, LocalDate date) {
        List<StoredDocument> documents = jdbc.query("SELECT * FROM agenda_document WHERE body_id = ? AND meeting_date = ?"
                + " ORDER BY item_seq, seq", (rs, n) -> storedDocument(rs), bodyId, Date.valueOf(date));
        return jdbc.query("SELECT * FROM agenda_item WHERE body_id = ? AND meeting_date = ? ORDER BY seq", (rs, n) -> {
            int seq = rs.getInt("seq");
            Time time = rs.getTime("item_time");
            return new AgendaItem(rs.getString("item_number"), AgendaItemType.valueOf(rs.getString("item_type")),
                    rs.getString("title"), rs.getString("description"), rs.getString("note"),
                    time == null ? null : time.toLocalTime(), rs.getString("report_of"),
                    paragraphs(rs.getString("exempt_paragraphs")),
                    rs.getString("work_programme_topic"), tree(documents, seq, null), rs.getBoolean("papers_to_follow"));
        }, bodyId, Date.valueOf(date));
    }

    private List<AgendaDocument> tree(List<StoredDocument> all, int itemSeq, Integer parentSeq) {
        List<AgendaDocument> result = new ArrayList<>();
        for (StoredDocument d : all) {
            if (d.itemSeq() == itemSeq && Objects.equals(d.parentSeq(), parentSeq)) {
                result.add(new AgendaDocument(d.title(), d.label(), source(d), d.contentHash(),
                        paragraphs(d.exemptParagraphs()), tree(all, itemSeq, d.seq())));
            }
        }
        return result;
    }

    private AgendaDocument.Source source(StoredDocument d) {
        return switch (d.kind()) {
            case "REPORT" -> new AgendaDocument.ReportSource(d.path(), reports.get(d.reportSha()));
            case "FILE" -> new AgendaDocument.FileSource(d.path(), d.blobSha(), d.pages());
            default -> new AgendaDocument.GeneratedSource(GeneratedPaperKind.fromId(d.generatedKind()).orElseThrow(), fromJson(d.options()));
        };
    }

    private record StoredDocument(int itemSeq, int seq, Integer parentSeq, String label, String title, String kind,
            String path, String reportSha, String blobSha, Integer pages, String generatedKind, String options,
            String contentHash, String exemptParagraphs) {
    }

    /** Paragraphs of Schedule 12A as stored: "3,7", or null for none. */
    private static String paragraphs(List<Integer> paragraphs) {
        return paragraphs.isEmpty() ? null : paragraphs.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> paragraphs(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
    }

    private static StoredDocument storedDocument(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getInt("item_seq"), rs.getInt("seq"), (Integer) rs.getObject("parent_seq"),
                rs.getString("appendix_label"), rs.getString("title"), rs.getString("source_kind"),
                rs.getString("source_path"), rs.getString("report_sha256"), rs.getString("blob_sha256"),
                (Integer) rs.getObject("page_count"), rs.getString("generated_kind"), rs.getString("generated_options"),
                rs.getString("content_hash"), rs.getString("exempt_paragraphs"));
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, OPTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored options are not JSON: " + json, e);
        }
    }

    static List<String> stringsFromJson(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored list is not JSON: " + json, e);
        }
    }

}
