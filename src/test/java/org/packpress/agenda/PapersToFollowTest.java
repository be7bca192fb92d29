package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.agenda.PackPublication;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An item whose paper is not here yet says "To follow" in the front sheet's supporting-document column
 * ({@code papersToFollow: true}, text block {@code agenda-to-follow}); once the paper is attached it goes out in a
 * supplementary agenda, the item "Attached". An item cannot be both.
 */
@PackPressTest
class PapersToFollowTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 3, 4);
    private static final String MEETING_FILE = "meetings/2024-03-04.yaml";
    /** Item 7b's papers in the test Panel's meeting file. */
    private static final String PAPERS = """
                documents:
                  - title: Road safety update
                    report: papers/07b-road-safety.md
                    appendices:
                      - label: A
                        title: Road safety slides
                        file: papers/07b-slides.pdf
            """;

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;
    @Autowired
    PackPublication publication;

    @TempDir
    Path temp;

    @Test
    void aPaperToFollowIsSaidToFollowThenGoesOutInASupplement() throws Exception {
        Path input = panel("follow-panel");
        TestFolders.edit(input.resolve(MEETING_FILE), PAPERS, "    papersToFollow: true\n");
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        builder.build("follow-panel", MEETING, out, null, AgendaPackBuilder.Progress.NONE);
        publication.publish("follow-panel", MEETING, "test officer");

        Path folder = out.resolve("follow-panel/2024-03-04");
        try (PdfInspection pack = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            assertThat(pack.pageText(1).replaceAll("\\s+", " ")).contains("To follow 7b Part two", "Attached 7a POLICE")
                    .doesNotContain("Road safety update");
        }
        assertThat(VeraPdf.failedRules(folder.resolve("agenda-pack.pdf"))).isEmpty();

        TestFolders.edit(input.resolve(MEETING_FILE), "    papersToFollow: true\n", PAPERS);
        imports.importPaths(List.of(input));
        builder.build("follow-panel", MEETING, out, null, AgendaPackBuilder.Progress.NONE);
        try (PdfInspection supplement = PdfInspection.open(folder.resolve("supplementary-agenda-1.pdf"))) {
            assertThat(supplement.pageText(1).replaceAll("\\s+", " ")).contains("SUPPLEMENTARY AGENDA",
                    "Attached 7b POLICE AND CRIME PLAN UPDATE", "Road safety update").doesNotContain("To follow");
        }
        try (PdfInspection pack = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            assertThat(pack.pageText(1).replaceAll("\\s+", " ")).contains("Attached 7b Part two").doesNotContain("To follow");
        }
    }

    @Test
    void anItemWhosePapersAreAttachedCannotSayTheyFollow() {
        Path input = panel("attached-panel");
        TestFolders.edit(input.resolve(MEETING_FILE), PAPERS, "    papersToFollow: true\n" + PAPERS);

        assertThatThrownBy(() -> imports.importPaths(List.of(input))).isInstanceOfSatisfying(
                InputRejectedException.class, e -> assertThat(e.errors()).containsExactly(new InputError(MEETING_FILE,
                        "agenda[4].papersToFollow", "the item's papers are attached: remove papersToFollow (it says"
                                + " that a paper is not here yet)", 30)));
    }

    private Path panel(String id) {
        Path folder = TestFolders.testPanel(temp.resolve(id));
        TestFolders.edit(folder.resolve("body.yaml"), "id: test-panel", "id: " + id);
        return folder;
    }
}
