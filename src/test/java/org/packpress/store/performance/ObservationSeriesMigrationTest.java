package org.packpress.store.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.testing.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store holding observations a row per point (V70) keeps every one of them when V71 gathers them into series:
 * values, texts, nulls and flags, and the files they came from, on both databases.
 */
class ObservationSeriesMigrationTest {

    static Stream<Arguments> databases() {
        return TestDatabases.both("series-migration");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void observationsStoredBeforeSeriesAreReadBackAfterTheMigration(String name, DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        migrate(dataSource, "70");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        insertPoint(jdbc, "a.csv", 1, "force-1", "M2020-04", "Apr-20", "2020-04-30", "12.500000", "12.5", "src", null, null);
        insertPoint(jdbc, "a.csv", 1, "force-1", "M2020-03", "Mar-20", "2020-03-31", "7", null, null, "a note", "PARTIAL");
        insertPoint(jdbc, "b.csv", 1, "force-1", "M2020-05", "May-20", "2020-05-31", "-3", "(3)", null, null, null);
        insertPoint(jdbc, "a.csv", 2, "force-2", "FY2020", "2020/21", "2021-03-31", "0.000001", null, null, null, "SAMPLE");

        migrate(dataSource, "latest");

        PerformanceRepository performance = new PerformanceRepository(jdbc);
        assertThat(performance.observations("body", "plan")).containsExactly(
                new Observation(1, "value", "force-1", Period.fromCode("M2020-03"), "Mar-20", new BigDecimal("7"), null,
                        null, "a note", Completeness.PARTIAL),
                new Observation(1, "value", "force-1", Period.fromCode("M2020-04"), "Apr-20", new BigDecimal("12.5"),
                        "12.5", "src", null, Completeness.FULL),
                new Observation(1, "value", "force-1", Period.fromCode("M2020-05"), "May-20", new BigDecimal("-3"),
                        "(3)", null, null, Completeness.FULL),
                new Observation(2, "value", "force-2", Period.fromCode("FY2020"), "2020/21", new BigDecimal("0.000001"),
                        null, null, null, Completeness.SAMPLE));
        assertThat(performance.observationSources("body", "plan")).containsEntry("1|value|force-1|M2020-05", "b.csv")
                .containsEntry("1|value|force-1|M2020-03", "a.csv").hasSize(4);
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }

    private static void insertPoint(JdbcTemplate jdbc, String file, int indicator, String area, String code, String label,
            String end, String value, String printed, String source, String note, String completeness) {
        jdbc.update("INSERT INTO perf_observation (body_id, plan_id, indicator, measure_id, area_id, period_code,"
                + " period_label, period_end, obs_value, printed, source, note, source_file, completeness)"
                + " VALUES ('body', 'plan', ?, 'value', ?, ?, ?, CAST(? AS DATE), CAST(? AS DECIMAL(20, 6)), ?, ?, ?, ?, ?)",
                indicator, area, code, label, end, value, printed, source, note, file, completeness);
    }
}
