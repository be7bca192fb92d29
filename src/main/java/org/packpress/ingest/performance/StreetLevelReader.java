package org.packpress.ingest.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.packpress.ingest.Problems;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;

/**
 * Reads data.police.uk street-level crime files and counts crimes per month, crime type and force
 * ("Falls within"). Crime types the plan does not map are counted as ignored, not rejected.
 */
final class StreetLevelReader {

    static final List<String> COLUMNS = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

    record Result(List<Observation> observations, int rows, int ignored) {
    }

    private StreetLevelReader() {
    }

    static Result read(String file, TableRows.Table table, Plan plan, Problems problems) {
        if (plan.streetLevel() == null) {
            problems.add(file, "", "the plan has no 'streetLevel' section saying which indicator "
                    + "street-level files feed");
            return new Result(List.of(), 0, 0);
        }
        if (!table.header().equals(COLUMNS)) {
            problems.add(file, table.headerPosition(), "expected the data.police.uk street-level columns "
                    + String.join(", ", COLUMNS));
            return new Result(List.of(), 0, 0);
        }
        Map<String, String> types = plan.streetLevel().crimeTypes();
        Map<String, long[]> counts = new TreeMap<>();
        int ignored = 0;
        int rows = 0;
        for (TableRows.Row row : table) {
            rows++;
            int before = problems.count();
            if (row.width() != COLUMNS.size()) {
                problems.add(file, row.position(), "has " + row.width() + " columns, expected "
                        + COLUMNS.size());
                continue;
            }
            YearMonth month = null;
            try {
                month = YearMonth.parse(row.get("Month"));
            } catch (DateTimeParseException e) {
                problems.add(ObservationReader.at(file, row, "Month", "'" + row.get("Month") + "' is not a month (yyyy-mm)"));
            }
            coordinate(file, row, "Longitude", 180, problems);
            coordinate(file, row, "Latitude", 90, problems);
            String type = row.get("Crime type");
            if (type.isEmpty()) {
                problems.add(ObservationReader.at(file, row, "Crime type", "is required"));
            }
            Area area = plan.resolveArea(row.get("Falls within")).orElse(null);
            if (area == null) {
                problems.add(ObservationReader.at(file, row, "Falls within", "unknown area '" + row.get("Falls within")
                        + "'; add it (or an alias) to the plan's areas"));
            }
            if (problems.count() > before) {
                continue;
            }
            String measure = types.get(type);
            if (measure == null) {
                ignored++;
                continue;
            }
            counts.computeIfAbsent(measure + "|" + area.id() + "|" + month, k -> new long[1])[0]++;
        }
        List<Observation> out = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split("\\|");
            YearMonth month = YearMonth.parse(parts[2]);
            out.add(new Observation(plan.streetLevel().indicator(), parts[0], parts[1],
                    new Period(Period.Kind.MONTH, month), parts[2], BigDecimal.valueOf(count[0]), null,
                    "data.police.uk street-level crime", null));
        });
        return new Result(out, rows, ignored);
    }

    private static void coordinate(String file, TableRows.Row row, String column, int limit, Problems problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return; // data.police.uk leaves the location out for some crimes
        }
        try {
            double v = Double.parseDouble(text);
            if (Math.abs(v) > limit) {
                problems.add(ObservationReader.at(file, row, column, text + " is out of range"));
            }
        } catch (NumberFormatException e) {
            problems.add(ObservationReader.at(file, row, column, "'" + text + "' is not a number"));
        }
    }
}
