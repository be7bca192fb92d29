package org.packpress.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The two databases the store must work on, for parameterised tests: H2 in PostgreSQL mode (the
 * embedded default) and PostgreSQL (embedded from Maven Central, started once per test run).
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** Arguments (name, DataSource) for H2 and PostgreSQL. */
    public static Stream<Arguments> both(String h2Name) {
        return Stream.of(Arguments.of("H2", h2(h2Name)), Arguments.of("PostgreSQL", postgres().getPostgresDatabase()));
    }

    /** An in-memory H2 database of that name, as the application's is configured. */
    public static DataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** Empties the database and runs every migration on it. */
    public static void migrateFromScratch(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the process is ending
                }
            }));
        }
        return postgres;
    }
}
