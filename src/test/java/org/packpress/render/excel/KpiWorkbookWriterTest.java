package org.packpress.render.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.packpress.render.excel.SheetTables.cell;
import static org.packpress.render.excel.SheetTables.round;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.packpress.testing.DefaultTextBlocks;
import org.packpress.ingest.performance.PerformanceImporter;
import org.packpress.model.performance.PerformanceData;
import org.packpress.performance.PerformanceTestSupport;
import org.packpress.store.performance.PerformanceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The acceptance checks of the KPI workbook, on a workbook built from the example's imported data. */
@SpringBootTest(properties = PerformanceTestSupport.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiWorkbookWriterTest {

    @Autowired
    PerformanceImporter importer;
    @Autowired
    PerformanceRepository repository;
    @Autowired
    TransactionTemplate tx;

    byte[] bytes;
    XSSFWorkbook wb;
    /** The same workbook in a Welsh body's words for statuses, directions, grades and colours. */
    XSSFWorkbook welsh;

    @BeforeAll
    void build() throws Exception {
        PerformanceTestSupport.importFolder(importer, tx, PerformanceTestSupport.EXAMPLE);
        PerformanceData data = repository.load("wm-spcb", "pcp-2016").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KpiWorkbookWriter().write(data, new WorkbookLabels(DefaultTextBlocks.labels(WorkbookLabels.KEYS)), "2020/21", out);
        bytes = out.toByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target/kpi-workbook-example.xlsx"), bytes);
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        ByteArrayOutputStream welshOut = new ByteArrayOutputStream();
        new KpiWorkbookWriter().write(data, RagFormulasTest.welsh(), "2020/21", welshOut);
        welsh = new XSSFWorkbook(new ByteArrayInputStream(welshOut.toByteArray()));
    }

    /** A cell is written only when it holds something: no empty text, no blank styled cell, on any sheet. */
    @Test
    void noSheetWritesAnEmptyCell() {
        int written = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    written++;
                    String at = sheet.getSheetName() + "!" + c.getAddress();
                    assertThat(c.getCellType()).as(at + " is written, so it holds a value").isNotEqualTo(CellType.BLANK);
                    if (c.getCellType() == CellType.STRING) {
                        assertThat(c.getStringCellValue()).as(at).isNotEmpty();
                    }
                }
            }
        }
        Sheet data = wb.getSheet("Data");
        assertThat(data.getLastRowNum()).isGreaterThan(100);
        assertThat(written).as("cells written").isGreaterThan(10 * data.getLastRowNum() / 2);
    }

    /**
     * LibreOffice Calc, printing the workbook, draws every chart series in its colour (bars filled, lines
     * stroked), and no wrapped header runs into the first row of figures under it.
     */
    @Test
    void libreOfficeDrawsTheChartsAndFitsTheHeaders(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = LibreOfficeCalc.print(bytes, temp)) {
            int columns = LibreOfficeCalc.pageStarting(pdf, "Indicator 1:");
            assertThat(LibreOfficeCalc.coloursPainted(pdf.getPage(columns), true)).as("bars of both periods")
                    .contains(rgb(KpiCharts.SERIES_COLOURS[0]), rgb(KpiCharts.SERIES_COLOURS[1]));
            int lines = LibreOfficeCalc.pageStarting(pdf, "Indicator 2:");
            assertThat(LibreOfficeCalc.coloursPainted(pdf.getPage(lines), false)).as("a line per area")
                    .contains(rgb(KpiCharts.SERIES_COLOURS[0]), rgb(KpiCharts.SERIES_COLOURS[1]),
                            rgb(KpiCharts.SERIES_COLOURS[2]));

            var words = LibreOfficeCalc.words(pdf, columns);
            float derived = words.stream().filter(w -> w.text().equals("(derived)")).map(LibreOfficeCalc.Word::baseline)
                    .max(Float::compare).orElseThrow();
            LibreOfficeCalc.Word firstRow = words.stream().filter(w -> w.text().equals("England")).findFirst().orElseThrow();
            assertThat(derived).as("the header's last line ends above the first row of figures")
                    .isLessThan(firstRow.baseline() - firstRow.height());
        }
    }

    @Test
    void chartColoursStandOutFromTheWhiteChartArea() {
        for (byte[] colour : KpiCharts.SERIES_COLOURS) {
            assertThat(org.packpress.accessibility.WcagContrast.ratio(rgbOf(colour), new int[] {255, 255, 255}))
                    .as(java.util.HexFormat.of().formatHex(colour)).isGreaterThanOrEqualTo(3.0);
        }
    }

    private static int rgb(byte[] colour) {
        return (colour[0] & 0xFF) << 16 | (colour[1] & 0xFF) << 8 | colour[2] & 0xFF;
    }

    private static int[] rgbOf(byte[] colour) {
        return new int[] {colour[0] & 0xFF, colour[1] & 0xFF, colour[2] & 0xFF};
    }

    @Test
    void indicatorOneHoldsTheSixRatesTheDifferenceFromEnglandAndWalesAndTheRank() {
        Sheet sheet = wb.getSheet("Ind 1 Crime rate");
        String caption = "Total recorded crime rate (excluding fraud)";
        Map<String, Double> rates = new TreeMap<>(Map.of("England and Wales", 83.5, "West Midlands", 86.9,
                "Metropolitan Police", 91.7, "Merseyside", 94.2, "Greater Manchester", 98.1, "West Yorkshire", 115.3));
        rates.forEach((area, rate) -> {
            Cell c = cell(sheet, caption, area, "YE Sept 2020");
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c.getNumericCellValue()).isEqualTo(rate);
        });
        Cell diff = cell(sheet, caption, "West Midlands", "Difference from England and Wales");
        assertThat(diff.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(diff.getCellFormula()).matches("C\\d+-\\$C\\$\\d+");
        assertThat(round(diff.getNumericCellValue(), 1)).isEqualTo(3.4);
        Cell rank = cell(sheet, caption, "West Midlands", "Rank of 5, 1 = lowest");
        assertThat(rank.getCellFormula()).startsWith("RANK(").endsWith(",1)");
        assertThat(rank.getNumericCellValue()).isEqualTo(1);
        assertThat(cell(sheet, caption, "West Yorkshire", "Rank").getNumericCellValue()).isEqualTo(5);
        assertThat(round(cell(sheet, caption, "West Midlands", "Change").getNumericCellValue(), 1)).isEqualTo(1.4);
    }

    @Test
    void wmnowIsComputedFromMembersAndPopulationAlone() {
        Sheet sheet = wb.getSheet("Ind 11 WMNOW");
        Cell total19 = cell(sheet, "WMNOW Members", "West Midlands", "Nov 2019");
        Cell total20 = cell(sheet, "WMNOW Members", "West Midlands", "Nov 2020");
        assertThat(total19.getCellFormula()).startsWith("SUM(");
        assertThat(total19.getNumericCellValue()).isEqualTo(77999);
        assertThat(total20.getNumericCellValue()).isEqualTo(107478);
        Cell change = cell(sheet, "WMNOW Members", "West Midlands", "Change");
        assertThat(change.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(change.getNumericCellValue()).isEqualTo(29479);
        assertThat(round(cell(sheet, "WMNOW Members", "West Midlands", "% change").getNumericCellValue() * 100, 1))
                .isEqualTo(37.8);
        Cell dudley = cell(sheet, "WMNOW Members", "Dudley", "% change");
        assertThat(dudley.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(round(dudley.getNumericCellValue() * 100, 1)).isEqualTo(74.5);
        Cell rate = cell(sheet, "Sign up rate", "West Midlands", "Nov 2020");
        assertThat(rate.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(rate.getCellFormula()).endsWith("*1000");
        assertThat(round(rate.getNumericCellValue(), 1)).isEqualTo(46.7);
        assertThat(round(cell(sheet, "Sign up rate", "Solihull", "Nov 2020").getNumericCellValue(), 1)).isEqualTo(61.7);
        assertThat(cell(sheet, "2019 population", "West Midlands", "2019").getNumericCellValue()).isEqualTo(2299563);
        Cell share = cell(sheet, "% of Force total", "Dudley", "Nov 2020");
        assertThat(share.getCellFormula()).endsWith("*100");
        assertThat(round(share.getNumericCellValue(), 1)).isEqualTo(11.8);
        assertThat(round(cell(sheet, "% of Force total", "Bham East", "Nov 2019").getNumericCellValue(), 1)).isEqualTo(22.1);
        assertThat(cell(sheet, "% of Force total", "West Midlands", "Nov 2020").getNumericCellValue()).isEqualTo(100);
    }

    @Test
    void victimSatisfactionIsComputedFromAnswersAndComplaintsChangeFromTheirCounts() {
        Sheet sheet = wb.getSheet("Ind 8 Victim satisfaction");
        double[] expected = {45.8, 47.1, 42.7};
        String[] years = {"2018", "2019", "2020"};
        for (int i = 0; i < years.length; i++) {
            Cell c = cell(sheet, "% Satisfied", "West Midlands", years[i]);
            assertThat(c.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(c.getCellFormula()).endsWith("*100");
            assertThat(round(c.getNumericCellValue(), 1)).isEqualTo(expected[i]);
        }
        // the plan declares a series break from 2020 (the complaint definition was widened): no +809.3%
        Sheet ind9 = wb.getSheet("Ind 9 Complaints");
        assertThat(cell(ind9, "Complaint", "West Midlands", "% change").getStringCellValue()).isEqualTo("series break");
        assertThat(cell(ind9, "Complaint", "West Midlands", "Change").getStringCellValue()).isEqualTo("series break");
        Row summary9 = java.util.stream.StreamSupport.stream(wb.getSheet("Summary").spliterator(), false)
                .filter(r -> r.getCell(0) != null && r.getCell(0).getCellType() == CellType.NUMERIC
                        && r.getCell(0).getNumericCellValue() == 9).findFirst().orElseThrow();
        assertThat(summary9.getCell(KpiWorkbookWriter.S_CHANGE).getStringCellValue()).isEqualTo("series break");
        assertThat(summary9.getCell(KpiWorkbookWriter.S_PCT).getStringCellValue()).isEqualTo("series break");
        Cell conduct = cell(ind9, "Conduct", "West Midlands", "% change");
        assertThat(conduct.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(round(conduct.getNumericCellValue() * 100, 1)).isEqualTo(20.8);
    }

    @Test
    void inspectionSheetCountsTheGradesOfBothPeelInspections() {
        Sheet sheet = wb.getSheet("Inspections");
        Row header = sheet.getRow(1);
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("PEEL 2021/22");
        assertThat(header.getCell(3).getStringCellValue()).startsWith("PEEL 2023–25");
        assertThat(gradesIn(sheet, 2)).containsExactlyInAnyOrderEntriesOf(Map.of("Good", 5, "Adequate", 3,
                "Requires improvement", 3, "Not graded", 2));
        assertThat(gradesIn(sheet, 3)).containsExactlyInAnyOrderEntriesOf(Map.of("Adequate", 2,
                "Requires improvement", 3, "Inadequate", 3, "Not graded", 1));
        assertThat(grade(sheet, "Investigating crime", 3)).isEqualTo("Inadequate");
        assertThat(grade(sheet, "Police powers and public treatment", 3)).isEqualTo("Adequate");
        assertThat(grade(sheet, "Leadership and force management", 3)).isEqualTo("Requires improvement");
        int counts = SheetTables.rowStartingWith(sheet, "Number of areas by grade", 0);
        Row good = sheet.getRow(counts + 2);
        assertThat(good.getCell(0).getStringCellValue()).isEqualTo("Good");
        assertThat(good.getCell(2).getCellFormula()).startsWith("COUNTIF(");
        assertThat(good.getCell(2).getNumericCellValue()).isEqualTo(5);
        assertThat(good.getCell(3).getNumericCellValue()).isEqualTo(0);
        assertThat(colour(sheet, SheetTables.rowStartingWith(sheet, "Investigating crime", 0), 3))
                .isEqualTo(IndexedColors.ROSE.getIndex());
    }

    @Test
    void summaryColoursFollowEachIndicatorsDirection() {
        Sheet summary = wb.getSheet("Summary");
        // 1: crime rate up 1.4, lower is better -> red; 11: members up, higher is better -> green;
        // 8: satisfaction down, higher is better -> red; 2: hidden crimes up, higher is better -> green
        assertThat(rag(summary, 1)).isEqualTo("Red");
        assertThat(rag(summary, 11)).isEqualTo("Green");
        assertThat(rag(summary, 8)).isEqualTo("Red");
        assertThat(rag(summary, 2)).isEqualTo("Green");
        assertThat(colour(summary, summaryRow(summary, 1), KpiWorkbookWriter.S_CHANGE)).isEqualTo(IndexedColors.ROSE.getIndex());
        assertThat(colour(summary, summaryRow(summary, 11), KpiWorkbookWriter.S_CHANGE))
                .isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
        assertThat(colour(summary, summaryRow(summary, 8), KpiWorkbookWriter.S_RAG)).isEqualTo(IndexedColors.ROSE.getIndex());
        Row one = summary.getRow(summaryRow(summary, 1));
        assertThat(one.getCell(5).getCellFormula()).isEqualTo("'Ind 1 Crime rate'!C7");
        assertThat(one.getCell(12).getStringCellValue()).isEqualTo("Met");
        assertThat(one.getCell(15).getStringCellValue()).isEqualTo("Met");
        assertThat(summary.getRow(summaryRow(summary, 10)).getCell(12).getStringCellValue()).isEqualTo("Not assessable");
    }

    /** Never by colour alone: every cell a conditional format colours shows its status in words in its row. */
    @Test
    void everyColouredCellHasItsStatusInWordsBesideIt() {
        Sheet summary = wb.getSheet("Summary");
        var evaluator = new ConditionalFormattingEvaluator(wb, wb.getCreationHelper().createFormulaEvaluator());
        int coloured = 0;
        for (Row row : summary) {
            for (Cell cell : row) {
                if (evaluator.getConditionalFormattingForCell(new CellReference(summary.getSheetName(), row.getRowNum(),
                        cell.getColumnIndex(), false, false)).isEmpty()) {
                    continue;
                }
                coloured++;
                String word = cell.getCellType() == CellType.STRING || cell.getCachedFormulaResultType() == CellType.STRING
                        ? cell.getStringCellValue() : row.getCell(KpiWorkbookWriter.S_RAG).getStringCellValue();
                // a change across a declared series break is the words "series break" (no colour, no RAG)
                assertThat(word).as("summary " + cell.getAddress()).isIn("Red", "Amber", "Green", "Met", "Partly met",
                        "Not met", org.packpress.model.performance.SeriesBreak.WORDING);
            }
        }
        assertThat(coloured).isGreaterThan(12);
    }

    /** The fills of the workbook (conditional formats and cell styles) meet WCAG AA contrast with their text. */
    @Test
    void coloursMeetWcagContrastWithTheirText() {
        java.util.Set<Short> fills = new java.util.TreeSet<>();
        for (Sheet sheet : wb) {
            var formats = sheet.getSheetConditionalFormatting();
            for (int f = 0; f < formats.getNumConditionalFormattings(); f++) {
                var format = formats.getConditionalFormattingAt(f);
                for (int r = 0; r < format.getNumberOfRules(); r++) {
                    fills.add(format.getRule(r).getPatternFormatting().getFillBackgroundColor());
                }
            }
        }
        for (int i = 0; i < wb.getNumCellStyles(); i++) {
            var style = wb.getCellStyleAt(i);
            if (style.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
                fills.add(style.getFillForegroundColor());
                assertThat(wb.getFontAt(style.getFontIndex()).getColor()).as("text on a fill is black")
                        .isIn(IndexedColors.BLACK.getIndex(), IndexedColors.AUTOMATIC.getIndex(), (short) 0);
            }
        }
        assertThat(fills).contains(IndexedColors.ROSE.getIndex(), IndexedColors.LIGHT_GREEN.getIndex(),
                IndexedColors.LIGHT_ORANGE.getIndex());
        for (short fill : fills) {
            byte[] rgb = org.apache.poi.xssf.usermodel.DefaultIndexedColorMap.getDefaultRGB(fill);
            int[] colour = {rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF};
            assertThat(org.packpress.accessibility.WcagContrast.ratio(colour, new int[] {0, 0, 0}))
                    .as("black text on " + IndexedColors.fromInt(fill))
                    .isGreaterThanOrEqualTo(org.packpress.accessibility.WcagContrast.AA_TEXT);
        }
    }

    @Test
    void everyChartHasATitleAndAlternativeTextGivingItsValues() {
        int charts = 0;
        for (Sheet sheet : wb) {
            var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getDrawingPatriarch();
            if (drawing == null) {
                continue;
            }
            List<String> descriptions = chartDescriptions(drawing);
            assertThat(descriptions).as(sheet.getSheetName()).hasSameSizeAs(drawing.getCharts());
            for (int i = 0; i < descriptions.size(); i++) {
                charts++;
                var title = drawing.getCharts().get(i).getTitleText();
                assertThat(title).as(sheet.getSheetName() + " chart title").isNotNull();
                assertThat(title.getString()).isNotBlank();
                String chart = title.getString();
                assertThat(chartNames(drawing).get(i)).as(sheet.getSheetName() + " chart name").isEqualTo(chart);
                assertThat(descriptions.get(i)).as(sheet.getSheetName() + " chart alternative text").satisfiesAnyOf(
                        d -> assertThat(d).startsWith("Column chart: " + chart + ": "),
                        d -> assertThat(d).startsWith("Line chart: " + chart + ", "));
            }
        }
        assertThat(charts).isGreaterThan(5);
        assertThat(chartDescriptions(wb.getSheet("Ind 1 Crime rate").getDrawingPatriarch()).get(0))
                .contains("year ending September 2020: England and Wales 83.5, West Midlands 86.9", "West Yorkshire 115.3");
    }

    /** The alternative text (descr) of each chart's drawing object, in drawing order. */
    private static List<String> chartDescriptions(org.apache.poi.xssf.usermodel.XSSFDrawing drawing) {
        return chartProperties(drawing).stream().map(CTNonVisualDrawingProps::getDescr).toList();
    }

    /** The name of each chart's drawing object, in drawing order. */
    private static List<String> chartNames(org.apache.poi.xssf.usermodel.XSSFDrawing drawing) {
        return chartProperties(drawing).stream().map(CTNonVisualDrawingProps::getName).toList();
    }

    private static List<CTNonVisualDrawingProps> chartProperties(org.apache.poi.xssf.usermodel.XSSFDrawing drawing) {
        return drawing.getShapes().stream().filter(org.apache.poi.xssf.usermodel.XSSFGraphicFrame.class::isInstance)
                .map(f -> ((org.apache.poi.xssf.usermodel.XSSFGraphicFrame) f).getCTGraphicalObjectFrame()
                        .getNvGraphicFramePr().getCNvPr()).toList();
    }

    @Test
    void everyFormulaRecalculatesToItsCachedValue() {
        assertThat(recalculated(wb)).isGreaterThan(50);
    }

    /**
     * In a body's own words, the RAG formulas, the COUNTIFs of grades and the conditional formats compare the words
     * the workbook prints: every formula recalculates to its cached value, and the colours are those of the default.
     */
    @Test
    void aBodysOwnWordsForStatusesAndGradesAreTheWordsItsFormulasCompare() {
        assertThat(recalculated(welsh)).isGreaterThan(50);
        Sheet summary = welsh.getSheet("Summary");
        assertThat(rag(summary, 1)).isEqualTo("Coch");
        assertThat(rag(summary, 11)).isEqualTo("Gwyrdd");
        Row one = summary.getRow(summaryRow(summary, 1));
        assertThat(one.getCell(KpiWorkbookWriter.S_DIRECTION).getStringCellValue()).isEqualTo("is sy'n well");
        assertThat(one.getCell(12).getStringCellValue()).isEqualTo("Wedi'i gyflawni");
        assertThat(colour(welsh, summary, summaryRow(summary, 1), KpiWorkbookWriter.S_RAG))
                .isEqualTo(IndexedColors.ROSE.getIndex());
        assertThat(colour(welsh, summary, summaryRow(summary, 11), KpiWorkbookWriter.S_CHANGE))
                .isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
        assertThat(colour(welsh, summary, summaryRow(summary, 1), 12)).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
        Sheet inspections = welsh.getSheet("Inspections");
        assertThat(gradesIn(inspections, 3)).containsExactlyInAnyOrderEntriesOf(Map.of("Digonol", 2,
                "Angen gwella", 3, "Annigonol", 3, "Heb ei raddio", 1));
        Row good = inspections.getRow(SheetTables.rowStartingWith(inspections, "Number of areas by grade", 0) + 2);
        assertThat(good.getCell(0).getStringCellValue()).isEqualTo("Da");
        assertThat(good.getCell(2).getNumericCellValue()).isEqualTo(5);
        assertThat(colour(welsh, inspections, SheetTables.rowStartingWith(inspections, "Investigating crime", 0), 3))
                .isEqualTo(IndexedColors.ROSE.getIndex());
    }

    /** Recalculates every formula of {@code wb}, checking each against its cached value; how many there were. */
    private static int recalculated(XSSFWorkbook wb) {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    formulas++;
                    var value = evaluator.evaluate(c);
                    if (c.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertThat(value.getNumberValue()).as(sheet.getSheetName() + "!" + c.getAddress())
                                .isCloseTo(c.getNumericCellValue(), org.assertj.core.data.Offset.offset(1e-9));
                    } else {
                        assertThat(value.getStringValue()).as(sheet.getSheetName() + "!" + c.getAddress())
                                .isEqualTo(c.getStringCellValue());
                    }
                }
            }
        }
        return formulas;
    }

    @Test
    void hasContentsChartsAndADataTableWithFilters() {
        assertThat(wb.getSheetName(0)).isEqualTo("Contents");
        assertThat(wb.getSheet("Contents").getRow(3).getCell(0).getHyperlink().getAddress()).isEqualTo("'Summary'!A1");
        assertThat(wb.getSheet("Ind 1 Crime rate").getDrawingPatriarch().getCharts()).hasSize(1);
        assertThat(wb.getSheet("Ind 11 WMNOW").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0)
                .getSeriesCount()).isEqualTo(2);
        var table = wb.getSheet("Data").getTables().get(0);
        assertThat(table.getName()).isEqualTo("Observations");
        assertThat(table.getCTTable().getAutoFilter()).isNotNull();
        assertThat(table.getColumns().get(6).getName()).isEqualTo("Value");
        assertThat(wb.getSheet("Ind 1 Crime rate").getPaneInformation().isFreezePane()).isTrue();
        assertThat(wb.getSheet("Data quality").getRow(2).getCell(1).getStringCellValue()).contains("3.5");
    }

    /** A second reader: the package's XML parts read directly, without POI. */
    @Test
    void partsAreWellFormedXmlAndCarryFormulasWithValues() throws Exception {
        Map<String, Document> parts = new TreeMap<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.put(e.getName(), factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(zip.readAllBytes())));
                }
            }
        }
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/tables/table1.xml");
        assertThat(parts.keySet()).anyMatch(k -> k.startsWith("xl/charts/chart"));
        // "Ind 1 Crime rate": its difference cell has a formula and a stored value
        NodeList cells = parts.get(sheetPart(parts, "Ind 1 Crime rate")).getElementsByTagNameNS("*", "c");
        List<String> withFormula = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            if (c.getElementsByTagNameNS("*", "f").getLength() > 0) {
                String v = c.getElementsByTagNameNS("*", "v").item(0).getTextContent();
                withFormula.add(c.getAttribute("r") + "=" + v);
            }
        }
        assertThat(withFormula).anyMatch(s -> s.matches("F7=3\\.4\\d*"));
    }

    /** The part holding a sheet, found by its name in the workbook part and the workbook's relationships. */
    private static String sheetPart(Map<String, Document> parts, String name) {
        NodeList sheets = parts.get("xl/workbook.xml").getElementsByTagNameNS("*", "sheet");
        String id = null;
        for (int i = 0; i < sheets.getLength(); i++) {
            Element sheet = (Element) sheets.item(i);
            if (sheet.getAttribute("name").equals(name)) {
                id = sheet.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
            }
        }
        NodeList relations = parts.get("xl/_rels/workbook.xml.rels").getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < relations.getLength(); i++) {
            Element relation = (Element) relations.item(i);
            if (relation.getAttribute("Id").equals(id)) {
                return "xl/" + relation.getAttribute("Target").replaceFirst("^/?xl/", "");
            }
        }
        throw new AssertionError("no part for sheet " + name);
    }

    private static Map<String, Integer> gradesIn(Sheet sheet, int column) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                break;
            }
            Cell c = row.getCell(column);
            if (c != null && !c.getStringCellValue().isEmpty()) {
                counts.merge(c.getStringCellValue(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String grade(Sheet sheet, String area, int column) {
        return sheet.getRow(SheetTables.rowStartingWith(sheet, area, 0)).getCell(column).getStringCellValue();
    }

    private static int summaryRow(Sheet summary, int indicator) {
        for (Row row : summary) {
            Cell c = row.getCell(0);
            if (row.getRowNum() > 1 && c != null && c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == indicator) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no summary row for indicator " + indicator);
    }

    private static String rag(Sheet summary, int indicator) {
        return summary.getRow(summaryRow(summary, indicator)).getCell(KpiWorkbookWriter.S_RAG).getStringCellValue();
    }

    /** The fill colour the conditional formats give a cell, as Excel would apply it. */
    private short colour(Sheet sheet, int row, int column) {
        return colour(wb, sheet, row, column);
    }

    private static short colour(XSSFWorkbook wb, Sheet sheet, int row, int column) {
        var evaluator = new ConditionalFormattingEvaluator(wb, wb.getCreationHelper().createFormulaEvaluator());
        List<EvaluationConditionalFormatRule> rules = evaluator.getConditionalFormattingForCell(
                new CellReference(sheet.getSheetName(), row, column, false, false));
        assertThat(rules).as("conditional formats on " + sheet.getSheetName() + " " + row + "/" + column).isNotEmpty();
        return rules.get(0).getRule().getPatternFormatting().getFillBackgroundColor();
    }
}
