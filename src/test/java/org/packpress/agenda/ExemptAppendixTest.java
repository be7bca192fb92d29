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
import org.packpress.testing.TestPdfs;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A public item's paper may hold exempt information (an exempt appendix, {@code exempt: 3} on the paper): the public
 * pack holds the item and its other papers, the front sheet says which paper is not for publication and why, and
 * the confidential pack (made for it, though no item is exempt) holds the appendix too. The test Panel's slides are
 * an untagged PDF, so the public pack is accessible and the confidential one is not.
 */
@PackPressTest
class ExemptAppendixTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 3, 4);
    private static final String MEETING_FILE = "meetings/2024-03-04.yaml";
    private static final String APPENDIX = """
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
    void anExemptAppendixIsLeftOutOfThePublicPackAndNamedOnTheFrontSheet() throws Exception {
        Path input = panel("appendix-panel");
        TestFolders.edit(input.resolve(MEETING_FILE), APPENDIX, APPENDIX + "            exempt: 3\n");
        TestFolders.edit(input.resolve(MEETING_FILE), "    exempt: 3\n    documents:", "    documents:");
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        builder.build("appendix-panel", MEETING, out, null, AgendaPackBuilder.Progress.NONE);

        Path folder = out.resolve("appendix-panel/2024-03-04");
        String notice = "Not for publication: Road safety slides contains exempt information under paragraph 3 of"
                + " Part 1 of Schedule 12A to the Local Government Act 1972.";
        try (PdfInspection pack = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            assertThat(pack.pageText(1).replaceAll("\\s+", " ")).contains("Attached 7b", notice);
            assertThat(pack.text()).contains("Road safety update").doesNotContain("Road safety slide page 1");
        }
        try (PdfInspection pack = PdfInspection.open(folder.resolve("agenda-pack-confidential.pdf"))) {
            assertThat(pack.pageText(1).replaceAll("\\s+", " ")).contains(notice);
            assertThat(pack.text()).contains("Road safety update", "Road safety slide page 1");
        }
        assertThat(VeraPdf.failedRules(folder.resolve("agenda-pack.pdf")))
                .as("the public pack is accessible without the (untagged) slides").isEmpty();
    }

    /**
     * Once the pack is published, a replaced exempt appendix goes to members in a confidential supplement; the public
     * get no supplement, since none of their papers changed (a supplement of the item's unchanged papers told them
     * nothing, and members got none).
     */
    @Test
    void aReplacedExemptAppendixGoesOutInAConfidentialSupplementOnly() throws Exception {
        Path input = panel("appendix-supplement");
        TestFolders.edit(input.resolve(MEETING_FILE), APPENDIX, APPENDIX + "            exempt: 3\n");
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        builder.build("appendix-supplement", MEETING, out, null, AgendaPackBuilder.Progress.NONE);
        publication.publish("appendix-supplement", MEETING, "test officer");

        TestPdfs.write(input.resolve("papers/07b-slides.pdf"), 2, "Revised road safety slide");
        imports.importPaths(List.of(input));
        builder.build("appendix-supplement", MEETING, out, null, AgendaPackBuilder.Progress.NONE);

        Path folder = out.resolve("appendix-supplement/2024-03-04");
        assertThat(folder.resolve("supplementary-agenda-1.pdf")).doesNotExist();
        try (PdfInspection supplement = PdfInspection.open(folder.resolve("supplementary-agenda-1-confidential.pdf"))) {
            assertThat(supplement.text()).contains("Revised road safety slide page 1");
        }
    }

    /** An exempt item's papers are all exempt: a paper of one that says so again is refused, naming where. */
    @Test
    void aPaperOfAnExemptItemIsNotMarkedExemptAgain() {
        Path input = panel("appendix-twice");
        TestFolders.edit(input.resolve(MEETING_FILE), "        report: papers/09-custody-contract.md\n",
                "        report: papers/09-custody-contract.md\n        exempt: 3\n");

        assertThatThrownBy(() -> imports.importPaths(List.of(input))).isInstanceOfSatisfying(
                InputRejectedException.class, e -> assertThat(e.errors()).extracting(InputError::toString)
                        .anyMatch(m -> m.startsWith("meetings/2024-03-04.yaml: agenda[6].documents[1].exempt: the item is"
                                + " exempt, so all its papers are")));
    }

    private Path panel(String id) {
        Path folder = TestFolders.testPanel(temp.resolve(id));
        TestFolders.edit(folder.resolve("body.yaml"), "id: test-panel", "id: " + id);
        return folder;
    }
}
