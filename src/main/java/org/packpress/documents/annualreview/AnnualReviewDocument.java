package org.packpress.documents.annualreview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.packpress.model.performance.AnnualReviewPaper;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorStatus;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.IndicatorTable.Block;
import org.packpress.model.performance.Inspection;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.PeriodWording;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.ReviewFigures;
import org.packpress.model.performance.StatusRule;
import org.packpress.common.DateStyles;
import org.packpress.common.NumberStyles;

/** Turns a review paper and the plan's data into the parts the annual-review layout prints. */
public final class AnnualReviewDocument {

    /** Tables show at most this many periods (the latest ones), so they fit the page. */
    static final int MAX_PERIODS = 6;

    /** The grades table compares the latest three inspections at most. */
    static final int MAX_INSPECTIONS = 3;

    private AnnualReviewDocument() {
    }

    /** The parts the layout prints, and what they state about the figures (for the performance checks). */
    public record Review(List<ReviewPart> parts, ReviewFigures figures) {
    }

    static Review review(AnnualReviewPaper paper, PerformanceData data, ReviewLabels labels) {
        ReviewFigures figures = new ReviewFigures();
        Plan plan = data.plan();
        Map<Integer, List<Observation>> byIndicator = data.observations().stream()
                .collect(Collectors.groupingBy(Observation::indicator));
        Map<Indicator, IndicatorTable> tables = new LinkedHashMap<>();
        plan.indicators().forEach(i -> tables.put(i, new IndicatorTable(plan, i, byIndicator.getOrDefault(i.number(),
                List.of()))));
        List<ReviewPart> parts = new ArrayList<>();
        parts.add(ReviewPart.cover(paper.board(),
                labels.get("meeting-date", Map.of(), dates(paper, labels), Map.of("date", d -> d.longDate(paper.meetingDate()))),
                labels.get("title", Map.of("title", paper.title())),
                labels.get("presented-by", Map.of("presenter", paper.presentedBy())), paper.purpose(),
                String.join("\n\n", paper.background())));
        parts.add(ReviewPart.summary(labels.get("summary-heading", Map.of("year", paper.year())),
                summaryRows(paper, data, tables, figures, labels)));
        tables.values().forEach(t -> parts.add(indicatorPart(paper, data, t, figures, labels)));
        if (!paper.recommendations().isEmpty()) {
            parts.add(ReviewPart.text(ReviewPart.Kind.RECOMMENDATIONS, labels.get("recommendations-heading"), null,
                    List.of()));
            for (int i = 0; i < paper.recommendations().size(); i++) {
                parts.add(ReviewPart.recommendation((i + 1) + ".", paper.recommendations().get(i)));
            }
        }
        List<Inspection> inspections = data.inspections().stream()
                .filter(i -> paper.inspections().isEmpty() || paper.inspections().contains(i.id())).toList();
        if (!inspections.isEmpty()) {
            inspections = inspections.subList(Math.max(0, inspections.size() - MAX_INSPECTIONS), inspections.size());
            parts.add(ReviewPart.text(ReviewPart.Kind.GRADES, labels.get("inspections-heading"), null, gradeRows(inspections,
                    labels)));
        }
        return new Review(parts, figures);
    }

    private static List<ReviewRows.SummaryRow> summaryRows(AnnualReviewPaper paper, PerformanceData data,
            Map<Indicator, IndicatorTable> tables, ReviewFigures figures, ReviewLabels labels) {
        List<ReviewRows.SummaryRow> rows = new ArrayList<>();
        tables.forEach((indicator, table) -> {
            IndicatorStatus status = data.status(indicator.number(), paper.year()).orElse(null);
            rows.add(new ReviewRows.SummaryRow(String.valueOf(indicator.number()), indicator.title(),
                    latest(table, figures, labels),
                    status == null ? labels.get("status-not-recorded") : labels.word(status.status()),
                    labels.word(StatusRule.suggest(table))));
        });
        return rows;
    }

    /**
     * "86.9 (year ending September 2020)" for the headline area, "1,300 (2020/21; partial data: statistics up
     * to January 2021)" for a figure from incomplete data (the blocks {@code review-summary-figure},
     * {@code review-summary-figure-flagged}), or "No figures".
     */
    private static String latest(IndicatorTable table, ReviewFigures figures, ReviewLabels labels) {
        Block block = table.headline();
        String area = table.indicator().headlineArea();
        if (block == null || area == null) {
            return labels.get("no-figures");
        }
        List<Period> with = block.periods().stream().filter(p -> block.value(area, p) != null).toList();
        if (with.isEmpty()) {
            return labels.get("no-figures");
        }
        Period p = with.get(with.size() - 1);
        Completeness.Flag flag = block.flag(area, p);
        Map<String, String> values = new HashMap<>(Map.of("value", ReviewWording.value(block.value(area, p),
                block.measure()), "period", p.label(labels.periods())));
        if (flag != null) {
            values.put("flag", flag.wording());
        }
        String shown = labels.get(flag == null ? "summary-figure" : "summary-figure-flagged", values);
        figures.add(new ReviewFigures.Headline(table.indicator().number(), block.measure().id(), area, p, "summary",
                ReviewWording.completeness(flag), shown));
        return shown;
    }

