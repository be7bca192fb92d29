package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agenda that takes its exempt item before its public business (a copy of the test Panel whose exempt item 9 is
 * taken as item 3, without its slides; house style {@code frontSheet.partHeadings: when-private}): the front sheet
 * marks where the press and public are excluded and where they are readmitted, each a row of the agenda table.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmissionTest {

    static final String READMISSION = "READMISSION OF THE PRESS AND PUBLIC The press and public will be readmitted to"
            + " the meeting for the following items.";
    static final String PART_1 = "PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC";

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;

    @TempDir
    static Path temp;

    List<Path> packs;

    @BeforeAll
    void build() throws IOException {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        TestFolders.edit(input.resolve("body.yaml"), "id: test-panel", "id: readmit-panel");
        Files.writeString(input.resolve("body.yaml"), Files.readString(input.resolve("body.yaml"))
                + "styles:\n  - frontSheet:\n      partHeadings: when-private\n");
        Path meeting = input.resolve("meetings/2024-03-04.yaml");
        String agenda = Files.readString(meeting);
        int exempt = agenda.indexOf("  - number: \"9\"");
        String item = agenda.substring(exempt).replace("number: \"9\"", "number: \"3\"")
                .replace("time: \"11:05\"", "time: \"10:02\"");
        // without the slides, an attachment that is not accessible and would make the packs claim neither profile
        Files.writeString(meeting, agenda.substring(0, exempt).replace("  - number: 7a\n", item + "  - number: 7a\n")
                .replaceAll("(?s)        appendices:.*?07b-slides.pdf\n", ""));
        imports.importPaths(List.of(input));
        packs = builder.build("readmit-panel", LocalDate.of(2024, 3, 4), temp.resolve("out"), null,
                AgendaPackBuilder.Progress.NONE).files();
    }

    @Test
    void theFrontSheetReadmitsThePublicWhereThePublicBusinessResumes() {
        try (PdfInspection pdf = PdfInspection.open(packs.get(0))) {
            assertThat(pdf.text(1, 2).replaceAll("\\s+", " ")).containsSubsequence(PART_1, "1 NOTICE OF RECORDING",
                    "2 APOLOGIES", "EXCLUSION OF THE PRESS AND PUBLIC", "PART 2 – ITEMS TO BE CONSIDERED IN PRIVATE",
                    "3 CONTRACT AWARD FOR CUSTODY HEALTHCARE", READMISSION, PART_1, "7a POLICE AND CRIME PLAN UPDATE",
                    "8 URGENT BUSINESS");
        }
    }

    @Test
    void theReadmissionAndItsHeadingAreRowsOfTheAgendaTable() {
        try (PdfInspection pdf = PdfInspection.open(packs.get(0))) {
            StructureTree.Element agenda = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table") && e.text().contains("Topic")).findFirst().orElseThrow();
            List<List<String>> rows = agenda.cells();
            int readmission = rows.indexOf(List.of("TD:", "TD:", "TD:" + READMISSION, "TD:"));
            assertThat(readmission).isPositive();
            assertThat(rows.get(readmission - 1)).startsWith("TD:Not for publication", "TD:3");
            assertThat(rows.get(readmission + 1)).containsExactly("TD:", "TD:", "TD:" + PART_1, "TD:");
            assertThat(rows.get(readmission + 2)).startsWith("TD:Attached", "TD:7a");
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(4));
        }
    }

    @Test
    void bothPacksStayAccessible() {
        assertThat(packs).hasSize(2);
        for (Path pack : packs) {
            assertThat(VeraPdf.failedRules(pack)).as(pack.getFileName().toString()).isEmpty();
        }
    }
}
