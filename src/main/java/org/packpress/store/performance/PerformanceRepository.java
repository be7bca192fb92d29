package org.packpress.store.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.packpress.model.performance.AnnualReviewPaper;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.ComparatorGroup;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Grade;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorStatus;
import org.packpress.model.performance.Inspection;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.PlanFigures;
import org.packpress.model.performance.SeriesBreak;
import org.packpress.model.performance.Status;
import org.packpress.model.performance.Theme;
import org.packpress.model.performance.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stores and reads plans, observations, statuses, inspections and annual-review papers. */
@Repository
public class PerformanceRepository {

    private static final String SEP = "\u001f";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Series per JDBC batch: a national file's 2,150 in a few round trips. */
    private static final int SERIES_PER_BATCH = 500;

    private final JdbcTemplate jdbc;

    public PerformanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- plans ---------------------------------------------------------------------------

    /** Replaces the plan's definition (not its observations or statuses). */
    public void savePlan(Plan plan, String sourceFile) {
        String b = plan.bodyId();
        String p = plan.id();
        for (String table : List.of("perf_plan", "perf_theme", "perf_area", "perf_comparator_group", "perf_indicator",
                "perf_measure", "perf_street_crime_type", "perf_data_quality", "perf_series_break")) {
            jdbc.update("DELETE FROM " + table + " WHERE body_id = ? AND plan_id = ?", b, p);
        }
        jdbc.update("INSERT INTO perf_plan (body_id, plan_id, name, street_indicator, source_file) VALUES (?,?,?,?,?)",
                b, p, plan.name(), plan.streetLevel() == null ? null : plan.streetLevel().indicator(), sourceFile);
        int pos = 0;
        for (Theme t : plan.themes()) {
            jdbc.update("INSERT INTO perf_theme VALUES (?,?,?,?,?,?)", b, p, pos++, t.code(), t.listTitle(),
                    t.headingTitle());
        }
        pos = 0;
        for (Area a : plan.areas()) {
            jdbc.update("INSERT INTO perf_area VALUES (?,?,?,?,?,?,?,?)", b, p, pos++, a.id(), a.name(),
                    a.inSentence(), a.kind(), String.join(SEP, a.aliases()));
        }
        for (ComparatorGroup g : plan.groups()) {
            jdbc.update("INSERT INTO perf_comparator_group VALUES (?,?,?,?,?,?,?,?)", b, p, g.id(), g.name(),
                    g.inSentence(), g.home(), g.national(), String.join(SEP, g.peers()));
        }
        for (Indicator i : plan.indicators()) {
            jdbc.update("INSERT INTO perf_indicator VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", b, p, i.number(), i.title(),
                    i.theme(), i.section(), i.sheetName(), i.direction().name(), i.headlineMeasure(),
                    i.headlineArea(), i.comparatorGroup(), i.totalArea(), i.noData());
            int mpos = 0;
            for (Measure m : i.measures()) {
                jdbc.update("INSERT INTO perf_measure VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", b, p, i.number(), mpos++,
                        m.id(), m.title(), m.unit().code(), m.decimals(), m.numerator(), m.denominator(), m.scale(),
                        m.shareOf());
                int bpos = 0;
                for (SeriesBreak sb : m.seriesBreaks()) {
                    jdbc.update("INSERT INTO perf_series_break VALUES (?,?,?,?,?,?,?)", b, p, i.number(), m.id(),
                            bpos++, sb.from().code(), sb.reason());
                }
            }
            int dpos = 0;
            for (String note : i.dataQuality()) {
                jdbc.update("INSERT INTO perf_data_quality VALUES (?,?,?,?,?)", b, p, i.number(), dpos++, note);
            }
        }
        if (plan.streetLevel() != null) {
            plan.streetLevel().crimeTypes().forEach((type, measure) -> jdbc.update(
                    "INSERT INTO perf_street_crime_type VALUES (?,?,?,?)", b, p, type, measure));
        }
    }

    public Optional<Plan> plan(String body, String planId) {
        List<Plan> found = jdbc.query("SELECT name, street_indicator FROM perf_plan WHERE body_id = ? AND plan_id = ?",
                (rs, n) -> assemblePlan(body, planId, rs.getString(1), (Integer) rs.getObject(2)), body, planId);
        return found.stream().findFirst();
    }