    private static ReviewPart indicatorPart(AnnualReviewPaper paper, PerformanceData data, IndicatorTable table,
            ReviewFigures figures, ReviewLabels labels) {
        Indicator indicator = table.indicator();
        Plan plan = data.plan();
        String heading = labels.get("indicator-heading", Map.of("number", String.valueOf(indicator.number()),
                "title", indicator.title()));
        String subheading = indicator.section() == null ? null
                : labels.get("reported-with", Map.of("section", indicator.section()));
        PeriodWording periods = labels.periods();
        List<ReviewRows.TableRow> rows = new ArrayList<>(singleAreaRows(plan, table, labels));
        if (rows.isEmpty()) {
            for (Block block : table.blocks()) {
                rows.addAll(tableRows(plan, block, labels));
            }
        }
        Block headline = table.headline();
        List<ReviewRows.ChartPoint> chart = headline == null ? List.of() : chartPoints(plan, table, headline, periods);
        String sentences = String.join(" ", new ReviewWording(labels).sentences(plan, table, figures));
        IndicatorStatus status = data.status(indicator.number(), paper.year()).orElse(null);
        String statusLine = status == null ? labels.get("status-line-none", Map.of("year", paper.year()))
                : labels.get("status-line", Map.of("year", paper.year(), "status", labels.word(status.status())));
        String detail = (status == null ? "" : (status.comment() == null ? "" : status.comment() + " ")
                + recordedBy(status, labels, dates(paper, labels)) + " ")
                + labels.get("suggested", Map.of("status", labels.word(StatusRule.suggest(table))));
        String notes = indicator.dataQuality().isEmpty() ? null : indicator.dataQuality().stream()
                .map(n -> labels.get("note", Map.of("note", n))).collect(Collectors.joining("\n"));
        String noData = table.hasData() ? null : indicator.noData() == null ? labels.get("no-data")
                : labels.get("no-data-reason", Map.of("reason", indicator.noData()));
        String chartTitle = headline == null ? null : headline.measure().title();
        String chartDescription = chart.isEmpty() ? null
                : labels.get("chart-description", Map.of("title", chartTitle, "values", chartValues(chart)));
        String chartHeading = chart.isEmpty() ? null : labels.get("chart-heading", Map.of("title", chartTitle));
        return ReviewPart.indicator(heading, subheading, rows, chartHeading, chart, chartDescription, sentences,
                statusLine, detail, notes, noData);
    }

    /** The wording of dates in the language of the body's style on the review's meeting date. */
    private static DateStyles dates(AnnualReviewPaper paper, ReviewLabels labels) {
        return labels.body().style(paper.meetingDate()).dates();
    }

    private static String recordedBy(IndicatorStatus status, ReviewLabels labels, DateStyles dates) {
        return status.recordedOn() == null ? labels.get("recorded-by", Map.of("person", status.recordedBy()))
                : labels.get("recorded-by-on", Map.of("person", status.recordedBy()), dates,
                        Map.of("date", d -> d.longDate(status.recordedOn())));
    }

    /** A header row (measure and its latest periods) and a row per area. */
    static List<ReviewRows.TableRow> tableRows(Plan plan, Block block, ReviewLabels labels) {
        if (block.periods().isEmpty()) {
            return List.of();
        }
        List<Period> periods = block.periods().subList(Math.max(0, block.periods().size() - MAX_PERIODS),
                block.periods().size());
        List<ReviewRows.TableRow> rows = new ArrayList<>();
        rows.add(new ReviewRows.TableRow(measureHeading(block.measure(), labels),
                periods.stream().map(p -> p.shortLabel(labels.periods())).toList(), true));
        for (String area : block.areas()) {
            List<String> cells = new ArrayList<>();
            for (Period p : periods) {
                BigDecimal v = block.value(area, p);
                cells.add(v == null ? "" : ReviewWording.value(v, block.measure()));
            }
            rows.add(new ReviewRows.TableRow(plan.areaName(area), cells, false));
        }
        return rows;
    }

