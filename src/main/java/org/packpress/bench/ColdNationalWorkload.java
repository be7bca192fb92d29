package org.packpress.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The national data set's files ({@link SyntheticNationalFiles}) for a workload whose runs are commands in new
 * JVMs with a 256 MB heap, as the issue measures them: the store's observations can be counted and removed
 * between runs, the command having ended.
 */
abstract class ColdNationalWorkload extends CommandWorkload {

    /** The heap of the measured commands. */
    static final String HEAP = "256m";

    final int forces;
    final int indicators;
    final int months;
    Path folder;
    String plan;

    ColdNationalWorkload(int forces, int indicators, int months, Commands commands) {
        super(commands);
        this.forces = forces;
        this.indicators = indicators;
        this.months = months;
    }

    abstract String body();

    String size() {
        return forces + " forces × " + indicators + " indicators × " + months + " months";
    }

    int rows() {
        return forces * indicators * months;
    }

    @Override
    public void prepare(Path work) {
        super.prepare(work);
        folder = work.resolve(body());
        plan = SyntheticNationalFiles.write(folder, body(), forces, indicators, months).plan().id();
    }

    Path table() {
        return folder.resolve(SyntheticNationalFiles.TABLE).toAbsolutePath();
    }

    /** Counts the body's stored observations and, if asked, removes them (between runs, with no command running). */
    long storedObservations(boolean remove) {
        try (Connection store = DriverManager.getConnection(jvm.jdbcUrl(), "sa", "");
                PreparedStatement count = store.prepareStatement("SELECT COALESCE(SUM(CARDINALITY(period_codes)), 0)"
                        + " FROM perf_series WHERE body_id = ?")) {
            count.setString(1, body());
            long stored;
            try (ResultSet row = count.executeQuery()) {
                row.next();
                stored = row.getLong(1);
            }
            if (remove) {
                try (PreparedStatement delete = store.prepareStatement("DELETE FROM perf_series WHERE body_id = ?")) {
                    delete.setString(1, body());
                    delete.executeUpdate();
                }
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the store of " + id() + ": " + e.getMessage(), e);
        }
    }
}
