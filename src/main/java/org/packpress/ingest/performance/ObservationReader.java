package org.packpress.ingest.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packpress.ingest.InputError;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;

/**
 * Reads the tidy observation table (CSV or the first sheet of an .xlsx):
 * {@code indicator, measure, area, period, value, printed, source, note}.
 */
final class ObservationReader {

    static final List<String> REQUIRED = List.of("indicator", "area", "period", "value");
    static final List<String> OPTIONAL = List.of("measure", "printed", "source", "note");

    private ObservationReader() {
    }

    static List<Observation> read(String file, TableRows.Table table, Plan plan, List<InputError> errors) {
        List<Observation> out = new ArrayList<>();
        if (errors.stream().anyMatch(e -> e.file().equals(file))) {
            return out;
        }
        for (String column : REQUIRED) {
            if (!table.header().contains(column)) {
                errors.add(new InputError(file, "row 1", "missing column '" + column + "'"));
            }
        }
        for (int c = 0; c < table.header().size(); c++) {
            String h = table.header().get(c);
            if (!REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
                errors.add(new InputError(file, "row 1, column " + (c + 1), "unknown column '" + h
                        + "'; expected " + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL)));
            }
        }
        if (errors.stream().anyMatch(e -> e.file().equals(file))) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (TableRows.Row row : table.rows()) {
            int before = errors.size();
            Observation o = row(file, row, plan, errors);
            if (o == null || errors.size() > before) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(o.key(), row.number());
            if (earlier != null) {
                errors.add(at(file, row, "period", "duplicate observation: row " + earlier + " already gives indicator "
                        + o.indicator() + ", " + o.measure() + ", " + o.area() + ", " + o.period().label()));
                continue;
            }
            out.add(o);
        }
        return out;
    }

    private static Observation row(String file, TableRows.Row row, Plan plan, List<InputError> errors) {
        Indicator indicator = null;
        String number = row.get("indicator");
        try {
            int n = Integer.parseInt(number);
            indicator = plan.indicator(n).orElse(null);
            if (indicator == null) {
                errors.add(at(file, row, "indicator", "unknown indicator " + n + " (not in plan " + plan.id() + ")"));
            }
        } catch (NumberFormatException e) {
            errors.add(at(file, row, "indicator", "'" + number + "' is not an indicator number"));
        }
        Measure measure = null;
        if (indicator != null) {
            String m = row.get("measure");
            Optional<Measure> found = m.isEmpty() ? Optional.of(indicator.headline()) : indicator.measure(m);
            if (found.isEmpty()) {
                errors.add(at(file, row, "measure", "indicator " + indicator.number() + " has no measure '" + m + "'"));
            } else if (found.get().derived()) {
                errors.add(at(file, row, "measure", "'" + m + "' is computed from other measures and cannot be given"));
            } else {
                measure = found.get();
            }
        }
        Area area = plan.resolveArea(row.get("area")).orElse(null);
        if (area == null) {
            errors.add(at(file, row, "area", row.get("area").isEmpty() ? "is required"
                    : "unknown area '" + row.get("area") + "'"));
        }
        Period period = null;
        try {
            period = Period.parse(row.get("period"));
        } catch (IllegalArgumentException e) {
            errors.add(at(file, row, "period", e.getMessage()));
        }
        BigDecimal value = number(file, row, "value", errors);
        if (indicator == null || measure == null || area == null || period == null || value == null) {
            return null;
        }
        return new Observation(indicator.number(), measure.id(), area.id(), period, row.get("period"), value,
                emptyToNull(row.get("printed")), emptyToNull(row.get("source")), emptyToNull(row.get("note")));
    }

    static BigDecimal number(String file, TableRows.Row row, String column, List<InputError> errors) {
        String text = row.get(column);
        if (text.isEmpty()) {
            errors.add(at(file, row, column, "is required"));
            return null;
        }
        if (!text.matches("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?")) {
            errors.add(at(file, row, column, "'" + text + "' is not a number"));
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    static InputError at(String file, TableRows.Row row, String column, String reason) {
        return new InputError(file, "row " + row.number() + ", column " + column, reason);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
