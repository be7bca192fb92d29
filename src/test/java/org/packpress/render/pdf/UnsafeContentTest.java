package org.packpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.render.DocumentInfo;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.TestPdfs;

/** Papers are merged into a pack without scripts, launch/submit/import actions, file links, embedded files or XFA. */
class UnsafeContentTest {

    private static final String ORIGIN = "item 7b: papers/07b-slides.pdf";

    @TempDir
    Path temp;

    @Test
    void unsafeContentIsRemovedAndNamedWhileTheRestOfThePaperStays() throws Exception {
        Path front = TestPdfs.write(temp.resolve("front.pdf"), 1, "Front sheet");
        Path unsafe = UnsafeAttachment.write(temp.resolve("unsafe.pdf"));
        try (PdfInspection attachment = PdfInspection.open(unsafe)) {
            assertThat(UnsafeAttachment.unsafeIn(attachment.document())).contains("JavaScript action", "Launch action",
                    "SubmitForm action", "ImportData action", "file: link", "embedded file stream",
                    "file attachment annotation", "XFA entry", "EmbeddedFiles entry");
        }
        Path target = temp.resolve("pack.pdf");

        PackAssembler.Assembled pack = PackAssembler.assemble(front, List.of(new PackAssembler.Section("Item 7b: SLIDES",
                List.of(new PackAssembler.Paper("Slides", unsafe, 2, 0, ORIGIN)))),
                new DocumentInfo("Test pack", "Test Panel", "Agenda pack"), target);

        assertThat(pack.removed()).containsOnlyKeys(ORIGIN);
        assertThat(pack.removed().get(ORIGIN)).containsExactlyInAnyOrder(
                "document JavaScript \"init\"",
                "embedded file \"budget.xlsx\"",
                "JavaScript action (open action)",
                "XFA form",
                "JavaScript action (form field \"email\", trigger K)",
                "JavaScript action (page 1, trigger O)",
                "launch action of calc.exe (link on page 1)",
                "link to file:///C:/Users/clerk/notes.docx (link on page 1)",
                "file attachment annotation (page 1)",
                "submit-form action (form field \"send\")",
                "JavaScript action (outline entry \"Start\")",
                "import-data action (outline entry \"Data\")");
        try (PdfInspection pdf = PdfInspection.open(target)) {
            assertThat(UnsafeAttachment.unsafeIn(pdf.document())).isEmpty();
            assertThat(pdf.pageText(2)).contains("Unsafe attachment page 1");
            List<PDAnnotation> annotations = pdf.document().getPage(1).getAnnotations();
            assertThat(annotations).filteredOn(PDAnnotationLink.class::isInstance)
                    .extracting(a -> ((PDAnnotationLink) a).getAction())
                    .filteredOn(PDActionURI.class::isInstance)
                    .extracting(a -> ((PDActionURI) a).getURI()).containsExactly(UnsafeAttachment.SAFE_LINK);
            OutlineEntry paper = pdf.outline().get(0).children().get(0);
            assertThat(paper.children()).extracting(OutlineEntry::title).containsExactly("Start", "Data");
            assertThat(paper.children().get(0).page()).isEqualTo(3);
        }
    }

    @Test
    void aPaperWithNothingUnsafeIsNotReported() {
        Path front = TestPdfs.write(temp.resolve("front.pdf"), 1, "Front sheet");
        Path report = TestPdfs.write(temp.resolve("report.pdf"), 2, "Report");
        PackAssembler.Assembled pack = PackAssembler.assemble(front, List.of(new PackAssembler.Section("Item 4: REPORT",
                List.of(new PackAssembler.Paper("Report", report, 2, 0, "item 4: report.pdf")))),
                new DocumentInfo("Test pack", "Test Panel", "Agenda pack"), temp.resolve("pack.pdf"));
        assertThat(pack.pages()).isEqualTo(3);
        assertThat(pack.removed()).isEmpty();
    }
}
