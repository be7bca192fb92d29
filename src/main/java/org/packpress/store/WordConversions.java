package org.packpress.store;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which PDF a Word paper became (by the SHA-256 of its document and title): see {@code ingest/word/WordPapers}. */
@Repository
public class WordConversions {

    /** The converted PDF: its blob's SHA-256 and its number of pages. */
    public record Conversion(String pdfSha256, int pages) {
    }

    private final JdbcTemplate jdbc;

    public WordConversions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Conversion> find(String sourceKey) {
        return jdbc.query("SELECT pdf_sha256, pages FROM word_conversion WHERE source_key = ?",
                (rs, row) -> new Conversion(rs.getString(1), rs.getInt(2)), sourceKey).stream().findFirst();
    }

    public void save(String sourceKey, Conversion conversion) {
        jdbc.update("DELETE FROM word_conversion WHERE source_key = ?", sourceKey);
        jdbc.update("INSERT INTO word_conversion (source_key, pdf_sha256, pages) VALUES (?, ?, ?)", sourceKey,
                conversion.pdfSha256(), conversion.pages());
    }
}
