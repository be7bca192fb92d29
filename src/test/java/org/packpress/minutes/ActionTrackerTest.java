package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.minutes.ActionTracker;
import org.packpress.documents.minutes.ActionTrackerPapers;
import org.packpress.documents.minutes.TrackerRow;
import org.packpress.ingest.ImportService;
import org.packpress.model.Body;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.style.MinutesStyle;
import org.packpress.store.BodyRepository;
import org.packpress.store.minutes.MinutesRepository;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The Panel's action tracker as of January 2024, as a PDF and as a workbook. */
@SpringBootTest(properties = MinutesTests.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionTrackerTest {

    static final List<String> OUTSTANDING = List.of("693 ii", "751 iii", "774 ii", "774 iii");

    @Autowired ImportService imports;
    @Autowired ActionTrackerPapers trackers;
    @Autowired MinutesRepository store;
    @Autowired BodyRepository bodies;

    ActionTracker tracker;
    Path pdf;
    Path xlsx;

    @BeforeAll
    void build(@TempDir Path out) {
        MinutesTestSupport.importExamples(imports);
        Body body = bodies.get("wm-pcp");
        tracker = trackers.tracker(body, LocalDate.of(2024, 1, 15));
        pdf = out.resolve("tracker.pdf");
        xlsx = out.resolve("tracker.xlsx");
        trackers.renderPdf(tracker, body, null, false, pdf);
        trackers.writeWorkbook(tracker, body, OffsetDateTime.now(), xlsx);
        MinutesTestSupport.keep(pdf);
        MinutesTestSupport.keep(xlsx);
    }

    @Test
    void fourOutstandingActionsThenTwentyFiveCompleted() {
        assertThat(tracker.outstanding()).extracting(TrackerRow::ref).containsExactlyElementsOf(OUTSTANDING);
        assertThat(tracker.completed()).hasSize(25);
        String text = PanelMinutesTest.oneLine(PanelMinutesTest.text(pdf));
        assertThat(text).startsWith("West Midlands Police and Crime Panel – Action Tracker – January 2024");
        assertThat(text).containsSubsequence("1. Outstanding Actions", "693 ii Jan 2023", "751 iii Sept 2023",
                "774 ii Dec 2023", "774 iii Dec 2023", "2. Completed Actions", "764 ii Nov 2023");
    }

    @Test
    void completedRowsAreItalicAndOutstandingRowsAreNot() throws Exception {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            String italic = FontRuns.italic(inspection.document());
            assertThat(italic).contains("Volunteers sought to join the Panel's", "Minute/ Action No.");
            assertThat(italic).doesNotContain("further discussions on improving", "report back on the action taken");
        }
    }

    @Test
    void theTrackersWordsAreTheBodysTextBlocks(@TempDir Path out) throws Exception {
        Body panel = bodies.get("wm-pcp");
        Body own = MinutesTestSupport.withTextBlocks(panel, Map.of("tracker-programmed-for",
                "To come to the meeting of {{date}}", "document-subject-action-tracker", "Actions log",
                "tracker-workbook-sheet", "Actions log", "tracker-workbook-column-owner", "Lead officer",
                "tracker-status-outstanding", "Open", "tracker-workbook-summary-total", "All actions"));
        Path worded = out.resolve("own.pdf");
        trackers.renderPdf(tracker, own, null, false, worded);
        try (PdfInspection standard = PdfInspection.open(pdf); PdfInspection ownWords = PdfInspection.open(worded)) {
            assertThat(PanelMinutesTest.oneLine(standard.text())).contains("Programmed for 5 February 2024");
            assertThat(standard.subject()).isEqualTo("Action tracker");
            assertThat(PanelMinutesTest.oneLine(ownWords.text())).contains("To come to the meeting of 5 February 2024")
                    .doesNotContain("Programmed for 5 February 2024");
            assertThat(ownWords.subject()).isEqualTo("Actions log");
        }
        Path workbook = out.resolve("own.xlsx");
        trackers.writeWorkbook(tracker, own, OffsetDateTime.now(), workbook);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook owned = new XSSFWorkbook(in)) {
            XSSFSheet sheet = owned.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Actions log");
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("Lead officer").doesNotContain("Owner");
            assertThat(sheet.getTables().get(0).getColumns().get(headers.indexOf("Lead officer")).getName())
                    .isEqualTo("Lead officer");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as("an action without a status of the style's")
                    .isEqualTo(tracker.outstanding().get(0).statusLabel() == null ? "Open"
                            : tracker.outstanding().get(0).statusLabel());
            XSSFSheet summary = owned.getSheetAt(1);
            assertThat(summary.getRow(summary.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("All actions");
        }
    }

    @Test
    void action774iiIsClauseIiOfMinute774WordForWord() {
        Minutes december = store.findMinutes("wm-pcp", LocalDate.of(2023, 12, 18)).orElseThrow();
        String clause = december.item("774").orElseThrow().resolution().clauseText(MinutesStyle.ClauseLabels.ROMAN_THEN_LETTER, "ii");
        TrackerRow row = tracker.outstanding().stream().filter(r -> r.ref().equals("774 ii")).findFirst().orElseThrow();
        assertThat(row.action()).isEqualTo(clause);
        String pdfText = PanelMinutesTest.oneLine(PanelMinutesTest.text(pdf));
        assertThat(pdfText).contains("774 ii Dec 2023 That a further meeting of the Panel");
    }

    /**
     * The actions are an Excel table under the header row, so a screen reader announces each cell's column header
     * (and the table brings its filter buttons); its columns are named as the header cells read.
     */
    @Test
    void workbookHasTheSameRowsInATableUnderAFrozenHeader() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Action Tracker");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("West Midlands Police and Crime Panel – Action Tracker – January 2024");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Minute/ Action No.");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getTables()).singleElement().satisfies(table -> {
                assertThat(table.getStartCellReference().formatAsString()).isEqualTo("A2");
                assertThat(table.getEndCellReference().getRow()).isEqualTo(sheet.getLastRowNum());
                List<String> headers = new ArrayList<>();
                sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
                assertThat(table.getColumns()).extracting(org.apache.poi.xssf.usermodel.XSSFTableColumn::getName)
                        .isEqualTo(headers);
            });
            List<String> refs = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                refs.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(refs).isEqualTo(tracker.all().stream().map(TrackerRow::ref).toList());
            int ragColumn = -1;
            for (int c = 0; c < sheet.getRow(1).getLastCellNum(); c++) {
                if (sheet.getRow(1).getCell(c).getStringCellValue().equals("RAG")) {
                    ragColumn = c;
                }
            }
            assertThat(ragColumn).as("the RAG column").isNotNegative();
            List<String> rags = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rags.add(sheet.getRow(r).getCell(ragColumn).getStringCellValue());
            }
            // the RAG column: a rating for each outstanding action, none for a completed one
            assertThat(rags).isEqualTo(tracker.all().stream().map(t -> t.rag() == null ? "" : t.rag().name()).toList());
            assertThat(rags.subList(0, tracker.outstanding().size())).allMatch(List.of("RED", "AMBER", "GREEN")::contains);
            assertThat(rags.subList(tracker.outstanding().size(), rags.size())).allMatch(String::isEmpty);
            assertThat(refs.subList(0, 4)).isEqualTo(OUTSTANDING);
            Row completed = sheet.getRow(2 + 4);
            assertThat(completed.getCell(0).getStringCellValue()).isEqualTo("Completed");
            assertThat(workbook.getFontAt(completed.getCell(3).getCellStyle().getFontIndex()).getItalic()).isTrue();
            Row outstanding = sheet.getRow(2);
            assertThat(workbook.getFontAt(outstanding.getCell(3).getCellStyle().getFontIndex()).getItalic()).isFalse();
            assertThat(outstanding.getCell(3).getStringCellValue()).isEqualTo(PanelMinutesTest.oneLine(
                    tracker.outstanding().get(0).action()));
        }
    }

    /**
     * The default house style prints neither owners, due dates nor statuses in columns of their own: four columns
     * where they always were (the Action column 120pt and the Update column 313pt from the table's left edge), each row
     * of four cells, and an action's programmed meeting in its update only.
     */
    @Test
    void theDefaultTrackerKeepsItsFourColumnsInTheirPlaces() {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<StructureTree.Element> tables = StructureTree.all(inspection.document()).stream()
                    .filter(e -> e.type().equals("Table")).toList();
            assertThat(tables).hasSize(2).allSatisfy(table -> {
                assertThat(table.cells().get(0)).containsExactly("TH:Minute/ Action No.", "TH:Meeting Date",
                        "TH:Action", "TH:Update/ Notes");
                assertThat(table.cells()).allSatisfy(row -> assertThat(row).hasSize(4));
            });
            List<PdfInspection.Word> words = inspection.words(1);
            float left = x(words, "Minute/");
            assertThat(x(words, "Action") - left).isCloseTo(120f, within(0.5f));
            assertThat(x(words, "Update/ Notes") - left).isCloseTo(313f, within(0.5f));
            assertThat(PanelMinutesTest.oneLine(inspection.text())).contains("Programmed for 5 February 2024")
                    .doesNotContain("5 Feb 2024");
        }
    }

    private static float x(List<PdfInspection.Word> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + words)).x();
    }

    @Test
    void theTrackerOfAnEarlierDateLeavesOutLaterActionsAndUpdates() {
        ActionTracker november = trackers.tracker(bodies.get("wm-pcp"), LocalDate.of(2023, 11, 30));
        assertThat(november.all()).extracting(TrackerRow::ref).doesNotContain("774 ii", "774 iii");
        assertThat(november.outstanding()).extracting(TrackerRow::ref).contains("764 ii");
    }
}
