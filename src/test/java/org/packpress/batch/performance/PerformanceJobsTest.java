package org.packpress.batch.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.ingest.performance.PerformanceImporter;
import org.packpress.performance.PerformanceTestSupport;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.testing.PdfInspection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine;

/** The build commands run the kpiWorkbook and annualReview batch jobs and report what they wrote. */
@SpringBootTest(properties = PerformanceTestSupport.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceJobsTest {

    @Autowired
    PerformanceImporter importer;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    CommandLine packpressCommandLine;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    static Path out;

    @BeforeAll
    void importExample() {
        PerformanceTestSupport.importFolder(importer, tx, PerformanceTestSupport.EXAMPLE);
    }

    @Test
    void kpiWorkbookCommandRunsTheJobAndWritesTheWorkbook() throws Exception {
        Result result = run("build", "kpi-workbook", "pcp-2016", "--year", "2020/21", "--out", out.toString());
        Path file = out.resolve("wm-spcb/kpi/pcp-2016-2020-21.xlsx");
        assertThat(result.exit).isZero();
        assertThat(result.out).contains("wrote " + file.toAbsolutePath().normalize());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Summary of indicators, 2020/21");
        }
        assertThat(out.resolve("wm-spcb/kpi/manifest.json")).content().contains("pcp-2016-2020-21.xlsx");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'kpiWorkbook'",
                Integer.class)).isPositive();
    }

    @Test
    void annualReviewCommandRunsTheJobAndWritesThePdf() {
        Result result = run("build", "annual-review", "wm-spcb", "2020/21", "--out", out.toString());
        Path file = out.resolve("wm-spcb/annual-review/annual-review-2020-21.pdf");
        assertThat(result.exit).isZero();
        assertThat(result.out).contains("wrote " + file.toAbsolutePath().normalize());
        try (PdfInspection pdf = PdfInspection.open(file)) {
            assertThat(pdf.text()).contains("Title: Annual Report 2020/21");
        }
    }

    /**
     * Built again from the same data, the workbook and the review are the same bytes and no new version (until 7
     * December 2026 POI stamped the workbook's entries and properties with the time of writing). The workbook's
     * properties are PackPress's: its title, the Board as creator, and the date the manifest records.
     */
    @Test
    void aWorkbookAndAReviewBuiltAgainFromTheSameDataAreTheSameVersion() throws Exception {
        Path again = out.resolve("again");
        run("build", "kpi-workbook", "pcp-2016", "--year", "2020/21", "--out", again.toString());
        run("build", "annual-review", "wm-spcb", "2020/21", "--out", again.toString());
        Path workbook = again.resolve("wm-spcb/kpi/pcp-2016-2020-21.xlsx");
        Path review = again.resolve("wm-spcb/annual-review/annual-review-2020-21.pdf");
        byte[] firstWorkbook = Files.readAllBytes(workbook);
        byte[] firstReview = Files.readAllBytes(review);

        assertThat(run("build", "kpi-workbook", "pcp-2016", "--year", "2020/21", "--out", again.toString()).exit).isZero();
        assertThat(run("build", "annual-review", "wm-spcb", "2020/21", "--out", again.toString()).exit).isZero();

        assertThat(workbook).hasBinaryContent(firstWorkbook);
        assertThat(review).hasBinaryContent(firstReview);
        Manifest manifest = new Publisher(event -> { }).read(workbook.getParent()).orElseThrow();
        assertThat(manifest.currentVersion("pcp-2016-2020-21")).isEqualTo(1);
        Instant dated = OffsetDateTime.parse(manifest.documents().get("pcp-2016-2020-21").dated()).toInstant();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            PackageProperties properties = wb.getPackage().getPackageProperties();
            assertThat(properties.getTitleProperty()).contains("West Midlands Police and Crime Plan 2016: performance"
                    + " workbook 2020/21");
            // the Board, by its id: this test's store holds its performance data only, not its body.yaml
            assertThat(properties.getCreatorProperty()).contains("wm-spcb");
            assertThat(properties.getCreatedProperty().map(Date::toInstant)).contains(dated);
        }
        try (ZipFile zip = ZipFile.builder().setPath(workbook).get()) {
            // an entry's time is a DOS time: to the two seconds before
            assertThat(Collections.list(zip.getEntries())).allSatisfy(entry ->
                    assertThat(entry.getTime()).isBetween(dated.toEpochMilli() - 1999, dated.toEpochMilli()));
        }
    }

    @Test
    void aMissingReviewFailsNamingWhatIsMissingAndWritesNothing() throws Exception {
        Result result = run("build", "annual-review", "wm-spcb", "2019/20", "--out", out.toString());
        assertThat(result.exit).isEqualTo(3);
        assertThat(result.err).contains("wm-spcb: no annual-review paper for 2019/20; import "
                + "performance/reviews/2019-20.yaml first");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith("2019-20.pdf") || p.endsWith(".part"));
        }
    }

    @Test
    void anUnknownPlanFails() {
        Result result = run("build", "kpi-workbook", "no-such-plan", "--out", out.toString());
        assertThat(result.exit).isEqualTo(3);
        assertThat(result.err).contains("plan no-such-plan: not in the store");
    }

    @Test
    void theImportCommandRejectsABadPerformanceFileAndStoresNothingOfIt(@TempDir Path copy) throws Exception {
        Path body = PerformanceTestSupport.copyOfExample(copy);
        Files.writeString(body.resolve("performance/observations.csv"), """
                indicator,measure,area,period,value
                1,rate,West Midlands,year ending September 2020,86.9
                1,rate,Merseyside,someday,94.2
                """);
        Path street = body.resolve("performance/street-level/2020-12-west-midlands-street-sample.csv");
        Files.writeString(street, Files.readString(street) + "only,three,columns\n");
        int before = jdbc.queryForObject("SELECT COALESCE(SUM(CARDINALITY(period_codes)), 0) FROM perf_series", Integer.class);
        Result result = run("import", body.toString());
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("performance/observations.csv: line 3, column period: 'someday' is not a period",
                "performance/street-level/2020-12-west-midlands-street-sample.csv: line 26: has 3 columns, expected 12");
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(CARDINALITY(period_codes)), 0) FROM perf_series", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(CARDINALITY(period_codes)), 0) FROM perf_series WHERE indicator = 9", Integer.class))
                .isPositive();
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        packpressCommandLine.setOut(new PrintWriter(o, true));
        packpressCommandLine.setErr(new PrintWriter(e, true));
        int exit = packpressCommandLine.execute(args);
        return new Result(exit, o.toString(), e.toString());
    }
}
