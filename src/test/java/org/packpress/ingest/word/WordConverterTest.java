package org.packpress.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.PackPressProperties;
import org.packpress.testing.VeraPdf;
import org.springframework.util.unit.DataSize;

/**
 * OpenDocument papers (.odt), Word 97–2003 ones (.doc) and rich text (.rtf) are converted like Word ones: to a tagged
 * PDF holding their text, with the same refusals; a package without its content is refused naming what it lacks. LibreOffice Writer must be installed (.ci/run installs it).
 */
class WordConverterTest {

    private static final WordConverter CONVERTER = new WordConverter(new PackPressProperties(null, null, null, null,
            null, null, null, null, null, new PackPressProperties.Word("", Duration.ofSeconds(120)), null,
            new PackPressProperties.Input(DataSize.ofMegabytes(100), DataSize.ofMegabytes(100))));

    @AfterAll
    static void stopLibreOffice() {
        CONVERTER.stop();
    }

    @Test
    void anOpenDocumentPaperBecomesATaggedPdfWithItsText() throws IOException {
        byte[] pdf = CONVERTER.toPdf("Budget report.odt", "Budget report",
                odt("The budget for ZEBRA CROSSINGS is set out."));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("The budget for ZEBRA CROSSINGS is set out.");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    /**
     * A report made in a word processor, with a reviewer's comment in it: the comment is left out (LibreOffice without
     * its user interface stopped with a fatal error on it, and the officer saw "CancellationException").
     */
    @Test
    void aWordPaperWithACommentIsConvertedWithoutTheComment() throws IOException {
        byte[] pdf = CONVERTER.toPdf("quarterly-update.docx", "Quarterly update", resource("quarterly-update.docx"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Purpose of the report", "CONCLUSION TEXT")
                    .doesNotContain("REVIEWER COMMENT");
            assertThat(document.getPages()).allSatisfy(page -> assertThat(page.getAnnotations())
                    .noneMatch(a -> "Text".equals(a.getSubtype()) || "Popup".equals(a.getSubtype())));
        }
    }

    /**
     * The same report (title page, headings on three levels, numbered and bulleted lists nested three deep, a table
     * with two header rows and merged cells, images with alternative text, a footnote, links, a landscape page, made in
     * LibreOffice and saved as .docx) passes PDF/UA-1 and PDF/A-2a once converted: LibreOffice's export claimed
     * PDF/A-2b only, without the ID of the footnote's Note, the tag of its link back, the PDF/UA schema or
     * {@code /Tabs /S}, and drew Word's bullets from a private character; a pack holding it was never accessible.
     */
    @Test
    void aWordPaperItsAuthorMadeAccessiblePassesPdfUaAndPdfA(@TempDir Path temp) throws IOException {
        Path pdf = Files.write(temp.resolve("quarterly-update.pdf"),
                CONVERTER.toPdf("quarterly-update.docx", "Quarterly update", resource("quarterly-update.docx")));

        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("\u2022", "BULLET ONE crime is down")
                    .doesNotContain("\uF0B7");
        }
    }

    /**
     * A Word 97–2003 paper is converted as the same paper saved as .docx is: its comment left out, tagged, and passing
     * PDF/UA-1 and PDF/A-2a but for what the .doc lost. (quarterly-update.doc and tracked-changes.doc are the .docx
     * resources saved as .doc by LibreOffice, {@code soffice --headless --convert-to doc}, which does not keep an
     * image's alternative text: veraPDF names the two figures without it, as the pack's accessibility report would.)
     */
    @Test
    void aWord97PaperIsConvertedAsItsDocxWouldBe(@TempDir Path temp) throws IOException {
        Path pdf = Files.write(temp.resolve("quarterly-update.pdf"),
                CONVERTER.toPdf("quarterly-update.doc", "Quarterly update", resource("quarterly-update.doc")));

        assertThat(VeraPdf.failedRules(pdf)).singleElement().asString().startsWith("quarterly-update.pdf: PDF/UA-1"
                + " 7.3-1 ×2: Figure tags shall include an alternative representation or replacement text");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Purpose of the report", "CONCLUSION TEXT")
                    .doesNotContain("REVIEWER COMMENT");
        }
    }

