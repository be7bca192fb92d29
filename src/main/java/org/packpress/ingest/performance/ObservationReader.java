package org.packpress.ingest.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.packpress.ingest.InputError;
import org.packpress.ingest.Problems;
import org.packpress.model.TextLimit;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;

/**
 * Reads the tidy observation table (CSV or the first sheet of an .xlsx):
 * {@code indicator, measure, area, period, value, printed, source, note}, one row at a time: each valid
 * row's observation is handed on as soon as it is read, so a table of any length is never held whole.
 */
final class ObservationReader {

    static final List<String> REQUIRED = List.of("indicator", "area", "period", "value");
    static final List<String> OPTIONAL = List.of("measure", "printed", "source", "note", "completeness");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private final String file;
    private final Plan plan;
    private final Problems problems;
    /** A national table names the same few areas and periods on every row: each is looked up once. */
    private final Map<String, Optional<Area>> areas = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();

    private ObservationReader(String file, Plan plan, Problems problems) {
        this.file = file;
        this.plan = plan;
        this.problems = problems;
    }

    /** The columns stored as given, and their limits (the period as its label). */
    private static final Map<String, TextLimit> STORED_TEXT = Map.of("period", TextLimit.NAME,
            "printed", TextLimit.NAME, "source", TextLimit.LONG_LINE, "note", TextLimit.NOTE);

    /**
     * Validates every row, adding each problem to {@code problems}, and hands each valid observation that no
     * other row or file gives to {@code valid}.
     *
     * @return the number of observations handed on
     */
    static int read(String file, TableRows.Table table, Plan plan, Problems problems, GivenObservations given,
            Consumer<Observation> valid) {
        if (!header(file, table.headerPosition(), table.header(), problems)) {
            return 0;
        }
        List<Integer> unnamed = IntStream.range(0, table.header().size())
                .filter(c -> table.header().get(c).isEmpty()).boxed().toList();
        ObservationReader reader = new ObservationReader(file, plan, problems);
        int count = 0;
        for (TableRows.Row row : table) {
            int before = problems.count();
            for (int c : unnamed) {
                if (!row.cell(c).isEmpty()) {
                    problems.add(new InputError(file, row.position() + ", column " + (c + 1), "'" + row.cell(c)
                            + "' is in a column without a heading; name the column or leave it empty"));
                }
            }
            Observation o = reader.row(row);
            if (o == null || problems.count() > before) {
                continue;
            }
            String duplicate = given.claim(o, file, row.position());
            if (duplicate != null) {
                problems.add(at(file, row, "period", duplicate));
                continue;
            }
            valid.accept(o);
            count++;
        }
        return count;
    }

    /**
     * Whether the first row names the columns. A column without a heading is allowed while it is empty (a
     * spreadsheet saved with blank columns); a first row that names none of the columns is not the header (a title
     * above it): one error says so, instead of one per column.
     */
    private static boolean header(String file, String at, List<String> header, Problems problems) {
        List<String> named = header.stream().filter(h -> !h.isEmpty()).toList();
        if (named.stream().noneMatch(h -> REQUIRED.contains(h) || OPTIONAL.contains(h))) {
            problems.add(new InputError(file, at, "is not a header row" + (named.isEmpty() ? "" : " ('"
                    + String.join("', '", named) + "')") + ": the first row must name the columns "
                    + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL)
                    + "; remove any title or blank rows above it"));
            return false;
        }
        int before = problems.count();
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                problems.add(file, at, "missing column '" + column + "'");
            }
        }
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (!h.isEmpty() && !REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
                problems.add(new InputError(file, at + ", column " + (c + 1), "unknown column '" + h
                        + "'; expected " + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL)));
            }
        }
        return problems.count() == before;
    }

    private Observation row(TableRows.Row row) {
        STORED_TEXT.forEach((column, limit) -> {
            String problem = limit.problem(row.get(column));
            if (problem != null) {
                problems.add(at(file, row, column, problem));
            }
        });
        Indicator indicator = indicator(row);
        Measure measure = indicator == null ? null : measure(row, indicator);
        String areaText = row.get("area");
        Area area = areas.computeIfAbsent(areaText, plan::resolveArea).orElse(null);
        if (area == null) {
            problems.add(at(file, row, "area", areaText.isEmpty() ? "is required" : "unknown area '" + areaText + "'"));
        }
        Period period = period(row);
        BigDecimal value = number(file, row, "value", problems);
        Completeness completeness = completeness(row);
        if (indicator == null || measure == null || area == null || period == null || value == null
                || completeness == null) {
            return null;
        }
        return new Observation(indicator.number(), measure.id(), area.id(), period, row.get("period"), value,
                emptyToNull(row.get("printed")), emptyToNull(row.get("source")), emptyToNull(row.get("note")),
                completeness);
    }

    /** The completeness column: empty or "full", "partial", "sample", "provisional", "forecast". */
    private Completeness completeness(TableRows.Row row) {
        String text = row.get("completeness");
        if (text.isEmpty()) {
            return Completeness.FULL;
        }
        for (Completeness c : Completeness.values()) {
            if (c.name().equalsIgnoreCase(text.trim())) {
                return c;
            }
        }
        problems.add(at(file, row, "completeness", "'" + text + "' is not one of: full, partial, sample, provisional,"
                + " forecast"));
        return null;
    }

    private Indicator indicator(TableRows.Row row) {
        String number = row.get("indicator");
        try {
            int n = Integer.parseInt(number);
            Indicator indicator = plan.indicator(n).orElse(null);
            if (indicator == null) {
                problems.add(at(file, row, "indicator", "unknown indicator " + n + " (not in plan " + plan.id() + ")"));
            }
            return indicator;
        } catch (NumberFormatException e) {
            problems.add(at(file, row, "indicator", "'" + number + "' is not an indicator number"));
            return null;
        }
    }

    private Measure measure(TableRows.Row row, Indicator indicator) {
        String m = row.get("measure");
        Optional<Measure> found = m.isEmpty() ? Optional.of(indicator.headline()) : indicator.measure(m);
        if (found.isEmpty()) {
            problems.add(at(file, row, "measure", "indicator " + indicator.number() + " has no measure '" + m + "'"));
            return null;
        }
        if (found.get().derived()) {
            problems.add(at(file, row, "measure", "'" + m + "' is computed from other measures and cannot be given"));
            return null;
        }
        return found.get();
    }

    private Period period(TableRows.Row row) {
        String text = row.get("period");
        Period known = periods.get(text);
        if (known != null) {
            return known;
        }
        try {
            Period period = Period.parse(text);
            periods.put(text, period);
            return period;
        } catch (IllegalArgumentException e) {
            problems.add(at(file, row, "period", e.getMessage()));
            return null;
        }
    }

    static BigDecimal number(String file, TableRows.Row row, String column, Problems problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            problems.add(at(file, row, column, "is required"));
            return null;
        }
        if (!NUMBER.matcher(text).matches()) {
            problems.add(at(file, row, column, "'" + text + "' is not a number"));
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    static InputError at(String file, TableRows.Row row, String column, String reason) {
        return new InputError(file, row.position() + ", column " + column, reason);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
