package org.packpress.ingest.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packpress.common.PackPressProperties;
import org.packpress.bench.SyntheticNationalFiles;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.ingest.agenda.AgendaImporter;
import org.packpress.store.BlobStore;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.packpress.store.ReportRepository;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.store.performance.PerformanceRepository;
import org.packpress.testing.TestWordPapers;
import org.packpress.testing.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file of the national shape (43 forces × 8 indicators × 60 months = 20,640 rows), read as a stream and
 * stored as series, on both databases: every row is stored, and a bad row at the very end of a second
 * import is reported by its line and leaves the store as it was.
 * The full national size (129,000 rows) runs in {@code NationalDataInFixedHeapTest} and the bench's W6.
 */
class NationalImportTest {

    static final int ROWS = 43 * 8 * 60;

    @TempDir
    static Path temp;

    static Stream<Arguments> databases() {
        return TestDatabases.both("national-import");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void importsTheNationalFileAllOrNothing(String name, DataSource dataSource) throws IOException {
        TestDatabases.migrateFromScratch(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        PerformanceRepository performance = new PerformanceRepository(jdbc);
        ImportService imports = new ImportService(List.of(
                new AgendaImporter(new BodyRepository(jdbc), new MeetingRepository(jdbc, new ReportRepository(jdbc)),
                        new BlobStore(jdbc), TestWordPapers.of(jdbc), TestWordPapers.scans(jdbc)), new PerformanceImporter(performance, PackPressProperties.Input.defaults())),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), PackPressProperties.Input.defaults());
        Path folder = temp.resolve(name).resolve("national");
        String plan = SyntheticNationalFiles.write(folder, "national", 43, 8, 60).plan().id();

        assertThat(imports.importPaths(List.of(folder)))
                .contains(SyntheticNationalFiles.TABLE + ": " + ROWS + " observations stored");
        assertThat(stored(jdbc)).isEqualTo(ROWS);
        assertThat(performance.observations("national", plan).get(0).source()).isEqualTo("benchmark");

        Path table = folder.resolve(SyntheticNationalFiles.TABLE);
        Files.writeString(table, Files.readString(table).replace("source\n", "source\n\n") // line 2 left empty
                + "7,value,force-1,2020-04,12,benchmark\n8,value,force-9,someday,1,benchmark\n");
        List<Observation> before = performance.observations("national", plan);
        List<String> lines = Files.readAllLines(table);
        int firstLine = 1 + lines.indexOf(lines.stream().filter(l -> l.startsWith("7,value,force-1,2020-04,"))
                .findFirst().orElseThrow());
        assertThat(firstLine).isBetween(3, ROWS + 2);
        assertThatThrownBy(() -> imports.importPaths(List.of(folder)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.errors())
                        .extracting(InputError::toString).containsExactly(
                                SyntheticNationalFiles.TABLE + ": line " + (ROWS + 3) + ", column period: duplicate "
                                        + "observation: line " + firstLine + " already gives indicator 7, value, force-1, April 2020",
                                SyntheticNationalFiles.TABLE + ": line " + (ROWS + 4) + ", column period: 'someday' is "
                                        + "not a period; expected e.g. 2020/21, 2019, Nov-19, 2020-11, Q1 2020/21 or "
                                        + "year ending September 2020"));
        assertThat(performance.observations("national", plan)).isEqualTo(before);
    }

    /**
     * What is read back is what was given, text with commas, quotes, braces, line breaks and non-Latin letters,
     * nulls and flags included, whatever order the points came in.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAwkwardTextAsGiven(String name, DataSource dataSource) {
        TestDatabases.migrateFromScratch(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        PerformanceRepository performance = new PerformanceRepository(jdbc);
        List<Observation> given = List.of(
                new Observation(1, "value", "force-1", Period.parse("2020-03"), "Mar-20", new BigDecimal("7"),
                        "7", "{a,\"b\"} NULL \\", null, Completeness.FULL),
                new Observation(1, "value", "force-1", Period.parse("2020-04"), "Apr-20", new BigDecimal("12.5"),
                        "12.5", "Home Office, \"table\" 3", "first line\nsecond line", Completeness.PARTIAL),
                new Observation(1, "value", "force-2", Period.parse("2020-04"), "Apr-20", new BigDecimal("-3"),
                        "", "Ynys Môn – ≥ 5 ‰", null, Completeness.FULL),
                new Observation(2, "rate", "force-1", Period.parse("2020/21"), "2020/21", new BigDecimal("0.000001"),
                        null, null, "\"\"", Completeness.SAMPLE));

        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            try (PerformanceRepository.ObservationWriter writer = performance.replaceObservations("national", "plan",
                    "performance/awkward.csv")) {
                List<Observation> backwards = new ArrayList<>(given);
                Collections.reverse(backwards);
                backwards.forEach(writer::add);
            }
        });

        assertThat(performance.observations("national", "plan")).containsExactlyElementsOf(given);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM perf_series", Integer.class)).as("a row per series").isEqualTo(3);
        Object[] codes = jdbc.queryForObject("SELECT period_codes FROM perf_series WHERE area_id = 'force-1'"
                + " AND indicator = 1", (rs, row) -> (Object[]) rs.getArray(1).getArray());
        assertThat(codes).as("points in period order").containsExactly("M2020-03", "M2020-04");
    }

    private static int stored(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(CARDINALITY(period_codes)), 0) FROM perf_series WHERE body_id = 'national'", Integer.class);
    }
}
