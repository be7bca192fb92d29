package org.packpress.store.performance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.packpress.model.performance.Observation;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a batch of observations on PostgreSQL with one {@code COPY ... FROM STDIN}, on the connection of the
 * caller's transaction (so a failed import still stores nothing): PostgreSQL then reads rows as fast as it
 * can parse them, instead of executing an {@code INSERT} per row. An error (a duplicate key, say) is translated
 * like any other statement's.
 */
final class ObservationCopy implements Consumer<List<Observation>> {

    /** Rows per {@code COPY}: about a megabyte of text. */
    static final int BATCH = 10_000;

    private static final String SQL = "COPY perf_observation (" + ObservationRows.COLUMNS + ") FROM STDIN (FORMAT csv)";

    private final JdbcTemplate jdbc;
    private final ObservationRows rows;

    ObservationCopy(JdbcTemplate jdbc, ObservationRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** Whether the store is PostgreSQL, reached through its own driver. */
    static boolean available(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class)));
    }

    @Override
    public void accept(List<Observation> batch) {
        StringBuilder csv = new StringBuilder(batch.size() * 160);
        batch.forEach(o -> rows.appendCsv(csv, o));
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("COPY of observations failed", e);
            }
        });
    }
}
