package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.minutes.ActionTrackerPapers;
import org.packpress.documents.minutes.MinutesPapers;
import org.packpress.ingest.ImportService;
import org.packpress.model.Audience;
import org.packpress.model.Body;
import org.packpress.store.BodyRepository;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The choices neither example states, set on a copy of the Northshire Panel (as body {@code choices-pcp}):
 * attendance by name, run on in one paragraph separated by "; ", clauses numbered "1." with "a." sub-clauses,
 * procedural notes after the resolution, and tracker rows as listed (the minutes' actions, then the tracker file's
 * older ones).
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherStyleChoicesTest {

    @Autowired
    ImportService imports;
    @Autowired
    BodyRepository bodies;
    @Autowired
    MinutesPapers minutes;
    @Autowired
    ActionTrackerPapers trackers;

    @TempDir
    static Path temp;

    Path minutesPdf;
    String minutesText;
    String trackerText;

    @BeforeAll
    void importAndBuild() {
        Path folder = TestFolders.copy(Path.of("examples/ns-pcp"), temp.resolve("in/choices-pcp"));
        Path body = folder.resolve("body.yaml");
        TestFolders.edit(body, "id: ns-pcp", "id: choices-pcp");
        TestFolders.edit(body, "attendanceOrder: by-role", "attendanceOrder: by-name");
        TestFolders.edit(body, "memberLine: authority-then-role", "memberLine: authority-then-role\n"
                + "      membersPresent: run-on\n      membersSeparator: \"; \"");
        TestFolders.edit(body, "clauseLabels: letter-then-roman", "clauseLabels: number-then-letter");
        TestFolders.edit(body, "proceduralNotes: after-text", "proceduralNotes: after-resolution");
        TestFolders.edit(body, "rowOrder: reference", "rowOrder: as-listed");
        // a family name written with a lower-case particle is sorted by its letters, not after Z
        TestFolders.edit(body, "familyName: Chandra}", "familyName: da Costa}");
        // clause references in the minutes' and the tracker's labels: b is 2 now
        for (String[] clause : List.of(new String[] {"b", "2"}, new String[] {"c", "3"}, new String[] {"d", "4"})) {
            TestFolders.edit(folder.resolve("minutes/2024-07-22.yaml"), "{clause: " + clause[0] + ",",
                    "{clause: " + clause[1] + ",");
            TestFolders.edit(folder.resolve("action-tracker.yaml"), "ref: 43 " + clause[0], "ref: 43 " + clause[1]);
        }
        // clause 2, which an action names, has sub-clauses: the action is the clause with them, word for word
        TestFolders.edit(folder.resolve("minutes/2024-07-22.yaml"),
                "        - text: the Commissioner provide the shoplifting figures for each district\n",
                "        - text: the Commissioner provide the shoplifting figures for each district\n"
                        + "          clauses:\n            - text: by month\n            - text: by size of shop\n");
        imports.importPaths(List.of(folder));
        Body panel = bodies.get("choices-pcp");
        minutesPdf = temp.resolve("minutes.pdf");
        minutes.render(panel, LocalDate.of(2024, 7, 22), Audience.PUBLIC, false, minutesPdf);
        Path trackerPdf = temp.resolve("tracker.pdf");
        trackers.renderPdf(trackers.tracker(panel, LocalDate.of(2024, 10, 7)), panel, null, false, trackerPdf);
        minutesText = oneLine(minutesPdf);
        trackerText = oneLine(trackerPdf);
    }

    private static String oneLine(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            return inspection.text().replaceAll("\\s+", " ");
        }
    }

    /** By family name, in one paragraph (a P, not a list) that wraps over lines, the members separated by "; ". */
    @Test
    void membersAreListedByFamilyNameInOneParagraph() {
        String members = "Cllr Helen Ashdown (Northshire County Council); Cllr Tom Birch (Eastmere District Council);"
                + " Cllr Priya da Costa (Northshire County Council); Cllr Owen Driscoll (Westford Borough Council –"
                + " Chairman); Cllr George Fenwick (Eastmere District Council); Margaret Hale MBE (Independent Panel"
                + " Member – Vice-Chairman); David Iqbal (Independent Panel Member)";
        assertThat(minutesText).contains(members);
        try (PdfInspection pdf = PdfInspection.open(minutesPdf)) {
            assertThat(StructureTree.all(pdf.document())).filteredOn(e -> e.type().equals("P"))
                    .extracting(StructureTree.Element::text).contains(members);
        }
        assertThat(VeraPdf.failedRules(minutesPdf)).isEmpty();
    }

    @Test
    void clausesAreNumberedAndActionsReferToThemByNumber() {
        assertThat(minutesText).containsSubsequence("1. the report be noted",
                "2. the Commissioner provide the shoplifting figures for each district",
                "4. the Commissioner write to members about the summer abstractions of neighbourhood officers; and",
                "5. the Panel's thanks be recorded to the Force's contact centre staff.");
        assertThat(trackerText).contains("43 2 22/07/24").doesNotContain("43 b");
    }

    @Test
    void anActionOnAClauseWithSubClausesCarriesThemToTheTracker() {
        assertThat(minutesText).containsSubsequence("2. the Commissioner provide the shoplifting figures for each"
                + " district", "a. by month", "b. by size of shop", "3. the Panel receive");
        // the row's columns interleave in the extracted text; the sub-clauses are a list under the clause
        assertThat(trackerText).containsSubsequence("43 2 22/07/24", "the Commissioner provide the",
                "shoplifting figures for each district", "• by month • by size of shop", "43 3 22/07/24");
    }

    /** The tracker reads a clause as the resolution does, after its preamble ("That"), not from its first word. */
    @Test
    void anActionOnAClauseReadsAfterTheResolutionsPreamble() {
        // the row's columns interleave in the extracted text
        assertThat(trackerText).containsSubsequence("43 3 22/07/24", "That the Panel receive an update on non-",
                "43 4 22/07/24", "That the Commissioner write to members", "about the summer abstractions of neighbourhood"
                + " officers");
    }

    @Test
    void aNotePlacedAfterTheResolutionPrintsAfterIt() {
        assertThat(minutesText).containsSubsequence("contact centre staff.",
                "Cllr Fenwick left the meeting during the discussion of this item.", "44 COMPLAINTS HANDLING");
    }

    @Test
    void trackerRowsAreAsListedTheMinutesActionsFirst() {
        // the outstanding actions: those of the minutes as listed there, then the tracker file's older one
        assertThat(trackerText).containsSubsequence("43 2 22/07/24", "43 3 22/07/24", "31 11/03/24", "43 4 22/07/24");
    }
}
