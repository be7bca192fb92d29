package org.packpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.BuildFailedException;
import org.packpress.render.DocumentInfo;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.TestPdfs;

class PackAssemblerTest {

    @TempDir
    Path temp;

    static final DocumentInfo INFO = new DocumentInfo("Test pack", "Test Panel", "Agenda pack");

    @Test
    void mergesInOrderWithOutlineLabelsAndStamps() {
        Path front = TestPdfs.write(temp.resolve("front.pdf"), 2, "Front sheet");
        Path report = TestPdfs.write(temp.resolve("report.pdf"), 3, "Report");
        Path appendix = TestPdfs.write(temp.resolve("appendix.pdf"), 2, "Appendix");
        Path target = temp.resolve("pack.pdf");

        int pages = PackAssembler.assemble(front, List.of(new PackAssembler.Section("Item 4: MINUTES", List.of(
                new PackAssembler.Paper("Report", report, 3, 0, "item 4: report.pdf"),
                new PackAssembler.Paper("Appendix A: Data", appendix, 2, 1, "item 4: appendix.pdf")))), INFO, target).pages();

        assertThat(pages).isEqualTo(7);
        try (PdfInspection pdf = PdfInspection.open(target)) {
            assertThat(pdf.pageCount()).isEqualTo(7);
            assertThat(pdf.pageLabels()).containsExactly("1", "2", "3", "4", "5", "6", "7");
            assertThat(pdf.pageText(3)).contains("Report page 1").contains("Page 3");
            assertThat(pdf.pageText(6)).contains("Appendix page 1").contains("Page 6");
            OutlineEntry item = pdf.outline().get(0);
            assertThat(item.title()).isEqualTo("Item 4: MINUTES");
            assertThat(item.page()).isEqualTo(3);
            assertThat(item.children()).extracting(OutlineEntry::page).containsExactly(3, 6);
            assertThat(pdf.title()).isEqualTo("Test pack");
            assertThat(pdf.language()).isEqualTo("en-GB");
        }
    }

    @Test
    void rotatedPagesAreStampedToo() throws Exception {
        Path front = TestPdfs.write(temp.resolve("front.pdf"), 1, "Front sheet");
        Path plain = TestPdfs.write(temp.resolve("plain.pdf"), 1, "Landscape slide");
        Path rotated = temp.resolve("rotated.pdf");
        PdfReader reader = new PdfReader(plain.toString());
        reader.getPageN(1).put(PdfName.ROTATE, new PdfNumber(90));
        try (OutputStream out = Files.newOutputStream(rotated)) {
            new PdfStamper(reader, out).close();
        }
        Path target = temp.resolve("pack.pdf");
        PackAssembler.assemble(front, List.of(new PackAssembler.Section("Item 7: SLIDES",
                List.of(new PackAssembler.Paper("Slides", rotated, 1, 0, "item 7: rotated.pdf")))), INFO, target);
        try (PdfInspection pdf = PdfInspection.open(target)) {
            assertThat(pdf.document().getPage(1).getRotation()).isEqualTo(90);
            assertThat(pdf.pageText(2)).contains("Page 2").contains("Landscape slide");
        }
    }

    @Test
    void unreadablePaperNamesItsOriginAndLeavesNoFile() throws Exception {
        Path front = TestPdfs.write(temp.resolve("front.pdf"), 1, "Front sheet");
        Path broken = temp.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.4 nothing else");
        Path target = temp.resolve("pack.pdf");
        assertThatThrownBy(() -> PackAssembler.assemble(front, List.of(new PackAssembler.Section("Item 8: PEEL",
                List.of(new PackAssembler.Paper("Inspection", broken, 1, 0, "item 8: papers/08-peel.pdf")))), INFO, target))
                .isInstanceOf(BuildFailedException.class).hasMessageStartingWith("item 8: papers/08-peel.pdf");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".pack.pdf") || n.equals("pack.pdf"));
        }
    }
}
