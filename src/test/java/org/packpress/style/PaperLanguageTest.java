package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.annualreview.AnnualReviewBuilder;
import org.packpress.documents.kpi.KpiWorkbookBuilder;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The language of a body's papers is house style: a made-up Welsh Panel ({@code cy-pcp}, a copy of the Northshire
 * Panel with {@code language: cy}) gets its dates in Welsh and PDFs and a workbook that declare Welsh; a Panel that
 * writes September "Sep" ({@code sep-pcp}, British English with short months of its own) gets that in its tracker.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperLanguageTest {

    static final LocalDate JULY = LocalDate.of(2024, 7, 22);
    static final LocalDate OCTOBER = LocalDate.of(2024, 10, 7);

    @Autowired
    ImportService imports;
    @Autowired
    MinutesPublisher publisher;
    @Autowired
    AgendaPackBuilder packs;
    @Autowired
    KpiWorkbookBuilder workbooks;
    @Autowired
    AnnualReviewBuilder reviews;

    @TempDir
    static Path temp;

    Path out;
    Path pack;
    Path minutes;
    Path welshWorkbook;
    Path englishWorkbook;
    Path review;

    @BeforeAll
    void importAndBuild() {
        Path welsh = copy("cy-pcp", "  - language: cy\n    frontSheet:\n      dateTimeLine: \"{date} am {time}\"");
        // a bilingual title line: the date in the style's Welsh, then asked for in English
        TestFolders.edit(welsh.resolve("body.yaml"), "    textBlocks:\n", "    textBlocks:\n      minutes-title: \"Cofnodion"
                + " y cyfarfod a gynhaliwyd ar {{date}} / Minutes of the meeting held on {{date:en-GB}}\"\n"
                + "      tracker-column-due: Dyddiad cau\n      tracker-workbook-column-status: Statws\n");
        // the tracker's columns of due dates and statuses, headed by the body's Welsh text blocks
        TestFolders.edit(welsh.resolve("body.yaml"), "      meetingDateFormat: MMM yyyy\n",
                "      meetingDateFormat: MMM yyyy\n      dueColumn: true\n      statusColumn: true\n");
        Path sep = copy("sep-pcp", "  - language:\n      tag: en-GB\n      shortMonths: [Jan, Feb, Mar, Apr, May, Jun,"
                + " Jul, Aug, Sep, Oct, Nov, Dec]\n    frontSheet:");
        // an older action of the Panel's from a September meeting, which the tracker lists by its month
        TestFolders.edit(sep.resolve("action-tracker.yaml"), "meeting: 2024-03-11", "meeting: 2024-09-11");
        imports.importPaths(List.of(welsh, sep, welshBoard()));
        out = temp.resolve("out");
        publisher.publishMinutes("cy-pcp", JULY, out, null);
        publisher.publishTracker("cy-pcp", OCTOBER, out, null);
        publisher.publishTracker("sep-pcp", OCTOBER, out, null);
        packs.build("cy-pcp", OCTOBER, out, null, AgendaPackBuilder.Progress.NONE);
        pack = out.resolve("cy-pcp/2024-10-07/agenda-pack.pdf");
        minutes = out.resolve("cy-pcp/2024-07-22/minutes.pdf");
        welshWorkbook = workbooks.build("pcp-2016", "cy-spcb", "2020/21", out, null);
        englishWorkbook = workbooks.build("pcp-2016", "cy-spcb", "2019/20", out, null);
        review = reviews.build("cy-spcb", "2020/21", out, null);
    }

    /** The Board ({@code cy-spcb}), Welsh from the start of 2020/21, with its own words for a year ending. */
    private static Path welshBoard() {
        Path board = TestFolders.copy(Path.of("examples/wm-spcb"), temp.resolve("in/cy-spcb"));
        TestFolders.edit(board.resolve("body.yaml"), "id: wm-spcb", "id: cy-spcb");
        try {
            Files.writeString(board.resolve("body.yaml"), Files.readString(board.resolve("body.yaml"))
                    + "styles:\n  - effectiveFrom: 2020-04-01\n    language: cy\n    textBlocks:\n"
                    + "      period-year-ending: \"blwyddyn yn gorffen {{month}} {{year}}\"\n"
                    + "      period-year-ending-in-sentence: \"y flwyddyn yn gorffen {{month}} {{year}}\"\n"
                    + "      period-year-ending-short: \"BYG {{month}} {{year}}\"\n"
                    + "      kpi-statuses: \"Wedi'i gyflawni\\nWedi'i gyflawni'n rhannol\\nHeb ei gyflawni\\nDim modd asesu\"\n"
                    + "      kpi-grades: \"Rhagorol\\nDa\\nDigonol\\nAngen gwella\\nAnnigonol\\nHeb radd\"\n"
                    + "      kpi-finding-kinds: \"Maes i'w wella\\nAchos pryder\"\n"
                    + "      kpi-unit-rate: \"fesul {{base}}\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return board;
    }

    /** The Northshire Panel as {@code id}, its first style opening with {@code style} and the tracker's month words. */
    private static Path copy(String id, String style) {
        Path folder = TestFolders.copy(Path.of("examples/ns-pcp"), temp.resolve("in/" + id));
        Path body = folder.resolve("body.yaml");
        TestFolders.edit(body, "id: ns-pcp", "id: " + id);
        TestFolders.edit(body, "  - frontSheet:", style);
        TestFolders.edit(body, "meetingDateFormat: dd/MM/yy", "meetingDateFormat: MMM yyyy");
        return folder;
    }

    @Test
    void theWelshFrontSheetDatesTheMeetingInWelsh() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.pageText(1).replaceAll("\\s+", " ")).contains("Dydd Llun 7 Hydref 2024 am 10:00")
                    .doesNotContain("Monday");
        }
    }

    @Test
    void aBilingualTextBlockGivesTheDateInBothLanguages() {
        assertThat(NorthshireStyleTest.oneLine(minutes)).contains("Cofnodion y cyfarfod a gynhaliwyd ar 22 Gorffennaf 2024"
                + " / Minutes of the meeting held on 22 July 2024");
    }

    @Test
    void theWelshMinutesAndTrackerWordTheirDatesInWelsh() {
        try (PdfInspection pdf = PdfInspection.open(minutes)) {
            assertThat(pdf.title()).endsWith("held on 22 Gorffennaf 2024");
        }
        String tracker = NorthshireStyleTest.oneLine(out.resolve("cy-pcp/2024-10-07/action-tracker.pdf"));
        assertThat(tracker).startsWith("Northshire Police and Crime Panel – Actions Log – Hydref 2024")
                .contains("43 b Gorff 2024").doesNotContain("Jul 2024");
    }

    /** The columns of due dates and statuses are headed by the body's text blocks, the due dates worded in Welsh. */
    @Test
    void theWelshTrackersDueDatesAndStatusesAreInColumnsWordedInWelsh() throws IOException {
        Path tracker = out.resolve("cy-pcp/2024-10-07/action-tracker.pdf");
        try (PdfInspection pdf = PdfInspection.open(tracker)) {
            StructureTree.Element open = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table")).findFirst().orElseThrow();
            assertThat(open.cells().get(0)).containsExactly("TH:Ref.", "TH:Meeting Date", "TH:Action", "TH:Dyddiad cau",
                    "TH:Statws", "TH:Progress");
            assertThat(open.cells()).anySatisfy(row -> assertThat(row).startsWith("TD:43 c", "TD:Gorff 2024")
                    .contains("TD:7 Hyd 2024"));
        }
        assertThat(VeraPdf.failedRules(tracker)).isEmpty();
        try (InputStream in = Files.newInputStream(out.resolve("cy-pcp/2024-10-07/action-tracker.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("Dyddiad cau", "Statws");
        }
    }

    @Test
    void theWelshPdfsDeclareWelshAndStayAccessible() throws IOException {
        for (Path pdf : List.of(pack, minutes)) {
            try (PdfInspection inspection = PdfInspection.open(pdf)) {
                assertThat(inspection.language()).as(pdf.toString()).isEqualTo("cy");
                String xmp = new String(inspection.document().getDocumentCatalog().getMetadata().toByteArray(),
                        StandardCharsets.UTF_8);
                assertThat(xmp).as(pdf.toString()).contains("<dc:language><rdf:Bag><rdf:li>cy</rdf:li></rdf:Bag>");
            }
            assertThat(VeraPdf.failedRules(pdf)).as(pdf.toString()).isEmpty();
        }
    }

    @Test
    void theWelshTrackersWorkbookDeclaresWelsh() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("cy-pcp/2024-10-07/action-tracker.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .hasValue("cy");
            Cell meeting = workbook.getSheetAt(0).getRow(2).getCell(2);
            assertThat(meeting.getCellType()).as("a date cell").isEqualTo(CellType.NUMERIC);
            assertThat(meeting.getCellStyle().getDataFormatString()).as("its months worded in Welsh, Windows locale 452")
                    .isEqualTo("[$-452]mmm yyyy");
        }
        try (InputStream in = Files.newInputStream(out.resolve("sep-pcp/2024-10-07/action-tracker.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(2).getCellStyle().getDataFormatString())
                    .as("British English, as before").isEqualTo("mmm yyyy");
        }
    }

    /**
     * A Board whose house style is Welsh from the start of 2020/21: its KPI workbook of that year declares Welsh (it
     * declared British English until 7 December 2026, whatever the style), and one of the year before, British English.
     */
    @Test
    void aWelshBoardsKpiWorkbookDeclaresTheLanguageOfItsYear() throws IOException {
        assertThat(workbookLanguage(welshWorkbook)).hasValue("cy");
        assertThat(workbookLanguage(englishWorkbook)).hasValue("en-GB");
    }

    private static Optional<String> workbookLanguage(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            return read.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty();
        }
    }

    /**
     * The Welsh Board's workbook of 2020/21 words its periods and inspections' dates in Welsh, in its own words for
     * "year ending" (until 7 December 2026 they stayed British English); the performance files' own spelling stays
     * in the data sheet's "Period as printed" and the period codes. Its workbook of 2019/20, in British English, is
     * as before.
     */
    @Test
    void aWelshBoardsKpiWorkbookWordsPeriodsAndDatesInWelsh() throws IOException {
        try (InputStream in = Files.newInputStream(welshWorkbook); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(column(workbook.getSheet("Summary"), 4)).contains("blwyddyn yn gorffen Medi 2020");
            assertThat(column(workbook.getSheet("Data"), 3)).contains("blwyddyn yn gorffen Medi 2020",
                    "blwyddyn yn gorffen Mehefin 2020").noneMatch(cell -> cell.contains("year ending"));
            assertThat(column(workbook.getSheet("Data"), 4)).contains("year ending September 2020");
            assertThat(row(workbook.getSheet("Inspections"), 1)).contains("PEEL 2023–25 (published 22 Rhagfyr 2023)");
            assertThat(texts(workbook.getSheetAt(2), cell -> true)).contains("BYG Medi 2020")
                    .noneMatch(cell -> cell.startsWith("YE "));
            // the note of indicator 1 (the performance files' words) says "year ending June 2020"
            assertThat(printedText(workbook)).doesNotContain("year ending September", "December", "YE Sept");
            // its kinds of finding and its units in the body's words (kpi-finding-kinds, kpi-unit-rate)
            assertThat(column(workbook.getSheet("Inspection findings"), 1)).contains("Maes i'w wella", "Achos pryder");
            assertThat(printedText(workbook)).contains("(fesul 1,000)")
                    .doesNotContain("Area for improvement", "Cause of concern", "per 1,000");
        }
        try (InputStream in = Files.newInputStream(englishWorkbook); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(column(workbook.getSheet("Summary"), 4)).contains("year ending September 2020");
            assertThat(row(workbook.getSheet("Inspections"), 1))
                    .contains("PEEL 2023–25 (published 22 December 2023)");
            assertThat(texts(workbook.getSheetAt(2), cell -> true)).contains("YE Sept 2020");
            assertThat(printedText(workbook)).doesNotContain("blwyddyn", "Rhagfyr", "BYG", "fesul", "Maes i'w wella")
                    .contains("Area for improvement", "Cause of concern", "(per 1,000)");
        }
    }

    /** The Welsh Board's review of 2020/21 (met September 2021) words its periods in Welsh, and stays accessible. */
    @Test
    void aWelshBoardsReviewWordsItsPeriodsInWelsh() {
        String text = NorthshireStyleTest.oneLine(review);
        // the summary's and the tables' cells wrap: "86.9 (blwyddyn yn" and "gorffen Medi 2020)"
        assertThat(text).contains("86.9 (blwyddyn yn", "BYG Meh", "fesul 1,000 in y flwyddyn yn gorffen Medi 2020",
                "reported for y flwyddyn yn gorffen Mehefin 2020", "totalled 107,478 in Tachwedd 2020", "Tach Rhag")
                .doesNotContain("year ending September", "YE ", "November", "per 1,000");
        // statuses and grades in the body's words, those its KPI workbook prints (kpi-statuses, kpi-grades)
        assertThat(text).contains("Wedi'i gyflawni'n rhannol", "Angen gwella")
                .doesNotContain("Partly met", "Requires improvement");
        assertThat(VeraPdf.failedRules(review)).isEmpty();
    }

    /** The text of the cells of {@code sheet} that {@code which} takes. */
    private static List<String> texts(Sheet sheet, Predicate<Cell> which) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING && which.test(cell)) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }

    private static List<String> column(Sheet sheet, int column) {
        return texts(sheet, cell -> cell.getColumnIndex() == column);
    }

    private static List<String> row(Sheet sheet, int row) {
        return texts(sheet, cell -> cell.getRowIndex() == row);
    }

    /** Every text cell of the workbook but the data sheet's "Period as printed", the performance files' own words. */
    private static String printedText(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        workbook.forEach(sheet -> texts.addAll(texts(sheet, cell -> !(sheet.getSheetName().equals("Data")
                && cell.getColumnIndex() == 4))));
        return String.join("\n", texts);
    }

    @Test
    void aPanelWritingSepGetsItInItsTracker() {
        String tracker = NorthshireStyleTest.oneLine(out.resolve("sep-pcp/2024-10-07/action-tracker.pdf"));
        assertThat(tracker).contains("31 Sep 2024").doesNotContain("Sept").contains("43 b Jul 2024");
    }
}
