package org.packpress.store.performance;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;

/**
 * A row of {@code perf_series}: the points of one series (an indicator's measure in one area) from one file,
 * in parallel arrays ordered by period. Binds a series to an {@code INSERT} and reads a row back as
 * observations.
 */
final class ObservationSeries {

    /** What identifies a series within a file of a plan. */
    record Key(int indicator, String measure, String area) {

        static Key of(Observation o) {
            return new Key(o.indicator(), o.measure(), o.area());
        }
    }

    /** The order {@code PerformanceRepository} reads observations in: indicator, measure, period, area. */
    static final Comparator<Observation> READING_ORDER = Comparator.comparingInt(Observation::indicator)
            .thenComparing(Observation::measure)
            .thenComparing(o -> o.period().end())
            .thenComparing(Observation::area)
            .thenComparing(o -> o.period().code());

    static final String INSERT = "INSERT INTO perf_series (body_id, plan_id, indicator, measure_id, area_id, source_file,"
            + " period_codes, period_labels, obs_values, printed, sources, notes, completeness)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    static final String SELECT = "SELECT indicator, measure_id, area_id, period_codes, period_labels, obs_values,"
            + " printed, sources, notes, completeness FROM perf_series WHERE body_id = ? AND plan_id = ? ";

    private static final Comparator<Observation> BY_PERIOD = Comparator.comparing((Observation o) -> o.period().end())
            .thenComparing(o -> o.period().code());

    private final String body;
    private final String planId;
    private final String sourceFile;

    ObservationSeries(String body, String planId, String sourceFile) {
        this.body = body;
        this.planId = planId;
        this.sourceFile = sourceFile;
    }

    /** Sets the parameters of {@link #INSERT} for one series' points (of the same key), in any order. */
    void bind(PreparedStatement ps, List<Observation> points) throws SQLException {
        List<Observation> ordered = new ArrayList<>(points);
        ordered.sort(BY_PERIOD);
        Observation first = ordered.get(0);
        Connection connection = ps.getConnection();
        ps.setString(1, body);
        ps.setString(2, planId);
        ps.setInt(3, first.indicator());
        ps.setString(4, first.measure());
        ps.setString(5, first.area());
        ps.setString(6, sourceFile);
        ps.setArray(7, texts(connection, ordered, o -> o.period().code()));
        ps.setArray(8, texts(connection, ordered, Observation::periodLabel));
        ps.setArray(9, connection.createArrayOf("numeric", ordered.stream().map(Observation::value).toArray()));
        ps.setArray(10, texts(connection, ordered, Observation::printed));
        ps.setArray(11, texts(connection, ordered, Observation::source));
        ps.setArray(12, texts(connection, ordered, Observation::note));
        ps.setArray(13, texts(connection, ordered, ObservationSeries::completeness));
    }

    /** The observations of a row selected with {@link #SELECT}, in period order. */
    static List<Observation> points(ResultSet rs) throws SQLException {
        int indicator = rs.getInt(1);
        String measure = rs.getString(2);
        String area = rs.getString(3);
        Object[] codes = elements(rs.getArray(4));
        Object[] labels = elements(rs.getArray(5));
        Object[] values = elements(rs.getArray(6));
        Object[] printed = elements(rs.getArray(7));
        Object[] sources = elements(rs.getArray(8));
        Object[] notes = elements(rs.getArray(9));
        Object[] completeness = elements(rs.getArray(10));
        List<Observation> points = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            points.add(new Observation(indicator, measure, area, Period.fromCode((String) codes[i]), (String) labels[i],
                    strip((BigDecimal) values[i]), (String) printed[i], (String) sources[i], (String) notes[i],
                    completeness[i] == null ? Completeness.FULL : Completeness.valueOf((String) completeness[i])));
        }
        return points;
    }

    private static Array texts(Connection connection, List<Observation> points, Function<Observation, String> field)
            throws SQLException {
        return connection.createArrayOf("varchar", points.stream().map(field).toArray());
    }

    private static Object[] elements(Array array) throws SQLException {
        try {
            return (Object[]) array.getArray();
        } finally {
            array.free();
        }
    }

    private static String completeness(Observation o) {
        return o.completeness() == Completeness.FULL ? null : o.completeness().name();
    }

    /** The value as given: decimal(20, 6) pads 12.5 to 12.500000. */
    private static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
