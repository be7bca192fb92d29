package org.packpress.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.PackPressProperties;
import org.packpress.ingest.RememberedPdfs;
import org.packpress.render.pdf.AttachmentVerdicts;
import org.packpress.render.pdf.PdfVerdict;
import org.packpress.store.AttachmentVerdictRepository;
import org.packpress.store.BlobStore;
import org.packpress.store.WordConversions;
import org.packpress.store.WordConversions.Conversion;
import org.packpress.testing.TestDatabases;
import org.packpress.testing.VeraPdf;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A converted Word paper claims PDF/UA-1 and PDF/A-2a only when veraPDF upholds the claim, judged as it is converted:
 * one whose images have no alternative text says it is not PDF/UA-1, and its verdict (the rule it fails) is kept for
 * its pack's assembly and accessibility report, which then need not validate it again.
 */
class ConvertedPaperClaimsTest {

    private static final WordConverter CONVERTER = new WordConverter(new PackPressProperties.Word("",
            Duration.ofSeconds(120)), PackPressProperties.Input.defaults());
    private static BlobStore blobs;
    private static AttachmentVerdicts verdicts;
    private static WordPapers papers;

    @BeforeAll
    static void store() {
        DataSource dataSource = TestDatabases.h2("converted-claims");
        TestDatabases.migrateFromScratch(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        blobs = new BlobStore(jdbc);
        verdicts = new AttachmentVerdicts(new AttachmentVerdictRepository(jdbc));
        papers = new WordPapers(CONVERTER, new RememberedPdfs(blobs, new WordConversions(jdbc)), verdicts);
    }

    @AfterAll
    static void stopLibreOffice() {
        CONVERTER.stop();
    }

    /** quarterly-update.doc: the .docx saved as Word 97–2003, which loses its images' alternative text. */
    @Test
    void aPaperWhoseImagesHaveNoAlternativeTextDoesNotClaimPdfUa(@TempDir Path temp) throws IOException {
        Conversion conversion = papers.pdf(resource(temp, "quarterly-update.doc"), "Quarterly update");

        String xmp = xmp(conversion);
        assertThat(xmp).doesNotContain("pdfuaid:part>1", "pdfuaid:part=\"1\"")
                .containsPattern("pdfaid:conformance(>|=\")A");
        PdfVerdict verdict = verdicts.known(conversion.pdfSha256());
        assertThat(verdict.accessible()).isFalse();
        assertThat(verdict.failedRules()).anySatisfy(rule -> assertThat(rule).contains("PDF/UA-1 7.3-1 ×2"))
                .contains(AttachmentVerdicts.NO_CLAIM);
        Path pdf = temp.resolve("converted.pdf");
        blobs.copyTo(conversion.pdfSha256(), pdf);
        assertThat(VeraPdf.failedRules(pdf)).as("veraPDF agrees: it fails PDF/UA-1, passes PDF/A-2a")
                .allSatisfy(rule -> assertThat(rule).contains("PDF/UA-1"));
    }

    @Test
    void aPaperItsAuthorMadeAccessibleKeepsItsClaims(@TempDir Path temp) throws IOException {
        Conversion conversion = papers.pdf(resource(temp, "quarterly-update.docx"), "Quarterly update");

        assertThat(xmp(conversion)).containsPattern("pdfuaid:part(>|=\")1").containsPattern("pdfaid:conformance(>|=\")A");
        assertThat(verdicts.known(conversion.pdfSha256())).as("judged as it was converted")
                .returns(true, PdfVerdict::accessible);
    }

    private static String xmp(Conversion conversion) throws IOException {
        try (PDDocument document = Loader.loadPDF(blobs.bytes(conversion.pdfSha256()))) {
            return new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
    }

    private static Path resource(Path folder, String name) throws IOException {
        try (InputStream in = ConvertedPaperClaimsTest.class.getResourceAsStream("/word/" + name)) {
            return Files.write(folder.resolve(name), in.readAllBytes());
        }
    }
}
