package org.packpress.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.annualreview.AnnualReviewBuilder;
import org.packpress.documents.kpi.KpiWorkbookBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.render.excel.TextLines;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The performance papers of another Board, whose plan is unlike the example's (fixtures/other-board): seven- and
 * eight-figure sums of money by quarter, an indicator and a measure with very long titles, a long recorded comment
 * and data-quality note. What a member reads must show every figure and every title whole.
 */
@SpringBootTest(properties = PerformanceTestSupport.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherBoardPerformanceTest {

    static final Path FOLDER = Path.of("src/test/resources/fixtures/other-board");
    static final String LONG_MEASURE = "People killed or seriously injured in road collisions (all roads, including "
            + "motorways and trunk roads managed by National Highways)";

    @Autowired
    ImportService imports;
    @Autowired
    AnnualReviewBuilder reviews;
    @Autowired
    KpiWorkbookBuilder workbooks;

    @TempDir
    static Path out;

    Path review;
    Path workbook;

    @BeforeAll
    void build() {
        imports.importPaths(List.of(FOLDER));
        review = reviews.build("other-board", "2023-24", out, null);
        workbook = workbooks.build("other-plan", null, "2023/24", out, null);
    }

    @Test
    void theReviewsTablesPrintEveryFigureWholeOnOneLine() {
        try (PdfInspection pdf = PdfInspection.open(review)) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text).contains("£987,456 £1,450,000 £2,010,999 £1,333,120 £1,020,000 £11,700,251");
        }
    }

    /** An overspend that shrinks, from -£250,000 to -£100,000, rises by 60%: over the size of the earlier figure. */
    @Test
    void aChangeFromANegativeFigureIsOverItsSize() throws Exception {
        try (PdfInspection pdf = PdfInspection.open(review)) {
            assertThat(pdf.text().replaceAll("\\s+", " ")).contains("The figure of -£100,000 for Severnvale was an"
                    + " increase of 60.0% on the -£250,000 reported for 2023/24 Q2.");
        }
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Cell summaryChange = wb.getSheet("Summary").getRow(5).getCell(9);
            org.apache.poi.ss.usermodel.Cell sheetChange = wb.getSheet("Ind 4").getRow(5).getCell(4);
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (var cell : List.of(summaryChange, sheetChange)) {
                assertThat(cell.getNumericCellValue()).as("cached").isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(evaluator.evaluate(cell).getNumberValue()).as(cell.getCellFormula())
                        .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void aChartsHeadingIsPrintedInFullHoweverLongItsMeasuresTitle() {
        try (PdfInspection pdf = PdfInspection.open(review)) {
            assertThat(pdf.text().replaceAll("\\s+", " ")).contains("Chart: " + LONG_MEASURE);
        }
    }

    /** An indicator without a status reads like one with: "Status for 2023/24: Met", "…: Not recorded". */
    @Test
    void aMissingStatusIsWordedAsTheStatusesAre() {
        try (PdfInspection pdf = PdfInspection.open(review)) {
            assertThat(pdf.text()).contains("Status for 2023/24: Met", "Status for 2023/24: Not recorded")
                    .doesNotContain(": not recorded");
        }
    }

    @Test
    void theReviewIsStillAccessible() {
        assertThat(VeraPdf.failedRules(review)).isEmpty();
    }

    /** A CSV saved by Excel as "CSV (Comma delimited)", in Windows-1252: the line and what to do, not a Java exception. */
    @Test
    void aTableNotInUtf8IsRejectedNamingItsLineAndTheCure(@TempDir Path work) throws Exception {
        Path body = TestFolders.copy(FOLDER, work.resolve("other-board"));
        Files.write(body.resolve("performance/extra.csv"), ("indicator,measure,area,period,value,printed\r\n"
                + "3,value,Severnvale,Q4 2023/24,1500000,\r\n3,value,Severnvale,Q1 2022/23,1500000,").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        Files.write(body.resolve("performance/extra.csv"), new byte[] {(byte) 0xA3, '1', '.', '5', 'm', '\r', '\n'},
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> imports.importPaths(List.of(body))).isInstanceOfSatisfying(InputRejectedException.class,
                e -> assertThat(e.errors()).extracting(InputError::toString).containsExactly("performance/extra.csv:"
                        + " line 3: is not UTF-8 text (a character such as £ or é saved in another encoding); save the"
                        + " file as UTF-8 (in Excel: CSV UTF-8)"));
    }

    /** A body.yaml that several importers read is one problem, listed once. */
    @Test
    void aProblemOfAFileThatSeveralImportersReadIsListedOnce(@TempDir Path work) throws Exception {
        Path body = TestFolders.copy(FOLDER, work.resolve("other-board"));
        Files.writeString(body.resolve("body.yaml"), Files.readString(body.resolve("body.yaml"))
                .replace("kind: board", "kind: board\nshortName: [APB"));
        assertThatThrownBy(() -> imports.importPaths(List.of(body))).isInstanceOfSatisfying(InputRejectedException.class,
                e -> assertThat(e.errors()).filteredOn(error -> error.file().equals("body.yaml")).hasSize(1));
    }

    @Test
    void theChangeOfAPercentageIsInPercentagePointsNotPerCent() throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row calls = wb.getSheet("Summary").getRow(2);
            assertThat(shown(calls.getCell(5))).isEqualTo("93.6 0.0\"%\"");
            assertThat(shown(calls.getCell(7))).isEqualTo("92.8 0.0\"%\"");
            assertThat(shown(calls.getCell(8))).as("93.6% - 92.8%").isEqualTo("0.8 0.0\" pp\"");
            assertThat(calls.getCell(9).getCellStyle().getDataFormatString()).as("the % change stays a percentage")
                    .isEqualTo("0.0%");
            Row severnvale = wb.getSheet("Ind 1").getRow(5);
            assertThat(severnvale.getCell(0).getStringCellValue()).isEqualTo("Severnvale");
            assertThat(shown(severnvale.getCell(4))).isEqualTo("0.8 0.0\" pp\"");
            Row money = wb.getSheet("Summary").getRow(4);
            assertThat(shown(money.getCell(8))).as("other units keep their format").isEqualTo("10680250.8 \"£\"#,##0");
        }
    }

    @Test
    void theSummarySaysWhenTheLatestFigureIsNotFromFullData() throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(2).getCell(4).getStringCellValue())
                    .isEqualTo("March 2024 (partial data: Calls to 21 March 2024)");
            assertThat(summary.getRow(3).getCell(4).getStringCellValue()).isEqualTo("2023 (provisional figure)");
            assertThat(summary.getRow(4).getCell(4).getStringCellValue()).isEqualTo("2023/24 Q3");
        }
    }

    /** The data sheet words each figure's completeness in its own column, and writes no cell for a full figure. */
    @Test
    void theDataSheetSaysWhichFiguresAreNotFromFullData() throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet data = wb.getSheet("Data");
            Row header = data.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 11);
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Completeness");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) data).getTables().get(0).getColumns()).hasSize(11);
            List<String> flagged = new java.util.ArrayList<>();
            int full = 0;
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                Row row = data.getRow(r);
                var cell = row.getCell(10);
                if (cell == null) {
                    full++;
                } else {
                    flagged.add(row.getCell(2).getStringCellValue() + ", " + row.getCell(4).getStringCellValue() + ": "
                            + cell.getStringCellValue());
                }
            }
            assertThat(flagged).containsExactlyInAnyOrder("Severnvale, Mar-24: partial data",
                    "Severnvale, 2023: provisional figure");
            assertThat(full).as("full figures, their completeness cell not written").isGreaterThan(5);
        }
    }

    /** A number cell's value to one decimal and its format (POI's formatter misreads a quoted %). */
    private static String shown(org.apache.poi.ss.usermodel.Cell cell) {
        return "%.1f %s".formatted(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
    }

    @Test
    void workbookRowsAreAsTallAsTheirWrappedText() throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            Row killedOrInjured = summary.getRow(3);
            String title = killedOrInjured.getCell(1).getStringCellValue();
            assertThat(title).startsWith("Fewer people killed");
            assertThat(killedOrInjured.getHeightInPoints()).as("the indicator's title, wrapped in its column")
                    .isGreaterThanOrEqualTo(TextLines.height(TextLines.count(title, 60)));
            Row calls = summary.getRow(2);
            String comment = calls.getCell(14).getStringCellValue();
            assertThat(comment).startsWith("Above the national standard");
            assertThat(calls.getHeightInPoints()).as("the recorded comment, wrapped in its column")
                    .isGreaterThanOrEqualTo(TextLines.height(TextLines.count(comment, 60)));
            Row note = wb.getSheet("Data quality").getRow(2);
            assertThat(note.getHeightInPoints()).as("a long data-quality note")
                    .isGreaterThanOrEqualTo(TextLines.height(TextLines.count(note.getCell(1).getStringCellValue(), 110)));
        }
    }
}
