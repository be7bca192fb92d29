package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.BuildFailedException;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.annualreview.AnnualReviewBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.model.Finding;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A character that no embedded font can print (an emoji, a script DejaVu Sans lacks) would be left out of the PDF
 * without a trace: the checks refuse it, naming the document, the field or the report's line, and the character;
 * a Welsh, Greek or typographic character that the font has passes.
 */
@PackPressTest
class PrintableTextTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 3, 4);

    @Autowired
    ImportService imports;
    @Autowired
    ChecksEngine checks;
    @Autowired
    AgendaPackBuilder packs;
    @Autowired
    AnnualReviewBuilder reviews;

    @TempDir
    Path temp;

    @Test
    void aCharacterNoFontPrintsIsAnErrorNamingWhereItIsAndThePackIsNotPublished() {
        Path folder = panel("glyphs-panel");
        TestFolders.edit(folder.resolve("meetings/2024-03-04.yaml"), "Part one of the update, on",
                "Part one of the update 📊, on");
        TestFolders.edit(folder.resolve("papers/07a-neighbourhood.md"), "Patrol hours rose by a tenth",
                "Patrol hours rose by a tenth (上升)");
        imports.importPaths(List.of(folder));

        assertThat(fontFindings("glyphs-panel")).containsExactlyInAnyOrder(
                "agenda of 4 March 2024 | agenda[3].description | '📊' (U+1F4CA BAR CHART) in '…t one of the update 📊,"
                        + " on **neighbourho…' is not in the font DejaVu Sans: the PDF would leave it out",
                "item 7a paper 'Neighbourhood policing update' (4 March 2024) | line 9 of the text | '上' (U+4E0A CJK"
                        + " UNIFIED IDEOGRAPHS 4E0A), '升' (U+5347 CJK UNIFIED IDEOGRAPHS 5347) in '…rs rose by a tenth"
                        + " (上升) against the prev…' are not in the font DejaVu Sans: the PDF would leave them out");
        Path out = temp.resolve("out");
        assertThatThrownBy(() -> packs.build("glyphs-panel", MEETING, out, null, AgendaPackBuilder.Progress.NONE))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("error text.font-coverage: agenda of 4 March 2024, agenda[3].description: '📊'");
        assertThat(out.resolve("glyphs-panel/2024-03-04")).doesNotExist();
    }

    @Test
    void welshGreekAndTypographicCharactersPrintAndPass() throws IOException {
        Path folder = panel("printable-panel");
        String printable = "Ŵyn ap Siôn’s “report” ≥ 50% ✓ → €1,000 — ½ × Ελληνικά";
        TestFolders.edit(folder.resolve("meetings/2024-03-04.yaml"), "Part one of the update, on",
                "Part one of the update (" + printable + "), on");
        imports.importPaths(List.of(folder));

        assertThat(fontFindings("printable-panel")).isEmpty();
        Path out = temp.resolve("out");
        packs.build("printable-panel", MEETING, out, null, AgendaPackBuilder.Progress.NONE);
        try (PDDocument pack = Loader.loadPDF(out.resolve("printable-panel/2024-03-04/agenda-pack.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pack).replaceAll("\\s+", " ")).contains(printable);
        }
    }

    @Test
    void anAnnualReviewWithACharacterNoFontPrintsIsNotBuilt() {
        Path board = TestFolders.copy(Path.of("examples/wm-spcb"), temp.resolve("glyphs-spcb"));
        TestFolders.edit(board.resolve("body.yaml"), "id: wm-spcb", "id: glyphs-spcb");
        TestFolders.edit(board.resolve("performance/reviews/2020-21.yaml"), "purpose: The SPCB to note",
                "purpose: The SPCB 👍 to note");
        imports.importPaths(List.of(board));

        Path out = temp.resolve("out");
        assertThatThrownBy(() -> reviews.build("glyphs-spcb", "2020/21", out, null))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("text.font-coverage")
                .hasMessageContaining("purpose: '👍' (U+1F44D THUMBS UP SIGN) in 'The SPCB 👍 to note the annua…'");
        assertThat(out.resolve("glyphs-spcb")).doesNotExist();
    }

    /** The test Panel as {@code id}, its slides written. */
    private Path panel(String id) {
        Path folder = TestFolders.testPanel(temp.resolve(id));
        TestFolders.edit(folder.resolve("body.yaml"), "id: test-panel", "id: " + id);
        return folder;
    }

    /** The text.font-coverage findings of the meeting's pack, as "document | location or field | message". */
    private List<String> fontFindings(String body) {
        List<String> found = new ArrayList<>();
        for (Finding finding : checks.checkMeeting(body, MEETING)) {
            if (finding.rule().equals("text.font-coverage")) {
                found.add(finding.document() + " | " + (finding.location() != null ? finding.location()
                        : finding.field()) + " | " + finding.message());
            }
        }
        return found;
    }
}
