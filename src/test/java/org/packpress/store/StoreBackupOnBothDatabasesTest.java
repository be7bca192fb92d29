package org.packpress.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packpress.testing.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup and restore of a store on each database. H2: the archive holds the database, and restoring it into
 * a new, empty store brings back its rows and its files (a published file and its hard link in the folder's
 * archive stored once, and linked again), with the schema up to date. PostgreSQL: the archive
 * holds the files only, the database being pg_dump's (whose command the advice names); a restore puts the
 * files back into empty folders beside a database pg_restore has filled.
 */
class StoreBackupOnBothDatabasesTest {

    private static final String PAPER = "wm-pcp/2024-01-15/agenda-pack.pdf";
    private static final String KEPT = "wm-pcp/2024-01-15/archive/" + "a".repeat(64) + ".pdf";

    static Stream<Arguments> databases() {
        return TestDatabases.both("backup-test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theFilesComeBackAndOnH2TheDatabaseToo(String name, DataSource dataSource, @TempDir Path temp)
            throws Exception {
        TestDatabases.migrateFromScratch(dataSource);
        new JdbcTemplate(dataSource).update("INSERT INTO body (id, name, kind, source_hash) VALUES ('wm-pcp',"
                + " 'Panel', 'PANEL', ?)", "0".repeat(64));
        Path out = temp.resolve("first/out");
        Files.createDirectories(out.resolve(PAPER).getParent());
        Files.writeString(out.resolve(PAPER), "%PDF-1.7 the published pack");
        Files.createDirectories(out.resolve(KEPT).getParent());
        Files.createLink(out.resolve(KEPT), out.resolve(PAPER)); // as the folder's archive keeps it
        Path archive = temp.resolve("backup.zip");

        StoreBackup.Contents contents = store(dataSource, temp.resolve("first")).backup(archive);

        boolean h2 = name.equals("H2");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertThat(zip.getEntry(StoreBackup.DATABASE) != null).isEqualTo(h2);
            assertThat(zip.getEntry("out/" + PAPER)).isNotNull();
            assertThat(zip.getEntry("out/" + KEPT)).as("a hard link's bytes are stored once").isNull();
        }
        assertThat(contents.files()).filteredOn(f -> f.path().equals("out/" + KEPT))
                .singleElement().satisfies(f -> assertThat(f.sameAs()).isEqualTo("out/" + PAPER));
        assertThat(contents.database()).isEqualTo(h2 ? "h2" : "postgresql");

        DataSource target = h2 ? emptyH2() : dataSource; // PostgreSQL: as after pg_restore
        StoreBackup second = store(target, temp.resolve("second"));
        second.restore(archive);

        assertThat(temp.resolve("second/out").resolve(PAPER)).hasContent("%PDF-1.7 the published pack");
        assertThat(Files.isSameFile(temp.resolve("second/out").resolve(KEPT), temp.resolve("second/out").resolve(PAPER)))
                .as("linked again, not copied").isTrue();
        JdbcTemplate restored = new JdbcTemplate(target);
        assertThat(restored.queryForList("SELECT id FROM body", String.class)).containsExactly("wm-pcp");
        if (!h2) {
            assertThat(second.postgresqlAdvice(archive)).contains("pg_dump --format=custom")
                    .contains("pg_restore --no-owner").contains("postgresql://");
        }
    }

    @Test
    void aRestoredH2StoreIsMigratedToThisVersionsSchema(@TempDir Path temp) {
        DataSource old = h2();
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("61").load().migrate();
        Path archive = temp.resolve("old.zip");
        new StoreBackup(old, flyway(old), temp.resolve("a/out"), temp.resolve("a/uploads")).backup(archive);

        DataSource target = emptyH2();
        store(target, temp.resolve("b")).restore(archive);

        assertThat(flyway(target).info().pending()).isEmpty();
        assertThat(flyway(target).info().current().getVersion()).isEqualTo(flyway(target).info().all()[
                flyway(target).info().all().length - 1].getVersion());
    }

    private static StoreBackup store(DataSource dataSource, Path folder) {
        return new StoreBackup(dataSource, flyway(dataSource), folder.resolve("out"), folder.resolve("uploads"));
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    /** A new H2 store, migrated and empty, as a first start leaves it. */
    private static DataSource emptyH2() {
        DataSource h2 = h2();
        flyway(h2).migrate();
        return h2;
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:restored-" + java.util.UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }
}
