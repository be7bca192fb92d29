package org.packpress.ingest.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Status;
import org.packpress.performance.PerformanceTestSupport;
import org.packpress.store.performance.PerformanceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(properties = PerformanceTestSupport.DATABASE)
class PerformanceImporterTest {

    @Autowired
    PerformanceImporter importer;
    @Autowired
    PerformanceRepository repository;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void importExample() {
        PerformanceTestSupport.importFolder(importer, tx, PerformanceTestSupport.EXAMPLE);
    }

    @Test
    void storesThePlanObservationsStatusesAndInspectionsOfTheExample() {
        var data = repository.load("wm-spcb", "pcp-2016").orElseThrow();
        assertThat(data.plan().indicators()).hasSize(12);
        assertThat(value(data.observations(), 1, "rate", "west-midlands", "YE2020-09")).isEqualByComparingTo("86.9");
        // the xlsx sheet: NPU names and the "Nov-19" label spelling resolve
        assertThat(value(data.observations(), 11, "members", "dudley", "M2020-11")).isEqualByComparingTo("12707");
        assertThat(value(data.observations(), 11, "members", "bham-east", "M2019-11")).isEqualByComparingTo("17211");
        assertThat(value(data.observations(), 2, "crimes", "DA", "FY2020")).isEqualByComparingTo("51650");
        assertThat(data.status(8, "2020/21").orElseThrow().status()).isEqualTo(Status.NOT_MET);
        assertThat(data.inspections()).extracting(i -> i.programme()).containsExactly("PEEL 2021/22", "PEEL 2023–25");
        assertThat(repository.review("wm-spcb", "2020/21").orElseThrow().presentedBy())
                .isEqualTo("Jonathan Jardine, Chief Executive");
    }

    @Test
    void aggregatesStreetLevelCrimesToMonthlyCountsByType() throws IOException {
        long burglaries = Files.readAllLines(Path.of("examples/wm-spcb/performance/street-level/"
                + "2020-11-west-midlands-street-sample.csv")).stream().filter(l -> l.contains(",Burglary,")).count();
        var data = repository.load("wm-spcb", "pcp-2016").orElseThrow();
        assertThat(value(data.observations(), 12, "burglary", "west-midlands", "M2020-11"))
                .isEqualByComparingTo(BigDecimal.valueOf(burglaries));
        assertThat(data.observations(12)).allMatch(o -> o.measure().equals("burglary") || o.measure().equals("robbery"));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        int before = count();
        PerformanceTestSupport.importFolder(importer, tx, PerformanceTestSupport.EXAMPLE);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void rejectsBadObservationsNamingRowAndColumnAndStoresNothingOfTheFile() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        int before = count();
        Files.writeString(body.resolve("performance/observations.csv"), """
                indicator,measure,area,period,value,printed,source,note
                1,rate,West Midlands,year ending September 2020,86.9,,,
                99,rate,West Midlands,2019,1,,,
                1,rate,West Midlands,the year before last,2,,,
                1,rate,Merseyside,2019,lots,,,
                1,rate,West Midlands,year ending September 2020,86.9,,,
                1,rate,Atlantis,2019,5,,,
                """);
        List<InputError> errors = rejected(body);
        assertThat(errors).extracting(InputError::toString).containsExactlyInAnyOrder(
                "performance/observations.csv: line 3, column indicator: unknown indicator 99 (not in plan pcp-2016)",
                "performance/observations.csv: line 4, column period: 'the year before last' is not a period; expected "
                        + "e.g. 2020/21, 2019, Nov-19, 2020-11, Q1 2020/21 or year ending September 2020",
                "performance/observations.csv: line 5, column value: 'lots' is not a number",
                "performance/observations.csv: line 6, column period: duplicate observation: line 2 already gives "
                        + "indicator 1, rate, west-midlands, year ending September 2020",
                "performance/observations.csv: line 7, column area: unknown area 'Atlantis'");
        assertThat(count()).isEqualTo(before);
        assertThat(repository.observations("wm-spcb", "pcp-2016")).anyMatch(o -> o.indicator() == 9);
    }