    @Test
    void aRichTextPaperBecomesATaggedPdfWithItsText() throws IOException {
        byte[] pdf = CONVERTER.toPdf("Budget report.rtf", "Budget report", rtf("The budget for ZEBRA CROSSINGS is set out."));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("The budget for ZEBRA CROSSINGS is set out.");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
        }
    }

    @Test
    void aDocOrRtfPaperWithTrackedChangesIsRefusedAsItsDocxWouldBe() throws IOException {
        byte[] doc = resource("tracked-changes.doc");
        byte[] rtf = rtf("The budget is {\\revised\\revauth1 newly }set out. Old wording"
                + " {\\deleted\\revauth1 REMOVED TEXT }stays.");

        assertThatThrownBy(() -> CONVERTER.toPdf("tracked-changes.doc", "Quarterly update", doc))
                .isInstanceOf(WordConversionException.class)
                .hasMessage("has tracked changes (2): accept or reject them in the word processor (Review, Accept or"
                        + " Reject) and attach it again, so that the pack shows the final text and not deleted wording");
        assertThatThrownBy(() -> CONVERTER.toPdf("tracked.rtf", "Quarterly update", rtf))
                .isInstanceOf(WordConversionException.class).hasMessageStartingWith("has tracked changes (2): ");
    }

    /** A .doc or .rtf that does not start as one is refused before LibreOffice could read it as plain text. */
    @Test
    void aDocThatIsNoWordDocumentIsRefusedSayingSo() {
        byte[] text = "Minutes of the last meeting".getBytes(StandardCharsets.UTF_8);

        for (String name : new String[] {"minutes.doc", "minutes.rtf"}) {
            assertThatThrownBy(() -> CONVERTER.toPdf(name, "Minutes", text)).isInstanceOf(WordConversionException.class)
                    .hasMessage("is not a readable Word 97–2003 document (.doc) or rich text (.rtf): it starts as"
                            + " neither does");
        }
    }

    /** Rich text as a word processor saves it, with a table of the reviewers its tracked changes name. */
    static byte[] rtf(String body) {
        return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Liberation Sans;}}{\\*\\revtbl{Unknown;}{Jo Reviewer;}}\n"
                + "\\pard\\plain\\f0\\fs24 " + body + "\\par\n}\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aWordPaperWithTrackedChangesIsRefusedSayingWhatToDo() throws IOException {
        byte[] tracked = resource("tracked-changes.docx");

        assertThatThrownBy(() -> CONVERTER.toPdf("tracked-changes.docx", "Quarterly update", tracked))
                .isInstanceOf(WordConversionException.class)
                .hasMessage("has tracked changes (2): accept or reject them in the word processor (Review, Accept or"
                        + " Reject) and attach it again, so that the pack shows the final text and not deleted wording");
    }

    @Test
    void anOpenDocumentPaperWithTrackedChangesIsRefusedAndOneWithACommentLosesOnlyTheComment() throws IOException {
        String tracked = "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion/></text:changed-region>"
                + "</text:tracked-changes><text:p>Kept text</text:p>";
        assertThatThrownBy(() -> CONVERTER.toPdf("paper.odt", "Quarterly update", zip(true, tracked)))
                .hasMessageStartingWith("has tracked changes (1): ");

        String commented = "<text:p>The ANNOTATED paragraph<office:annotation xmlns:office=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:office:1.0\"><text:p>A REVIEWER NOTE</text:p></office:annotation> goes on.</text:p>";
        try (PDDocument document = Loader.loadPDF(CONVERTER.toPdf("paper.odt", "Paper", zip(true, commented)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("The ANNOTATED paragraph goes on.")
                    .doesNotContain("REVIEWER NOTE");
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = WordConverterTest.class.getResourceAsStream("/word/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anOpenDocumentPackageWithoutItsContentIsRefusedSayingSo() throws IOException {
        byte[] noContent = zip(false, "");

        assertThatThrownBy(() -> CONVERTER.toPdf("Budget report.odt", "Quarterly update", noContent))
                .isInstanceOf(WordConversionException.class)
                .hasMessage("is not a readable OpenDocument text (.odt): the package has no content.xml");
    }

    /** The smallest OpenDocument text a word processor opens: its mimetype first and stored, a manifest, content. */
    static byte[] odt(String text) throws IOException {
        return zip(true, "<text:p>" + text + "</text:p>");
    }

    private static byte[] zip(boolean withContent, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
            if (withContent) {
                put(zip, "content.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                         <office:body><office:text>%s</office:text></office:body>
                        </office:document-content>
                        """.formatted(text));
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
