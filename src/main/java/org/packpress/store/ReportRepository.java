package org.packpress.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.packpress.model.AuthoredReport;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.model.AuthoredReport.ReportImage;
import org.packpress.common.Hashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Parsed authored reports, stored once by the hash of their content. */
@Repository
public class ReportRepository {

    private final JdbcTemplate jdbc;

    public ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the report unless an identical one is stored; returns its key. */
    public String save(AuthoredReport report) {
        String key = key(report);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM authored_report WHERE sha256 = ?", Integer.class, key);
        if (n != null && n > 0) {
            return key;
        }
        jdbc.update("INSERT INTO authored_report (sha256, title, report_date, report_of, author, authors, email, telephone,"
                + " recommendations, numbering, running_header, implications, markdown)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key,
                report.title(), report.date() == null ? null : Date.valueOf(report.date()), report.reportOf(),
                report.authorLine(), MeetingRepository.toJson(report.authors()), report.email(), report.telephone(),
                MeetingRepository.toJson(report.recommendations()),
                report.numbering().name(), report.runningHeader(), MeetingRepository.toJson(report.implications()),
                report.markdown());
        for (ReportImage image : report.images()) {
            jdbc.update("INSERT INTO report_image (report_sha256, path, blob_sha256, media_type) VALUES (?, ?, ?, ?)",
                    key, image.path(), image.sha256(), image.mediaType());
        }
        return key;
    }

    public AuthoredReport get(String key) {
        List<ReportImage> images = jdbc.query("SELECT * FROM report_image WHERE report_sha256 = ? ORDER BY path",
                (rs, n) -> new ReportImage(rs.getString("path"), rs.getString("blob_sha256"), rs.getString("media_type")),
                key);
        return jdbc.queryForObject("SELECT * FROM authored_report WHERE sha256 = ?", (rs, n) -> new AuthoredReport(
                rs.getString("title"), rs.getDate("report_date") == null ? null : rs.getDate("report_date").toLocalDate(),
                rs.getString("report_of"), authors(rs.getString("authors"), rs.getString("author")), rs.getString("email"),
                rs.getString("telephone"),
                MeetingRepository.stringsFromJson(rs.getString("recommendations")),
                ParagraphNumbering.valueOf(rs.getString("numbering")), rs.getString("running_header"),
                MeetingRepository.stringsFromJson(rs.getString("implications")), rs.getString("markdown"), images), key);
    }

    /**
     * The authors of a stored report. A report stored before authors were a list has its author line only, which
     * printed "Report authors" when the names before any job title held " and " or " & ": read as those names, so
     * that a paper published then rebuilds as it was.
     */
    static List<String> authors(String json, String line) {
        if (json != null) {
            return MeetingRepository.stringsFromJson(json);
        }
        if (line == null) {
            return List.of();
        }
        String[] namesAndTitle = line.split(",", 2);
        String[] names = namesAndTitle[0].split(" and | & ");
        if (names.length == 1) {
            return List.of(line);
        }
        List<String> authors = new ArrayList<>(List.of(names));
        if (namesAndTitle.length > 1) {
            authors.set(names.length - 1, names[names.length - 1] + "," + namesAndTitle[1]);
        }
        return authors;
    }

    /** The content key: equal reports (including their images) share one row. */
    static String key(AuthoredReport report) {
        return Hashes.sha256(report.toString());
    }
}