    @Test
    void namesTheLineOfTheFileAfterAQuotedLineBreak() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        Files.writeString(body.resolve("performance/observations.csv"), """
                indicator,measure,area,period,value,printed,source,note
                1,rate,West Midlands,year ending September 2020,86.9,,,"a note
                over three
                lines"
                1,rate,Merseyside,year ending September 2020,lots,,,
                """);
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly(
                "performance/observations.csv: line 5, column value: 'lots' is not a number");
    }

    /** A CSV file's header errors name its line, as its rows' errors do; a workbook's name the row. */
    @Test
    void aCsvFilesHeaderProblemsNameItsFirstLine() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        Files.writeString(body.resolve("performance/observations.csv"), """
                indicator,measure,area,period,figure
                1,rate,West Midlands,year ending September 2020,86.9
                """);
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly(
                "performance/observations.csv: line 1: missing column 'value'",
                "performance/observations.csv: line 1, column 5: unknown column 'figure'; expected indicator, area,"
                        + " period, value and optionally measure, printed, source, note, completeness");
    }

    @Test
    void rejectsAnObservationAlreadyGivenByAnotherFile() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        Files.writeString(body.resolve("performance/extra.csv"), """
                indicator,measure,area,period,value
                1,rate,England & Wales,year ending September 2020,83.5
                """);
        assertThatThrownBy(() -> PerformanceTestSupport.importFiles(importer, tx, body,
                List.of("performance/extra.csv")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.errors())
                .extracting(InputError::toString).containsExactly(
                "performance/extra.csv: line 2, column period: duplicate observation: indicator 1, rate, "
                        + "england-wales, year ending September 2020 is already given by performance/observations.csv"));
    }

    @Test
    void rejectsAMalformedStreetLevelRowAndStoresNoneOfIt() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        int before = count();
        Path file = body.resolve("performance/street-level/2020-11-west-midlands-street-sample.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(3, lines.get(3).replace(",2020-11,", ",2020-13,"));
        lines.set(5, "abc,2020-11,West Midlands Police,West Midlands Police,-1.8");
        Files.write(file, lines);
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly(
                "performance/street-level/2020-11-west-midlands-street-sample.csv: line 4, column Month: "
                        + "'2020-13' is not a month (yyyy-mm)",
                "performance/street-level/2020-11-west-midlands-street-sample.csv: line 6: has 5 columns, expected 12");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void rejectsAnXlsxRowNamingItsRowAndColumn() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        editSheet(body.resolve("performance/wmnow.xlsx"), sheet -> sheet.getRow(4).getCell(4).setCellValue("n/a"));
        assertThat(rejected(body)).extracting(InputError::toString)
                .containsExactly("performance/wmnow.xlsx: row 5, column value: 'n/a' is not a number");
    }

    /** A value that cannot be read does not stop its row's or its file's other checks: every problem is listed. */
    @Test
    void listsEveryUnreadableValueOfARowBesideTheFilesOtherProblems() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        int before = count();
        Files.writeString(body.resolve("performance/observations.csv"), """
                indicator,measure,area,period,value,completeness
                one,rate,West Midlands,someday,lots,maybe
                1,rate,Atlantis,2019,5,
                1,rate,West Midlands,2019,1O,partial
                """);
        assertThat(rejected(body)).extracting(InputError::toString).containsExactlyInAnyOrder(
                "performance/observations.csv: line 2, column indicator: 'one' is not an indicator number",
                "performance/observations.csv: line 2, column period: 'someday' is not a period; expected "
                        + "e.g. 2020/21, 2019, Nov-19, 2020-11, Q1 2020/21 or year ending September 2020",
                "performance/observations.csv: line 2, column value: 'lots' is not a number",
                "performance/observations.csv: line 2, column completeness: 'maybe' is not one of: full, partial,"
                        + " sample, provisional, forecast",
                "performance/observations.csv: line 3, column area: unknown area 'Atlantis'",
                "performance/observations.csv: line 4, column value: '1O' is not a number");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void listsEveryUnreadableCellOfAWorkbookBesideItsOtherProblems() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        editSheet(body.resolve("performance/wmnow.xlsx"), sheet -> {
            sheet.getRow(4).getCell(0).setCellValue("eleven");
            sheet.getRow(4).getCell(3).setCellValue("Smarch-20");
            sheet.getRow(4).getCell(4).setCellValue("n/a");
            sheet.getRow(6).getCell(2).setCellValue("Atlantis");
        });
        assertThat(rejected(body)).extracting(InputError::toString).containsExactlyInAnyOrder(
                "performance/wmnow.xlsx: row 5, column indicator: 'eleven' is not an indicator number",
                "performance/wmnow.xlsx: row 5, column period: 'Smarch-20' is not a period; expected e.g. 2020/21,"
                        + " 2019, Nov-19, 2020-11, Q1 2020/21 or year ending September 2020",
                "performance/wmnow.xlsx: row 5, column value: 'n/a' is not a number",
                "performance/wmnow.xlsx: row 7, column area: unknown area 'Atlantis'");
    }

    /** Issue 12 item 5: a workbook that unpacks beyond packpress.input.max-unpacked-size (100 MB) is not read. */
    @Test
    void refusesAWorkbookThatUnpacksBeyondTheLimitAndStoresNothingOfIt() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        Path file = body.resolve("performance/wmnow.xlsx");
        // a zip bomb: one part of 101 MB of spaces, a few hundred kilobytes packed
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = " ".repeat(1024 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int mb = 0; mb < 101; mb++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        int before = count();
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly("performance/wmnow.xlsx: unpacks to"
                + " more than 104,857,600 bytes (packpress.input.max-unpacked-size): refused, as a workbook that size"
                + " could exhaust the memory (a zip bomb)");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void rejectsUnknownFieldsAndBadValuesInThePlan() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        Path plan = body.resolve("performance/plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("direction: lower\n    headline: {measure: rate",
                "direction: sideways\n    headline: {measure: rate"));
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly(
                "performance/plan.yaml: indicators[1].direction: expected higher, lower or monitor, not 'sideways' (line 51)");
    }

    @Test
    void rejectsASeriesBreakWithoutPeriodOrReasonAndAnUnknownCompleteness() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        Path plan = body.resolve("performance/plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("- {from: \"2020\", reason: \"In February 2020",
                "- {from: \"early 2020\", reason: \"In February 2020").replace(
                "- {from: \"2020\", reason: \"Since February 2020 some matters once logged as miscellaneous are"
                        + " complaints.\"}", "- {from: \"2020\"}"));
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly(
                "performance/plan.yaml: indicators[9].measures[1].seriesBreaks[1].from: 'early 2020' is not a period;"
                        + " expected e.g. 2020/21, 2019, Nov-19, 2020-11, Q1 2020/21 or year ending September 2020 (line 140)",
                "performance/plan.yaml: indicators[9].measures[3].seriesBreaks[1].reason: is required (line 146)");
        Path other = PerformanceTestSupport.copyOfExample(temp.resolve("other"));
        Files.writeString(other.resolve("performance/extra.csv"), """
                indicator,measure,area,period,value,note,completeness
                1,rate,Merseyside,year ending June 2020,90.1,statistics up to May 2020,half
                """);
        assertThat(rejected(other)).extracting(InputError::toString).containsExactly(
                "performance/extra.csv: line 2, column completeness: 'half' is not one of: full, partial, sample,"
                        + " provisional, forecast");
    }

    /** A workbook's formulas count as the values it shows: a sum is a number, a #DIV/0! is not. */
    @Test
    void readsAWorkbooksFormulasAsTheValuesTheWorkbookCalculated() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("Returns");
            row(sheet, 0, "indicator", "measure", "area", "period", "value");
            row(sheet, 1, "1", "rate", "Merseyside", "year ending June 2020").createCell(4).setCellFormula("90+0.1");
            var error = row(sheet, 2, "1", "rate", "Greater Manchester", "year ending June 2020").createCell(4);
            error.setCellFormula("1/0");
            var periodFormula = row(sheet, 3, "1", "rate", "West Yorkshire");
            periodFormula.createCell(3).setCellFormula("\"year ending \"&\"June 2020\"");
            periodFormula.createCell(4).setCellValue(110.2);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (var out = Files.newOutputStream(body.resolve("performance/returns.xlsx"))) {
                wb.write(out);
            }
        }
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly(
                "performance/returns.xlsx: row 3, column value: '#DIV/0!' is not a number");
    }

    /**
     * What a spreadsheet saves around a table: a row of commas is a blank row, and a column without a heading is
     * ignored while it is empty; a value in it is an error.
     */
    @Test
    void toleratesBlankRowsAndEmptyColumnsWithoutHeadingsButNotValuesInThem() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        Files.writeString(body.resolve("performance/extra.csv"), """
                indicator,measure,area,period,value,,
                1,rate,Merseyside,year ending June 2020,90.1,,
                ,,,,,,
                1,rate,West Yorkshire,year ending June 2020,110.2,,checked
                """);
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly(
                "performance/extra.csv: line 4, column 7: 'checked' is in a column without a heading; name the column"
                        + " or leave it empty");
    }

    /** A title above the header row (a merged cell across the sheet) is one error, not one per column. */
    @Test
    void aTitleAboveTheHeaderRowIsOneErrorSayingWhatTheFirstRowMustBe() throws IOException {
        Path body = PerformanceTestSupport.copyOfExample(temp);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("Returns");
            row(sheet, 0, "Quarterly returns 2020/21");
            sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A1:E1"));
            row(sheet, 1, "indicator", "measure", "area", "period", "value");
            row(sheet, 2, "1", "rate", "Merseyside", "year ending June 2020", "90.1");
            try (var out = Files.newOutputStream(body.resolve("performance/returns.xlsx"))) {
                wb.write(out);
            }
        }
        assertThat(rejected(body)).extracting(InputError::toString).containsExactly(
                "performance/returns.xlsx: row 1: is not a header row ('Quarterly returns 2020/21'): the first row"
                        + " must name the columns indicator, area, period, value and optionally measure, printed,"
                        + " source, note, completeness; remove any title or blank rows above it");
    }

    private static org.apache.poi.ss.usermodel.Row row(org.apache.poi.ss.usermodel.Sheet sheet, int r,
            String... cells) {
        var row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
        return row;
    }

    private static void editSheet(Path file, java.util.function.Consumer<org.apache.poi.ss.usermodel.Sheet> edit)
            throws IOException {
        try (var in = Files.newInputStream(file); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            edit.accept(wb.getSheetAt(0));
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private List<InputError> rejected(Path body) {
        assertThatThrownBy(() -> PerformanceTestSupport.importFolder(importer, tx, body))
                .isInstanceOf(InputRejectedException.class);
        try {
            PerformanceTestSupport.importFolder(importer, tx, body);
            return List.of();
        } catch (InputRejectedException e) {
            return e.errors();
        }
    }

    private int count() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(CARDINALITY(period_codes)), 0) FROM perf_series", Integer.class);
    }

    private static BigDecimal value(List<Observation> observations, int indicator, String measure, String area,
            String period) {
        return observations.stream().filter(o -> o.indicator() == indicator && o.measure().equals(measure)
                && o.area().equals(area) && o.period().code().equals(period)).findFirst().orElseThrow().value();
    }
}
