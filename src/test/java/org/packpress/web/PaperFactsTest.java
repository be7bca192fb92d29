package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.TestPdfs;

/**
 * What the meeting page says of a paper: a PDF that needs a password is named as such (it is never opened), one with
 * permission restrictions told as the copy without them, a readable one counted,
 * an untagged one and a scan without text told apart.
 */
class PaperFactsTest {

    private static final Function<Path, List<String>> NOT_JUDGED = pdf -> List.of();

    @TempDir
    Path folder;

    @Test
    void aPaperThatNeedsAPasswordIsNamedNotOpened() {
        TestPdfs.writeEncrypted(folder.resolve("locked.pdf"));

        PaperFacts facts = PaperFacts.of(folder, new MeetingYaml.Paper("Locked", "attachment", "locked.pdf"), NOT_JUDGED);

        assertThat(facts.pages()).isNull();
        assertThat(facts.accessibility()).isEqualTo("locked.pdf needs a password to open; attach a copy that opens"
                + " without one");
    }

    @Test
    void aPaperWithPermissionRestrictionsIsToldAsTheCopyTheImportAttaches() {
        Path open = TestPdfs.write(folder.resolve("open.pdf"), 2, "A restricted paper");
        TestPdfs.writeRestricted(open, folder.resolve("restricted.pdf"), 128, true);

        PaperFacts facts = PaperFacts.of(folder, new MeetingYaml.Paper("Restricted", "attachment", "restricted.pdf"), NOT_JUDGED);

        assertThat(facts.pages()).isEqualTo(2);
        assertThat(facts.accessibility()).startsWith("permission restrictions, which the import removes; untagged PDF:");
    }

    @Test
    void aReadablePaperHasItsPagesAndWhetherItIsTagged() {
        TestPdfs.write(folder.resolve("open.pdf"), 3, "An open paper");

        PaperFacts facts = PaperFacts.of(folder, new MeetingYaml.Paper("Open", "attachment", "open.pdf"), NOT_JUDGED);

        assertThat(facts.pages()).isEqualTo(3);
        assertThat(facts.accessibility()).startsWith("untagged PDF: not accessible to screen readers; ask the author"
                + " for a tagged copy");
    }

    /** A scan has no text to tag: the officer is told so, and what to ask for instead. */
    @Test
    void aScannedPaperIsNamedAsHavingNoText() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        Document document = new Document(PageSize.A4);
        try (OutputStream out = Files.newOutputStream(folder.resolve("scan.pdf"))) {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(Image.getInstance(png.toByteArray()));
            document.close();
        }

        PaperFacts facts = PaperFacts.of(folder, new MeetingYaml.Paper("Scan", "attachment", "scan.pdf"), NOT_JUDGED);

        assertThat(facts.pages()).isEqualTo(1);
        assertThat(facts.accessibility()).isEqualTo("scanned pages without text: a screen reader finds nothing to read;"
                + " ask the author for the document it was scanned from, as a tagged PDF or a Word document");
    }
}
