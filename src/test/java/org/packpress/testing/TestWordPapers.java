package org.packpress.testing;

import java.time.Duration;
import org.packpress.common.PackPressProperties;
import org.packpress.ingest.RememberedPdfs;
import org.packpress.ingest.scan.ScannedPapers;
import org.packpress.ingest.word.WordConverter;
import org.packpress.ingest.word.WordPapers;
import org.packpress.render.pdf.AttachmentVerdicts;
import org.packpress.store.AttachmentVerdictRepository;
import org.packpress.store.BlobStore;
import org.packpress.store.WordConversions;
import org.springframework.jdbc.core.JdbcTemplate;

/** Word papers of an import put together by hand, for tests that build the importers without Spring. */
public final class TestWordPapers {

    private TestWordPapers() {
    }

    public static WordPapers of(JdbcTemplate jdbc) {
        return new WordPapers(new WordConverter(new PackPressProperties.Word("", Duration.ofSeconds(120)),
                PackPressProperties.Input.defaults()), pdfs(jdbc),
                new AttachmentVerdicts(new AttachmentVerdictRepository(jdbc)));
    }

    /** Scanned papers of an import put together by hand. */
    public static ScannedPapers scans(JdbcTemplate jdbc) {
        return new ScannedPapers(pdfs(jdbc));
    }

    private static RememberedPdfs pdfs(JdbcTemplate jdbc) {
        return new RememberedPdfs(new BlobStore(jdbc), new WordConversions(jdbc));
    }
}
