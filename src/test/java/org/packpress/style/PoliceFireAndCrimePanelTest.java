package org.packpress.style;

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
import org.packpress.model.style.FrontSheetStyle;
import org.packpress.model.style.FrontSheetStyle.TimeColumn;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conventions of Police, Fire and Crime Panels that a trial of such a Panel found missing (7 December 2026), on a
 * copy of the Northshire Panel (as body {@code pf-pcp}): its agendas give no times, and the front sheet then has no
 * column of times (house style {@code frontSheet.timeColumn: when-timed}).
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoliceFireAndCrimePanelTest {

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder packs;

    @TempDir
    static Path temp;

    Path out;

    @BeforeAll
    void importAndBuild() throws IOException {
        Path folder = TestFolders.copy(Path.of("examples/ns-pcp"), temp.resolve("in/pf-pcp"));
        Path body = folder.resolve("body.yaml");
        TestFolders.edit(body, "id: ns-pcp", "id: pf-pcp");
        TestFolders.edit(body, "      untimed: \"–\"\n", "      untimed: \"–\"\n      timeColumn: when-timed\n");
        Path october = folder.resolve("meetings/2024-10-07.yaml");
        Files.writeString(october, Files.readString(october).replaceAll(", time: \"\\d\\d:\\d\\d\"", "")
                .replaceAll("(?m)^ +time: \"\\d\\d:\\d\\d\"\\n", ""));
        imports.importPaths(List.of(folder));
        out = temp.resolve("out");
        packs.build("pf-pcp", NorthshireStyleTest.OCTOBER, out, null, AgendaPackBuilder.Progress.NONE);
    }

    @Test
    void anAgendaWithoutTimesHasNoColumnOfTimes() {
        Path pack = out.resolve("pf-pcp/2024-10-07/agenda-pack.pdf");
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.pageText(1)).contains("Topic").doesNotContain("Approximate");
            StructureTree.Element agenda = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table") && e.text().contains("Topic")).findFirst().orElseThrow();
            assertThat(agenda.cells().get(0)).containsExactly("TH:Supporting Document", "TH:Item", "TH:Topic");
            assertThat(agenda.cells()).hasSize(8).allSatisfy(row -> assertThat(row).hasSize(3));
        }
        assertThat(VeraPdf.failedRules(pack)).isEmpty();
    }

    @Test
    void whenTimedPrintsTheColumnForAnAgendaWithATimeAndTheDefaultAlways() {
        FrontSheetStyle whenTimed = new FrontSheetStyle(null, null, null, null, null, null, null, null, null,
                TimeColumn.WHEN_TIMED);
        assertThat(whenTimed.printsTimes(true)).isTrue();
        assertThat(whenTimed.printsTimes(false)).isFalse();
        assertThat(FrontSheetStyle.DEFAULT.printsTimes(false)).isTrue();
    }
}