    public List<String> planIds(String body) {
        return jdbc.queryForList("SELECT plan_id FROM perf_plan WHERE body_id = ? ORDER BY plan_id", String.class, body);
    }

    /** The bodies that have a plan with this id. */
    public List<String> bodiesWithPlan(String planId) {
        return jdbc.queryForList("SELECT body_id FROM perf_plan WHERE plan_id = ? ORDER BY body_id", String.class, planId);
    }

    private Plan assemblePlan(String b, String p, String name, Integer streetIndicator) {
        List<Theme> themes = jdbc.query("SELECT code, list_title, heading_title FROM perf_theme "
                + "WHERE body_id = ? AND plan_id = ? ORDER BY position",
                (rs, n) -> new Theme(rs.getString(1), rs.getString(2), rs.getString(3)), b, p);
        List<Area> areas = jdbc.query("SELECT area_id, name, in_sentence, kind, aliases FROM perf_area "
                + "WHERE body_id = ? AND plan_id = ? ORDER BY position",
                (rs, n) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        split(rs.getString(5))), b, p);
        List<ComparatorGroup> groups = jdbc.query("SELECT group_id, name, in_sentence, home_area, national_area, peers "
                + "FROM perf_comparator_group WHERE body_id = ? AND plan_id = ? ORDER BY group_id",
                (rs, n) -> new ComparatorGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), split(rs.getString(6))), b, p);
        Map<String, List<SeriesBreak>> breaks = new HashMap<>();
        jdbc.query("SELECT indicator, measure_id, from_period, reason FROM perf_series_break "
                + "WHERE body_id = ? AND plan_id = ? ORDER BY indicator, measure_id, position", rs -> {
                    breaks.computeIfAbsent(rs.getInt(1) + "|" + rs.getString(2), k -> new ArrayList<>())
                            .add(new SeriesBreak(Period.fromCode(rs.getString(3)), rs.getString(4)));
                }, b, p);
        Map<Integer, List<Measure>> measures = new HashMap<>();
        jdbc.query("SELECT indicator, measure_id, title, unit, decimals, numerator, denominator, scale, share_of FROM perf_measure "
                + "WHERE body_id = ? AND plan_id = ? ORDER BY indicator, position", rs -> {
                    measures.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new Measure(rs.getString(2),
                            rs.getString(3), Unit.parse(rs.getString(4)), rs.getInt(5), rs.getString(6),
                            rs.getString(7), rs.getBigDecimal(8), rs.getString(9),
                            breaks.get(rs.getInt(1) + "|" + rs.getString(2))));
                }, b, p);
        Map<Integer, List<String>> notes = new HashMap<>();
        jdbc.query("SELECT indicator, note FROM perf_data_quality WHERE body_id = ? AND plan_id = ? "
                + "ORDER BY indicator, position",
                rs -> {
                    notes.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, b, p);
        List<Indicator> indicators = jdbc.query("SELECT indicator_no, title, theme, section_key, sheet_name, direction, "
                + "headline_measure, headline_area, comparator_group, total_area, no_data FROM perf_indicator "
                + "WHERE body_id = ? AND plan_id = ? ORDER BY indicator_no",
                (rs, n) -> new Indicator(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Direction.valueOf(rs.getString(6)), measures.getOrDefault(rs.getInt(1), List.of()),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        notes.getOrDefault(rs.getInt(1), List.of())), b, p);
        Plan.StreetLevelMapping street = null;
        if (streetIndicator != null) {
            Map<String, String> types = new LinkedHashMap<>();
            jdbc.query("SELECT crime_type, measure_id FROM perf_street_crime_type WHERE body_id = ? AND plan_id = ? "
                    + "ORDER BY crime_type", rs -> {
                        types.put(rs.getString(1), rs.getString(2));
                    }, b, p);
            street = new Plan.StreetLevelMapping(streetIndicator, types);
        }
        return new Plan(b, p, name, themes, areas, groups, indicators, street);
    }

    // ---- observations --------------------------------------------------------------------

    /** Observation key to the file it came from, for duplicate checks across files. */
    public Map<String, String> observationSources(String body, String planId) {
        Map<String, String> keys = new HashMap<>();
        jdbc.query("SELECT indicator, measure_id, area_id, period_codes, source_file FROM perf_series "
                + "WHERE body_id = ? AND plan_id = ?", rs -> {
                    Array codes = rs.getArray(4);
                    for (Object code : (Object[]) codes.getArray()) {
                        keys.put(Observation.key(rs.getInt(1), rs.getString(2), rs.getString(3), (String) code),
                                rs.getString(5));
                    }
                    codes.free();
                }, body, planId);
        return keys;
    }

    /** Replaces everything that came from one file with its new observations. */
    public void replaceObservations(String body, String planId, String sourceFile, List<Observation> observations) {
        try (ObservationWriter writer = replaceObservations(body, planId, sourceFile)) {
            observations.forEach(writer::add);
        }
    }

    /**
     * Starts replacing everything that came from one file: its stored observations are deleted now, and the new
     * ones, given one at a time in any order, are gathered into series and stored when the writer is closed,
     * within the caller's transaction.
     */
    public ObservationWriter replaceObservations(String body, String planId, String sourceFile) {
        jdbc.update("DELETE FROM perf_series WHERE body_id = ? AND plan_id = ? AND source_file = ?",
                body, planId, sourceFile);
        ObservationSeries rows = new ObservationSeries(body, planId, sourceFile);
        return new ObservationWriter(series -> jdbc.batchUpdate(ObservationSeries.INSERT, series, SERIES_PER_BATCH,
                (ps, points) -> rows.bind(ps, points)));
    }

    /** Gathers one file's observations into series; {@link #close()} stores them. */
    public static final class ObservationWriter implements AutoCloseable {
        private final Consumer<Collection<List<Observation>>> store;
        private final Map<ObservationSeries.Key, List<Observation>> series = new LinkedHashMap<>();

        ObservationWriter(Consumer<Collection<List<Observation>>> store) {
            this.store = store;
        }

        public void add(Observation observation) {
            series.computeIfAbsent(ObservationSeries.Key.of(observation), key -> new ArrayList<>()).add(observation);
        }

        @Override
        public void close() {
            if (!series.isEmpty()) {
                store.accept(series.values());
                series.clear();
            }
        }
    }

    /** Every figure of the plan, in memory (the annual review's and the checks' few hundred). */
    public List<Observation> observations(String body, String planId) {
        return read(ObservationSeries.SELECT, body, planId);
    }

    /** The plan's figures as stored, read one indicator at a time (by the primary key), never whole. */
    public PlanFigures figures(String body, String planId) {
        return indicator -> read(ObservationSeries.SELECT + "AND indicator = ?", body, planId, indicator);
    }

    /** The points of the series selected, ordered by indicator, measure, period and area. */
    private List<Observation> read(String select, Object... parameters) {
        List<Observation> points = new ArrayList<>();
        jdbc.query(select, rs -> {
            points.addAll(ObservationSeries.points(rs));
        }, parameters);
        points.sort(ObservationSeries.READING_ORDER);
        return points;
    }

    // ---- statuses ------------------------------------------------------------------------

    /** Replaces all recorded statuses of the plan. */
    public void replaceStatuses(String body, String planId, List<IndicatorStatus> statuses) {
        jdbc.update("DELETE FROM perf_status WHERE body_id = ? AND plan_id = ?", body, planId);
        for (IndicatorStatus s : statuses) {
            jdbc.update("INSERT INTO perf_status VALUES (?,?,?,?,?,?,?,?)", body, planId, s.indicator(), s.year(),
                    s.status().name(), s.recordedBy(), s.recordedOn() == null ? null : Date.valueOf(s.recordedOn()),
                    s.comment());
        }
    }

    public List<IndicatorStatus> statuses(String body, String planId) {
        return jdbc.query("SELECT indicator, year_label, status, recorded_by, recorded_on, comment FROM perf_status "
                + "WHERE body_id = ? AND plan_id = ? ORDER BY year_label, indicator",
                (rs, n) -> new IndicatorStatus(rs.getInt(1), rs.getString(2), Status.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6)),
                body, planId);
    }

    // ---- inspections ---------------------------------------------------------------------

    public void saveInspection(String body, Inspection inspection, String sourceFile) {
        for (String table : List.of("perf_inspection", "perf_inspection_area", "perf_inspection_finding")) {
            jdbc.update("DELETE FROM " + table + " WHERE body_id = ? AND inspection_id = ?", body, inspection.id());
        }
        jdbc.update("INSERT INTO perf_inspection VALUES (?,?,?,?,?,?,?)", body, inspection.id(),
                inspection.inspectorate(), inspection.programme(), inspection.title(),
                inspection.published() == null ? null : Date.valueOf(inspection.published()), sourceFile);
        int pos = 0;
        for (Inspection.GradedArea a : inspection.areas()) {
            jdbc.update("INSERT INTO perf_inspection_area VALUES (?,?,?,?,?,?)", body, inspection.id(), pos++,
                    a.area(), a.section(), a.grade().name());
        }
        pos = 0;
        for (Inspection.Finding f : inspection.findings()) {
            jdbc.update("INSERT INTO perf_inspection_finding VALUES (?,?,?,?,?,?,?)", body, inspection.id(), pos++,
                    f.kind().name(), f.area(), f.text(), f.progress());
        }
    }

    /** A body's inspections, oldest first. */
    public List<Inspection> inspections(String body) {
        return jdbc.query("SELECT inspection_id, inspectorate, programme, title, published FROM perf_inspection "
                + "WHERE body_id = ? ORDER BY inspection_id", (rs, n) -> inspection(body, rs), body);
    }

    private Inspection inspection(String body, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        List<Inspection.GradedArea> areas = jdbc.query("SELECT area, section_title, grade FROM perf_inspection_area "
                + "WHERE body_id = ? AND inspection_id = ? ORDER BY position",
                (r, n) -> new Inspection.GradedArea(r.getString(1), r.getString(2), Grade.valueOf(r.getString(3))),
                body, id);
        List<Inspection.Finding> findings = jdbc.query("SELECT kind, area, finding_text, progress FROM perf_inspection_finding "
                + "WHERE body_id = ? AND inspection_id = ? ORDER BY position",
                (r, n) -> new Inspection.Finding(Inspection.Finding.Kind.valueOf(r.getString(1)), r.getString(2),
                        r.getString(3), r.getString(4)), body, id);
        return new Inspection(id, rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), areas, findings);
    }

    // ---- annual-review papers ------------------------------------------------------------

    public void saveReview(AnnualReviewPaper paper, String sourceFile) {
        jdbc.update("DELETE FROM perf_review_paper WHERE body_id = ? AND year_label = ?", paper.bodyId(), paper.year());
        jdbc.update("INSERT INTO perf_review_paper VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", paper.bodyId(), paper.year(),
                paper.planId(), paper.board(), Date.valueOf(paper.meetingDate()), paper.title(), paper.presentedBy(),
                paper.purpose(), json(paper.background()), json(paper.recommendations()),
                String.join(SEP, paper.inspections()), sourceFile);
    }

    /** The reporting years ("2020/21") the body has an annual-review paper for, oldest first. */
    public List<String> reviewYears(String body) {
        return jdbc.queryForList("SELECT year_label FROM perf_review_paper WHERE body_id = ? ORDER BY year_label",
                String.class, body);
    }

    public Optional<AnnualReviewPaper> review(String body, String year) {
        return jdbc.query("SELECT plan_id, board, meeting_date, title, presented_by, purpose, background, "
                + "recommendations, inspections FROM perf_review_paper WHERE body_id = ? AND year_label = ?",
                (rs, n) -> new AnnualReviewPaper(body, year, rs.getString(1), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getString(6),
                        list(rs.getString(7)), list(rs.getString(8)), split(rs.getString(9))), body, year)
                .stream().findFirst();
    }

    /** Everything the workbook and the review need about a plan. */
    public Optional<PerformanceData> load(String body, String planId) {
        return plan(body, planId).map(plan -> new PerformanceData(plan, observations(body, planId),
                statuses(body, planId), inspections(body)));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEP));
    }

    private static String json(List<String> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored text is not a JSON list: " + json, e);
        }
    }
}
