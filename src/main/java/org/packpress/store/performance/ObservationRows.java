package org.packpress.store.performance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Observation;

/** The stored row of an observation of one file of one plan: its columns, as JDBC parameters or as a CSV line. */
final class ObservationRows {

    static final String COLUMNS = "body_id, plan_id, indicator, measure_id, area_id, period_code, period_label,"
            + " period_end, obs_value, printed, source, note, source_file, completeness";

    private final String body;
    private final String planId;
    private final String sourceFile;

    ObservationRows(String body, String planId, String sourceFile) {
        this.body = body;
        this.planId = planId;
        this.sourceFile = sourceFile;
    }

    /** Sets the parameters of {@code INSERT INTO perf_observation (COLUMNS) VALUES (?, ...)}. */
    void bind(PreparedStatement ps, Observation o) throws SQLException {
        ps.setString(1, body);
        ps.setString(2, planId);
        ps.setInt(3, o.indicator());
        ps.setString(4, o.measure());
        ps.setString(5, o.area());
        ps.setString(6, o.period().code());
        ps.setString(7, o.periodLabel());
        ps.setDate(8, Date.valueOf(periodEnd(o)));
        ps.setBigDecimal(9, o.value());
        ps.setString(10, o.printed());
        ps.setString(11, o.source());
        ps.setString(12, o.note());
        ps.setString(13, sourceFile);
        ps.setString(14, completeness(o));
    }

    /**
     * Appends the row as a line of CSV as PostgreSQL's {@code COPY ... (FORMAT csv)} reads it, columns in
     * the order of {@link #COLUMNS}: a null is an empty field, any text is quoted (so an empty text stays
     * empty text, and commas, quotes and line breaks in it are data).
     */
    void appendCsv(StringBuilder csv, Observation o) {
        text(csv, body).append(',');
        text(csv, planId).append(',');
        csv.append(o.indicator()).append(',');
        text(csv, o.measure()).append(',');
        text(csv, o.area()).append(',');
        text(csv, o.period().code()).append(',');
        text(csv, o.periodLabel()).append(',');
        csv.append(periodEnd(o)).append(',');
        decimal(csv, o.value()).append(',');
        text(csv, o.printed()).append(',');
        text(csv, o.source()).append(',');
        text(csv, o.note()).append(',');
        text(csv, sourceFile).append(',');
        text(csv, completeness(o)).append('\n');
    }

    private static java.time.LocalDate periodEnd(Observation o) {
        return o.period().end().atEndOfMonth();
    }

    private static String completeness(Observation o) {
        return o.completeness() == Completeness.FULL ? null : o.completeness().name();
    }

    private static StringBuilder text(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }

    private static StringBuilder decimal(StringBuilder csv, BigDecimal value) {
        return value == null ? csv : csv.append(value.toPlainString());
    }
}
