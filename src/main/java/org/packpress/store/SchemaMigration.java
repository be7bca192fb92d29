package org.packpress.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.packpress.common.Hashes;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Migrates the store when its schema is not that of the packaged migrations, and only then. Flyway's
 * {@code migrate} scans, parses and validates every migration against the store on each start, a fifth of a
 * command's start-up; here a SHA-256 of every migration's name and content is compared with the one recorded
 * after the last successful migration ({@code schema_fingerprint}). The same fingerprint: nothing to do. Any
 * difference (a new migration, an edited one, a store never migrated by this code, a failed migration that
 * recorded nothing): Flyway's {@code migrate} runs as before, with its validation, and the new fingerprint is
 * recorded after it succeeds.
 */
@Component
public class SchemaMigration implements FlywayMigrationStrategy {

    private static final String CURRENT = "SELECT fingerprint FROM schema_fingerprint WHERE id = 1";

    @Override
    public void migrate(Flyway flyway) {
        Optional<String> packaged = fingerprint(flyway.getConfiguration().getLocations());
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        if (packaged.isPresent() && packaged.equals(recorded(dataSource))) {
            return;
        }
        flyway.migrate();
        packaged.ifPresent(fingerprint -> record(dataSource, fingerprint));
    }

    /** The fingerprint of the migrations at these locations; empty for locations other than the class path or files. */
    static Optional<String> fingerprint(Location[] locations) {
        MessageDigest digest = Hashes.sha256Digest();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (Location location : locations) {
            String prefix = switch (location.getPrefix()) {
                case "classpath:" -> "classpath*:";
                case "filesystem:" -> "file:";
                default -> null;
            };
            if (prefix == null) {
                return Optional.empty();
            }
            try {
                Resource[] migrations = resolver.getResources(prefix + location.getRootPath() + "/**/*");
                Arrays.sort(migrations, Comparator.comparing(SchemaMigration::name));
                for (Resource migration : migrations) {
                    if (migration.isReadable()) {
                        digest.update(name(migration).getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = migration.getInputStream()) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the migrations at " + location, e);
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static String name(Resource resource) {
        return String.valueOf(resource.getFilename());
    }

    /** The recorded fingerprint; empty when there is none or the store has no such table yet. */
    private static Optional<String> recorded(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(CURRENT);
                ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        } catch (SQLException noTableYet) {
            return Optional.empty();
        }
    }

    private static void record(DataSource dataSource, String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM schema_fingerprint");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO schema_fingerprint (id, fingerprint, migrated_at) VALUES (1, ?, ?)")) {
                delete.executeUpdate();
                insert.setString(1, fingerprint);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the schema's fingerprint", e);
        }
    }
}