    /** "Crimes (per 1,000)": a measure's title and its unit, but for a percentage, which its figures show. */
    private static String measureHeading(Measure measure, ReviewLabels labels) {
        String unit = labels.unit(measure.unit());
        return measure.title() + (unit.isEmpty() || unit.equals("%") ? "" : " (" + unit + ")");
    }

    /**
     * When every measure is about the same single area (a force's complaints by type, say), one table of
     * measures by period, as the annual report prints them; otherwise empty.
     */
    static List<ReviewRows.TableRow> singleAreaRows(Plan plan, IndicatorTable table, ReviewLabels labels) {
        List<Block> blocks = table.blocks().stream().filter(b -> !b.periods().isEmpty()).toList();
        if (blocks.size() < 2 || blocks.stream().anyMatch(b -> b.areas().size() != 1)
                || blocks.stream().map(b -> b.areas().get(0)).distinct().count() != 1) {
            return List.of();
        }
        String area = blocks.get(0).areas().get(0);
        TreeSet<Period> all = new TreeSet<>();
        blocks.forEach(b -> all.addAll(b.periods()));
        List<Period> periods = new ArrayList<>(all);
        periods = periods.subList(Math.max(0, periods.size() - MAX_PERIODS), periods.size());
        List<ReviewRows.TableRow> rows = new ArrayList<>();
        rows.add(new ReviewRows.TableRow(plan.areaName(area),
                periods.stream().map(p -> p.shortLabel(labels.periods())).toList(), true));
        for (Block b : blocks) {
            List<String> cells = new ArrayList<>();
            for (Period p : periods) {
                BigDecimal v = b.value(area, p);
                cells.add(v == null ? "" : ReviewWording.value(v, b.measure()));
            }
            rows.add(new ReviewRows.TableRow(measureHeading(b.measure(), labels), cells, false));
        }
        return rows;
    }

    /** The headline block's latest period (and the one before, if any) by area; totals left out. */
    static List<ReviewRows.ChartPoint> chartPoints(Plan plan, IndicatorTable table, Block block,
            PeriodWording wording) {
        List<ReviewRows.ChartPoint> points = new ArrayList<>();
        List<Period> periods = block.periods().subList(Math.max(0, block.periods().size() - 2), block.periods().size());
        boolean manyAreas = block.areas().size() > 1;
        if (!manyAreas) {
            periods = block.periods().subList(Math.max(0, block.periods().size() - MAX_PERIODS), block.periods().size());
        }
        for (Period p : periods) {
            for (String area : block.areas()) {
                if (manyAreas && area.equals(table.indicator().totalArea())) {
                    continue;
                }
                BigDecimal v = block.value(area, p);
                if (v != null) {
                    String period = p.label(wording);
                    points.add(manyAreas ? new ReviewRows.ChartPoint(period, plan.areaName(area), v.doubleValue())
                            : new ReviewRows.ChartPoint(plan.areaName(area), period, v.doubleValue()));
                }
            }
        }
        return points;
    }

    /** What a chart draws, in words: "year ending June 2021: West Midlands 86.9, England and Wales 83.5; …". */
    static String chartValues(List<ReviewRows.ChartPoint> chart) {
        Map<String, List<String>> bySeries = new LinkedHashMap<>();
        for (ReviewRows.ChartPoint point : chart) {
            bySeries.computeIfAbsent(point.getSeries(), k -> new ArrayList<>())
                    .add(point.getCategory() + " " + NumberStyles.plain(point.getValue()));
        }
        List<String> groups = new ArrayList<>();
        bySeries.forEach((series, values) -> groups.add(series + ": " + String.join(", ", values)));
        return String.join("; ", groups);
    }

    /** The grades by inspection, in the body's words: a header row, then a row per area. */
    static List<ReviewRows.TableRow> gradeRows(List<Inspection> inspections, ReviewLabels labels) {
        List<ReviewRows.TableRow> rows = new ArrayList<>();
        rows.add(new ReviewRows.TableRow(labels.get("grades-area"), inspections.stream().map(Inspection::programme)
                .toList(), true));
        Map<String, List<String>> byArea = new LinkedHashMap<>();
        for (int i = 0; i < inspections.size(); i++) {
            for (Inspection.GradedArea a : inspections.get(i).areas()) {
                List<String> cells = byArea.computeIfAbsent(a.area(), k -> new ArrayList<>());
                while (cells.size() < i) {
                    cells.add("");
                }
                cells.add(labels.word(a.grade()));
            }
        }
        byArea.forEach((area, cells) -> {
            while (cells.size() < inspections.size()) {
                cells.add("");
            }
            rows.add(new ReviewRows.TableRow(area, cells, false));
        });
        return rows;
    }
}
