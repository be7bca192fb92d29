package org.packpress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway's migrate runs when the store was not migrated with the packaged migrations (a new store, a new or
 * edited migration) and is skipped when it was.
 */
class SchemaMigrationTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final SchemaMigration strategy = new SchemaMigration();

    SchemaMigrationTest() {
        dataSource.setURL("jdbc:h2:mem:schema-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }

    @Test
    void migratesOnceThenOnlyWhenTheMigrationsChange() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway first = flyway();
        strategy.migrate(first);
        verify(first, times(1)).migrate();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM perf_series", Integer.class)).isZero();
        String recorded = jdbc.queryForObject("SELECT fingerprint FROM schema_fingerprint", String.class);
        assertThat(recorded).hasSize(64);

        Flyway again = flyway();
        strategy.migrate(again);
        verify(again, never()).migrate();

        jdbc.update("UPDATE schema_fingerprint SET fingerprint = 'of other migrations'");
        Flyway changed = flyway();
        strategy.migrate(changed);
        verify(changed, times(1)).migrate();
        assertThat(jdbc.queryForObject("SELECT fingerprint FROM schema_fingerprint", String.class)).isEqualTo(recorded);
    }

    @Test
    void theFingerprintDependsOnTheMigrations() {
        String packaged = SchemaMigration.fingerprint(flyway().getConfiguration().getLocations()).orElseThrow();
        String withTestOnes = SchemaMigration.fingerprint(Flyway.configure()
                .locations("classpath:db/migration", "classpath:org/packpress/store").load().getConfiguration()
                .getLocations()).orElseThrow();
        assertThat(withTestOnes).isNotEqualTo(packaged);
    }

    private Flyway flyway() {
        return spy(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load());
    }
}
