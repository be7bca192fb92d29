package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Panel of another convention, on a copy of the Northshire Panel (as body {@code oc-pcp}): agenda items labelled
 * "Item 5a", titles printed as written, times written "10.00 am", minutes whose title line gives the start in that format, and independent
 * members with titles and post-nominals of their own; its October meeting is an extraordinary one, headed so.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherConventionTest {

    @Autowired
    ImportService imports;
    @Autowired
    MinutesPublisher publisher;
    @Autowired
    AgendaPackBuilder packs;

    @TempDir
    static Path temp;

    Path pack;
    String minutes;

    @BeforeAll
    void importAndBuild() {
        Path folder = TestFolders.copy(Path.of("examples/ns-pcp"), temp.resolve("in/oc-pcp"));
        Path body = folder.resolve("body.yaml");
        TestFolders.edit(body, "id: ns-pcp", "id: oc-pcp");
        TestFolders.edit(body, "itemLabel: \"{number}.\"", "itemLabel: \"Item {number}\"\n      timeFormat: h.mm a\n"
                + "      itemTitles: as-written");
        TestFolders.edit(body, "    textBlocks:\n", "    textBlocks:\n"
                + "      minutes-title: \"Minutes of the meeting of the {{body.name}} held on {{date}} at {{time}}\"\n"
                + "      agenda-heading-extraordinary: EXTRAORDINARY MEETING – AGENDA\n");
        Path october = folder.resolve("meetings/2024-10-07.yaml");
        TestFolders.edit(october, "type: ordinary", "type: extraordinary");
        TestFolders.edit(october, "title: ACTIONS LOG", "title: Actions Log");
        // two independent members, one with post-nominals and one with a title of his own, send apologies
        TestFolders.edit(body, "{id: david-iqbal, givenName", "{id: david-iqbal, prefix: Mr, givenName");
        Path july = folder.resolve("minutes/2024-07-22.yaml");
        TestFolders.edit(july, "  - person: margaret-hale\n", "");
        TestFolders.edit(july, "  - person: david-iqbal\n", "");
        TestFolders.edit(july, "apologies: []", "apologies:\n  - person: margaret-hale\n  - person: david-iqbal");
        imports.importPaths(List.of(folder));
        Path out = temp.resolve("out");
        publisher.publishMinutes("oc-pcp", LocalDate.of(2024, 7, 22), out, null);
        packs.build("oc-pcp", LocalDate.of(2024, 10, 7), out, null, AgendaPackBuilder.Progress.NONE);
        pack = out.resolve("oc-pcp/2024-10-07/agenda-pack.pdf");
        minutes = NorthshireStyleTest.oneLine(out.resolve("oc-pcp/2024-07-22/minutes.pdf"));
    }

    @Test
    void aLongerItemLabelKeepsToOneLineInAWiderItemColumn() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            String front = pdf.pageText(1);
            assertThat(front).contains("Item 1", "Item 3", "Item 5a", "Item 5b", "Item 6");
            assertThat(front.replaceAll("\\s+", " ")).containsSubsequence("Item 5a",
                    "CONFIRMATION HEARING – DEPUTY POLICE AND CRIME", "10.20 am");
        }
        assertThat(VeraPdf.failedRules(pack)).isEmpty();
    }

    @Test
    void itemTitlesPrintAsWritten() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.pageText(1)).contains("Actions Log").doesNotContain("ACTIONS LOG")
                    .contains("CONFIRMATION HEARING – DEPUTY POLICE AND CRIME");
        }
    }

    @Test
    void anExtraordinaryMeetingsFrontSheetSaysSo() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.pageText(1)).contains("EXTRAORDINARY MEETING – AGENDA");
            assertThat(pdf.document().getDocumentInformation().getTitle())
                    .startsWith("Extraordinary meeting – agenda pack – Northshire Police and Crime Panel");
        }
    }

    @Test
    void independentMembersSendingApologiesAreNamedAsInTheAttendanceLines() {
        assertThat(minutes).contains("Apologies for absence were submitted on behalf of Margaret Hale MBE"
                + " (Independent Panel Member) and Mr David Iqbal (Independent Panel Member).");
    }

    @Test
    void theMinutesTitleGivesTheStartInTheStylesTimeFormat() {
        assertThat(minutes).contains("Minutes of the meeting of the Northshire Police and Crime Panel held on"
                + " 22 July 2024 at 10.00 am").doesNotContain("10:00");
    }
}
