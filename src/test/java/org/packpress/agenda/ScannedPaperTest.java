package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.MarkedContents;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A scanned paper (a signed letter: pages that are pictures of text, without text or tags) is attached with the text
 * Tesseract recognises on it, tagged in paragraphs: a screen reader reads the letter, a search finds its words, and
 * its pack stays accessible; the import says what it did. Importing the same scan again reads nothing again.
 * Tesseract must be installed (.ci/run installs it).
 */
@PackPressTest
class ScannedPaperTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 3, 4);
    /** A letter as a scanner sees it: lines of text, two paragraphs. */
    private static final List<String> LETTER = List.of("Dear Chair,", "", "The budget for ZEBRA CROSSINGS is",
            "set out in the annex to this letter.", "", "Yours sincerely,");
    private static final String ANNEX = "ANNEX: PELICAN CROSSINGS BY WARD";
    private static final List<String> WELSH_LETTER = List.of("Annwyl Gadeirydd,", "",
            "Mae'r adroddiad am y dŵr a'r tŷ newydd", "wedi ei atodi i'r llythyr hwn.", "", "Yn gywir,");

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;

    @TempDir
    Path temp;

    @Test
    void aScannedLetterIsAttachedWithItsRecognisedTextTaggedForScreenReaders() throws IOException {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        TestFolders.edit(input.resolve("body.yaml"), "id: test-panel", "id: scan-panel");
        scan(input.resolve("papers/07b-slides.pdf"));

        List<String> report = imports.importPaths(List.of(input));
        assertThat(String.join("\n", report)).contains("papers/07b-slides.pdf: scanned pages without text; the pack"
                + " attaches them with the text Tesseract recognised");
        Path out = temp.resolve("out");
        builder.build("scan-panel", MEETING, out, null, AgendaPackBuilder.Progress.NONE);

        Path pack = out.resolve("scan-panel/2024-03-04/agenda-pack.pdf");
        TestFolders.keep(pack, Path.of("target/scan-panel"));
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.text().replaceAll("\\s+", " ")).contains("The budget for ZEBRA CROSSINGS is set out in the"
                    + " annex to this letter.");
            int page = letterPage(pdf);
            assertThat(MarkedContents.runs(pdf.document(), page)).as("the letter's tagged paragraphs, in reading order")
                    .filteredOn(run -> run.tag().equals("P")).map(run -> run.text().strip()).containsExactly("Dear Chair,", "The budget for ZEBRA CROSSINGS is set out in the annex to"
                            + " this letter.", "Yours sincerely,");
        }
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            int page = letterPage(pdf) + 1;
            PDRectangle annex = pdf.document().getPage(page - 1).getCropBox();
            assertThat(pdf.pageText(page)).as("the annex, scanned sideways, read upright").contains(ANNEX);
            assertThat(annex.getWidth()).as("shown as wide as it was turned to be").isGreaterThan(annex.getHeight());
            BufferedImage shown = new PDFRenderer(pdf.document()).renderImageWithDPI(page - 1, 50, ImageType.GRAY);
            assertThat(inked(shown, 0, shown.getHeight() / 3)).as("the annex's picture, drawn on its page's top third")
                    .isGreaterThan(20);
        }
        assertThat(VeraPdf.failedRules(pack)).isEmpty();

        assertThat(String.join("\n", imports.importPaths(List.of(input)))).as("the same scan is not read again")
                .doesNotContain("Tesseract");
    }

    /**
     * A Welsh body's scan is read in Welsh and English (Tesseract's {@code cym+eng}): its circumflexed letters come
     * out as written ("dŵr"), which English alone reads as other letters. Tesseract's Welsh must be installed
     * (.ci/run installs tesseract-ocr-cym).
     */
    @Test
    void aWelshBodysScanIsReadInWelsh() throws IOException {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        TestFolders.edit(input.resolve("body.yaml"), "id: test-panel", "id: scan-cy-panel");
        Files.writeString(input.resolve("body.yaml"), "styles:\n  - language: cy\n", StandardOpenOption.APPEND);
        BufferedImage letter = picture(1240, 1754, WELSH_LETTER);
        try (PDDocument document = new PDDocument()) {
            page(document, letter, 0);
            document.save(input.resolve("papers/07b-slides.pdf").toFile());
        }

        List<String> report = imports.importPaths(List.of(input));
        assertThat(String.join("\n", report)).contains("the text Tesseract recognised in Welsh and English");
        Path out = temp.resolve("out");
        builder.build("scan-cy-panel", MEETING, out, null, AgendaPackBuilder.Progress.NONE);
        try (PdfInspection pdf = PdfInspection.open(out.resolve("scan-cy-panel/2024-03-04/agenda-pack.pdf"))) {
            assertThat(pdf.text()).contains("dŵr", "tŷ");
        }
    }

    /** The dark pixels of an image's rows from {@code top} to {@code bottom}. */
    private static int inked(BufferedImage image, int top, int bottom) {
        int dark = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += (image.getRGB(x, y) & 0xFF) < 200 ? 1 : 0;
            }
        }
        return dark;
    }

    private static int letterPage(PdfInspection pdf) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (pdf.pageText(page).contains("ZEBRA")) {
                return page;
            }
        }
        throw new AssertionError("no page of the pack holds the letter's words");
    }

    /**
     * A picture of the letter on an A4 page at 150 dpi, as a scanner writes it, and of its annex on a landscape page
     * stored portrait and turned by {@code /Rotate 90}, as scanners store a page fed sideways.
     */
    private static void scan(Path pdf) throws IOException {
        BufferedImage letter = picture(1240, 1754, LETTER);
        BufferedImage annex = picture(1754, 1240, List.of(ANNEX));
        BufferedImage stored = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D turn = stored.createGraphics();
        turn.rotate(-Math.PI / 2);
        turn.translate(-1754, 0);
        turn.drawImage(annex, 0, 0, null);
        turn.dispose();
        try (PDDocument document = new PDDocument()) {
            page(document, letter, 0);
            page(document, stored, 90);
            document.save(pdf.toFile());
        }
    }

    private static BufferedImage picture(int width, int height, List<String> lines) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 150, 250 + i * 50);
        }
        g.dispose();
        return image;
    }

    private static void page(PDDocument document, BufferedImage image, int rotation) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        page.setRotation(rotation);
        document.addPage(page);
        PDImageXObject picture = LosslessFactory.createFromImage(document, image);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }
}
