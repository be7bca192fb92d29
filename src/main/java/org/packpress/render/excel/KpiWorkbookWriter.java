package org.packpress.render.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Grade;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorStatus;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.Inspection;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.PeriodWording;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.PlanFigures;
import org.packpress.model.performance.Rag;
import org.packpress.model.performance.SeriesBreak;
import org.packpress.model.performance.Status;
import org.packpress.model.performance.StatusRule;
import org.packpress.common.WriteBehind;

/**
 * Writes the KPI workbook of a plan with Apache POI, streaming rows (SXSSF) so that a national data
 * set (43 forces × 50 indicators × 60 months) stays within a small, fixed amount of memory. Every
 * formula is written with its cached value.
 */
public class KpiWorkbookWriter {

    /** The text blocks naming the sheets ({@link WorkbookLabels}). */
    public static final String CONTENTS = "kpi-sheet-contents";
    public static final String SUMMARY = "kpi-sheet-summary";
    public static final String INSPECTIONS = "kpi-sheet-inspections";
    public static final String FINDINGS = "kpi-sheet-findings";
    public static final String DATA_QUALITY = "kpi-sheet-data-quality";
    public static final String DATA = "kpi-sheet-data";
    /** Each sheet's text block, with the text block of what the contents sheet says it shows. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(SUMMARY, "kpi-contents-summary",
            INSPECTIONS, "kpi-contents-inspections", FINDINGS, "kpi-contents-findings",
            DATA_QUALITY, "kpi-contents-data-quality", DATA, "kpi-contents-data");

    /** Summary columns (0-based), shared with the conditional formats that refer to them. */
    static final int S_CHANGE = 8;
    static final int S_PCT = 9;
    static final int S_DIRECTION = 10;
    /** The fill of each RAG colour in the summary's change, % change and RAG cells. */
    private static final Map<Rag, IndexedColors> RAG_FILLS = new EnumMap<>(Map.of(
            Rag.GREEN, IndexedColors.LIGHT_GREEN, Rag.AMBER, IndexedColors.LIGHT_ORANGE, Rag.RED, IndexedColors.ROSE));
    static final int S_RAG = 11;

    private static final int WINDOW = 200;

    /** Where the data sheet's rows are written while the indicators' sheets are. */
    private final Executor pool;

    /** A writer that writes everything on the caller's thread. */
    public KpiWorkbookWriter() {
        this(Runnable::run);
    }

    /** @param pool writes the data sheet's rows, an indicator's at a time, while the next indicator's sheet is written */
    public KpiWorkbookWriter(Executor pool) {
        this.pool = pool;
    }

    /**
     * What the workbook shows: the plan, its figures (read one indicator at a time), statuses and inspections,
     * in the body's wording.
     */
    public record Input(Plan plan, PlanFigures figures, List<IndicatorStatus> statuses, List<Inspection> inspections,
            WorkbookLabels labels) {

        /** Data held in memory whole (tests, the benchmark's W4). */
        public static Input of(PerformanceData data, WorkbookLabels labels) {
            return new Input(data.plan(), PlanFigures.inMemory(data.observations()), data.statuses(),
                    data.inspections(), labels);
        }

        Optional<IndicatorStatus> status(int indicator, String year) {
            return statuses.stream().filter(s -> s.indicator() == indicator && s.year().equals(year)).findFirst();
        }
    }

    /**
     * Writes the workbook of data held in memory.
     *
     * @param year the reporting year whose recorded statuses are shown ("2020/21"), or null
     */
    public void write(PerformanceData data, WorkbookLabels labels, String year, OutputStream out) {
        write(Input.of(data, labels), year, out);
    }

    /**
     * Writes the workbook, holding one indicator's figures at a time: its sheet, its summary row and its rows of
     * the data sheet are written from them before the next indicator's are read.
     *
     * @param year the reporting year whose recorded statuses are shown ("2020/21"), or null
     */
    public void write(Input data, String year, OutputStream out) {
        StreamedWorkbook wb = new StreamedWorkbook(WINDOW);
        WorkbookLabels labels = data.labels();
        try {
            WorkbookStyles styles = new WorkbookStyles(wb);
            SXSSFSheet contents = wb.createSheet(labels.get(CONTENTS));
            SXSSFSheet summary = wb.createSheet(labels.get(SUMMARY));
            startSummary(summary, year, styles, labels);
            // moved last below; its rows are written on the pool while this thread writes the other sheets
            try (DataSheet dataSheet = new DataSheet(wb, wb.createSheet(labels.get(DATA)), data.plan(), styles, labels,
                    pool)) {
                List<Map.Entry<Indicator, Boolean>> hasData = writeIndicators(wb, data, year, summary, dataSheet, styles);
                writeInspections(wb.createSheet(labels.get(INSPECTIONS)), data.inspections(), styles, labels);
                writeFindings(wb.createSheet(labels.get(FINDINGS)), data.inspections(), styles, labels);
                writeDataQuality(wb.createSheet(labels.get(DATA_QUALITY)), hasData, styles, labels);
                wb.setSheetOrder(labels.get(DATA), wb.getNumberOfSheets() - 1);
                dataSheet.finish(wb);
                writeContents(contents, wb, data.plan(), styles, labels);
                wb.setForceFormulaRecalculation(true);
                wb.write(out); // waits for the data rows only when it puts them in
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the KPI workbook failed", e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // the temporary files are already removed by dispose()
            }
        }
    }

    /**
     * Each indicator's sheet, summary row and data rows, from its figures alone; then the summary's totals.
     *
     * @return whether each indicator has figures, for the data-quality sheet
     */
    private List<Map.Entry<Indicator, Boolean>> writeIndicators(SXSSFWorkbook wb, Input data, String year,
            SXSSFSheet summary, DataSheet dataSheet, WorkbookStyles styles) {
        List<Map.Entry<Indicator, Boolean>> hasData = new ArrayList<>();
        int summaryRow = SUMMARY_FIRST_ROW;
        for (Indicator i : data.plan().indicators()) {
            List<Observation> figures = data.figures().of(i.number());
            IndicatorTable table = new IndicatorTable(data.plan(), i, figures);
            IndicatorSheetWriter writer = new IndicatorSheetWriter(data.plan(), styles, data.labels());
            SXSSFSheet sheet = wb.createSheet(i.sheet());
            writer.write(sheet, table);
            printSetup(sheet, false);
            writeSummaryRow(summary.createRow(summaryRow++), data, year, table, writer, styles);
            hasData.add(Map.entry(i, table.hasData()));
            dataSheet.add(figures);
        }
        finishSummary(summary, summaryRow - 1, data.labels());
        return hasData;
    }

    private void writeContents(SXSSFSheet sheet, SXSSFWorkbook wb, Plan plan, WorkbookStyles styles,
            WorkbookLabels labels) {
        Row title = sheet.createRow(0);
        Cells.text(title, 0, labels.get("kpi-contents-title", Map.of("plan", plan.name())), styles.title);
        Row header = sheet.createRow(2);
        String[] columns = labels.columns("kpi-contents-columns", 2);
        Cells.text(header, 0, columns[0], styles.header);
        Cells.text(header, 1, columns[1], styles.header);
        int r = 3;
        for (int s = 1; s < wb.getNumberOfSheets(); s++) {
            String name = wb.getSheetName(s);
            Row row = sheet.createRow(r++);
            Cell cell = Cells.text(row, 0, name, styles.link);
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + name.replace("'", "''") + "'!A1");
            cell.setHyperlink(link);
            Cells.text(row, 1, describe(name, plan, labels), styles.text);
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        printSetup(sheet, false);
    }

    private static String describe(String sheet, Plan plan, WorkbookLabels labels) {
        return DESCRIPTIONS.entrySet().stream().filter(d -> labels.get(d.getKey()).equals(sheet)).findFirst()
                .map(d -> labels.get(d.getValue()))
                .orElseGet(() -> plan.indicators().stream().filter(i -> i.sheet().equals(sheet)).findFirst()
                        .map(i -> IndicatorSheetWriter.title(i, labels)).orElse(""));
    }

    private static final int[] SUMMARY_WIDTHS = {5, 60, 30, 18, 22, 12, 22, 12, 12, 10, 16, 8, 16, 24, 60, 16};
    private static final int SUMMARY_FIRST_ROW = 2;

    /** The summary's title and header; its rows follow one per indicator, as each indicator's sheet is written. */
    private static void startSummary(SXSSFSheet sheet, String year, WorkbookStyles styles, WorkbookLabels labels) {
        Row title = sheet.createRow(0);
        Cells.text(title, 0, year == null ? labels.get("kpi-summary-title")
                : labels.get("kpi-summary-title-year", Map.of("year", year)), styles.title);
        Cells.header(sheet.createRow(1), labels.columns("kpi-summary-columns", SUMMARY_WIDTHS.length), SUMMARY_WIDTHS,
                styles.header);
    }

    private static void finishSummary(SXSSFSheet sheet, int last, WorkbookLabels labels) {
        summaryColours(sheet, last, labels);
        for (int c = 0; c < SUMMARY_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, SUMMARY_WIDTHS[c] * 256);
        }
        sheet.createFreezePane(2, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, last, 0, SUMMARY_WIDTHS.length - 1));
        printSetup(sheet, true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("2:2"));
    }

    private void writeSummaryRow(Row row, Input data, String year, IndicatorTable table,
            IndicatorSheetWriter writer, WorkbookStyles styles) {
        Indicator indicator = table.indicator();
        int r = row.getRowNum();
        Cells.number(row, 0, (double) indicator.number(), styles.number("0"));
        Cells.text(row, 1, indicator.title(), styles.wrapped);
        Cells.text(row, 2, indicator.headline().title(), styles.wrapped);
        String area = indicator.headlineArea();
        Cells.text(row, 3, area == null ? null : data.plan().areaName(area), styles.text);
        IndicatorTable.Block block = table.headline();
        List<Period> withValues = block == null || area == null ? List.of()
                : block.periods().stream().filter(p -> block.value(area, p) != null).toList();
        var format = styles.number(indicator.headline().unit().excelFormat(indicator.headline().decimals()));
        var difference = styles.number(indicator.headline().unit().excelDifferenceFormat(
                indicator.headline().decimals(), data.labels().get("kpi-percentage-points")));
        String sheet = indicator.sheet();
        if (!withValues.isEmpty()) {
            Period latest = withValues.get(withValues.size() - 1);
            BigDecimal latestValue = block.value(area, latest);
            var at = writer.position(indicator.headline().id(), area, latest);
            Completeness.Flag flag = block.flag(area, latest);
            PeriodWording periods = data.labels().periods();
            Cells.text(row, 4, flag == null ? latest.label(periods) : data.labels().get("kpi-latest-flagged",
                    Map.of("period", latest.label(periods), "flag", data.labels().flag(flag))), styles.text);
            Cells.formula(row, 5, Cells.onSheet(sheet, at.row(), at.column()), latestValue.doubleValue(), format);
            if (withValues.size() > 1) {
                Period previous = withValues.get(withValues.size() - 2);
                BigDecimal previousValue = block.value(area, previous);
                var pat = writer.position(indicator.headline().id(), area, previous);
                Cells.text(row, 6, previous.label(periods), styles.text);
                Cells.formula(row, 7, Cells.onSheet(sheet, pat.row(), pat.column()), previousValue.doubleValue(), format);
                if (indicator.headline().breakBetween(previous, latest).isPresent()) {
                    Cells.text(row, S_CHANGE, SeriesBreak.WORDING, styles.text);
                    Cells.text(row, S_PCT, SeriesBreak.WORDING, styles.text);
                } else {
                    writeChange(row, r, latestValue, previousValue, indicator, difference, styles, data.labels());
                }
            }
        }
        WorkbookLabels labels = data.labels();
        Cells.text(row, S_DIRECTION, labels.word(indicator.direction()), styles.text);
        IndicatorStatus status = year == null ? null : data.status(indicator.number(), year).orElse(null);
        Cells.text(row, 12, status == null ? labels.get("kpi-status-not-recorded") : labels.word(status.status()),
                styles.text);
        Cells.text(row, 13, status == null ? null : status.recordedBy(), styles.text);
        Cells.text(row, 14, status == null ? null : status.comment(), styles.wrapped);
        Cells.text(row, 15, labels.word(StatusRule.suggest(table)), styles.text);
        String[] wrapped = new String[SUMMARY_WIDTHS.length];
        Arrays.fill(wrapped, "");
        wrapped[1] = indicator.title();
        wrapped[2] = indicator.headline().title();
        wrapped[14] = status == null || status.comment() == null ? "" : status.comment();
        Cells.fitHeight(row, wrapped, SUMMARY_WIDTHS);
    }

    /** The change, % change and RAG cells of a summary row (F minus H), as formulas with their values. */
    private static void writeChange(Row row, int r, BigDecimal latestValue, BigDecimal previousValue, Indicator indicator,
            CellStyle format, WorkbookStyles styles, WorkbookLabels labels) {
        BigDecimal change = latestValue.subtract(previousValue);
        Cells.formula(row, S_CHANGE, "F" + (r + 1) + "-H" + (r + 1), change.doubleValue(), format);
        if (previousValue.signum() != 0) {
            Cells.formula(row, S_PCT, "(F" + (r + 1) + "-H" + (r + 1) + ")/ABS(H" + (r + 1) + ")",
                    change.doubleValue() / previousValue.abs().doubleValue(), styles.percentChange);
        }
        Cells.formula(row, S_RAG, RagFormulas.label(Cells.absoluteColumn(S_CHANGE, r), Cells.absoluteColumn(
                S_DIRECTION, r), labels), labels.word(Rag.of(change.signum(), indicator.direction())), styles.text);
    }

    /** Colours the change, % change and RAG cells by the {@link Rag} rule, via conditional formats. */
    private static void summaryColours(SXSSFSheet sheet, int lastRow, WorkbookLabels labels) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] ranges = {new CellRangeAddress(2, lastRow, S_CHANGE, S_PCT),
            new CellRangeAddress(2, lastRow, S_RAG, S_RAG)};
        ConditionalFormattingRule[] rules = new ConditionalFormattingRule[RAG_FILLS.size()];
        int i = 0;
        for (Map.Entry<Rag, IndexedColors> fill : RAG_FILLS.entrySet()) {
            String condition = RagFormulas.condition(fill.getKey(), "$" + Cells.column(S_CHANGE) + "3",
                    "$" + Cells.column(S_DIRECTION) + "3", labels);
            rules[i++] = fill(cf.createConditionalFormattingRule(condition), fill.getValue());
        }
        cf.addConditionalFormatting(ranges, rules);
        CellRangeAddress[] status = {new CellRangeAddress(2, lastRow, 12, 12)};
        cf.addConditionalFormatting(status, new ConditionalFormattingRule[] {
            wordFill(cf, labels.word(Status.MET), IndexedColors.LIGHT_GREEN),
            wordFill(cf, labels.word(Status.PARTLY_MET), IndexedColors.LIGHT_ORANGE),
            wordFill(cf, labels.word(Status.NOT_MET), IndexedColors.ROSE)});
    }

    /** Fills a cell that holds a word (a status or a grade, as the workbook writes it) with a colour. */
    private static ConditionalFormattingRule wordFill(SheetConditionalFormatting cf, String word, IndexedColors colour) {
        return fill(cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, RagFormulas.text(word)), colour);
    }

    private static ConditionalFormattingRule fill(ConditionalFormattingRule rule, IndexedColors colour) {
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(colour.getIndex());
        pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        return rule;
    }

    private void writeInspections(SXSSFSheet sheet, List<Inspection> inspections, WorkbookStyles styles,
            WorkbookLabels labels) {
        Row title = sheet.createRow(0);
        Cells.text(title, 0, labels.get("kpi-inspections-title"), styles.title);
        String[] headings = new String[2 + inspections.size()];
        int[] widths = new int[headings.length];
        String[] columns = labels.columns("kpi-inspections-columns", 2);
        headings[0] = columns[0];
        widths[0] = 40;
        headings[1] = columns[1];
        widths[1] = 50;
        for (int i = 0; i < inspections.size(); i++) {
            Inspection in = inspections.get(i);
            headings[2 + i] = in.published() == null ? in.programme() : labels.get("kpi-inspection-published",
                    Map.of("programme", in.programme(), "date", labels.dates().longDate(in.published())));
            widths[2 + i] = 24;
        }
        Cells.header(sheet.createRow(1), headings, widths, styles.header);
        Map<String, String> sections = new LinkedHashMap<>();
        for (Inspection in : inspections) {
            for (Inspection.GradedArea a : in.areas()) {
                sections.putIfAbsent(a.area(), a.section());
                if (sections.get(a.area()) == null && a.section() != null) {
                    sections.put(a.area(), a.section());
                }
            }
        }
        int r = 2;
        for (Map.Entry<String, String> area : sections.entrySet()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, area.getKey(), styles.text);
            Cells.text(row, 1, area.getValue() == null ? "" : area.getValue(), styles.wrapped);
            Cells.fitHeight(row, new String[] {"", area.getValue() == null ? "" : area.getValue()}, widths);
            for (int i = 0; i < inspections.size(); i++) {
                int col = 2 + i;
                inspections.get(i).areas().stream().filter(a -> a.area().equals(area.getKey())).findFirst()
                        .ifPresent(a -> Cells.text(row, col, labels.word(a.grade()), styles.text));
            }
        }
        int lastArea = r - 1;
        r++;
        Row countsHeader = sheet.createRow(r++);
        Cells.text(countsHeader, 0, labels.get("kpi-inspections-counts"), styles.header);
        for (int i = 0; i < inspections.size(); i++) {
            Cells.text(countsHeader, 2 + i, inspections.get(i).programme(), styles.header);
        }
        for (Grade grade : Grade.values()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, labels.word(grade), styles.text);
            for (int i = 0; i < inspections.size(); i++) {
                String col = Cells.column(2 + i);
                Cells.formula(row, 2 + i, "COUNTIF(" + col + "3:" + col + (lastArea + 1) + ","
                        + RagFormulas.text(labels.word(grade)) + ")", inspections.get(i).count(grade), styles.number("0"));
            }
        }
        gradeColours(sheet, lastArea, inspections.size(), labels);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(1, 2);
        printSetup(sheet, true);
    }

    private static void gradeColours(SXSSFSheet sheet, int lastArea, int inspections, WorkbookLabels labels) {
        if (inspections == 0 || lastArea < 2) {
            return;
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] grades = {new CellRangeAddress(2, lastArea, 2, 1 + inspections)};
        Map<Grade, IndexedColors> colours = new LinkedHashMap<>();
        colours.put(Grade.OUTSTANDING, IndexedColors.BRIGHT_GREEN);
        colours.put(Grade.GOOD, IndexedColors.LIGHT_GREEN);
        colours.put(Grade.ADEQUATE, IndexedColors.LIGHT_YELLOW);
        colours.put(Grade.REQUIRES_IMPROVEMENT, IndexedColors.LIGHT_ORANGE);
        colours.put(Grade.INADEQUATE, IndexedColors.ROSE);
        colours.put(Grade.NOT_GRADED, IndexedColors.GREY_25_PERCENT);
        List<ConditionalFormattingRule> rules = new ArrayList<>();
        colours.forEach((grade, colour) -> rules.add(wordFill(cf, labels.word(grade), colour)));
        // Excel accepts at most three rules per call on older formats; add them in groups
        for (int i = 0; i < rules.size(); i += 3) {
            cf.addConditionalFormatting(grades, rules.subList(i, Math.min(i + 3, rules.size()))
                    .toArray(new ConditionalFormattingRule[0]));
        }
    }

    private void writeFindings(SXSSFSheet sheet, List<Inspection> inspections, WorkbookStyles styles,
            WorkbookLabels labels) {
        Row title = sheet.createRow(0);
        Cells.text(title, 0, labels.get("kpi-findings-title"), styles.title);
        int[] widths = {16, 22, 30, 80, 30};
        String[] headings = labels.columns("kpi-findings-columns", widths.length);
        Cells.header(sheet.createRow(1), headings, widths, styles.header);
        int r = 2;
        for (Inspection in : inspections) {
            for (Inspection.Finding.Kind kind : Inspection.Finding.Kind.values()) {
                List<Inspection.Finding> found = in.findings().stream().filter(f -> f.kind() == kind).toList();
                if (found.isEmpty()) {
                    Row row = findingRow(sheet, r++, in, labels.word(kind), styles);
                    Cells.text(row, 3, labels.get("kpi-findings-none"), styles.text);
                }
                for (Inspection.Finding f : found) {
                    Row row = findingRow(sheet, r++, in, labels.word(kind), styles);
                    Cells.text(row, 2, f.area(), styles.text);
                    Cells.text(row, 3, f.text(), styles.wrapped);
                    Cells.text(row, 4, f.progress(), styles.wrapped);
                    Cells.fitHeight(row, new String[] {"", "", "", f.text(), f.progress() == null ? "" : f.progress()},
                            widths);
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 2);
        printSetup(sheet, true);
    }

    /** A findings row started with the inspection's programme and the kind of finding, in the workbook's words. */
    private static Row findingRow(SXSSFSheet sheet, int r, Inspection in, String kind, WorkbookStyles styles) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, in.programme(), styles.text);
        Cells.text(row, 1, kind, styles.text);
        return row;
    }

    private static final int[] DATA_QUALITY_WIDTHS = {10, 110};

    /** @param indicators each indicator, and whether it has figures */
    private void writeDataQuality(SXSSFSheet sheet, List<Map.Entry<Indicator, Boolean>> indicators,
            WorkbookStyles styles, WorkbookLabels labels) {
        Row title = sheet.createRow(0);
        Cells.text(title, 0, labels.get("kpi-data-quality-title"), styles.title);
        Row header = sheet.createRow(1);
        String[] columns = labels.columns("kpi-data-quality-columns", 2);
        Cells.text(header, 0, columns[0], styles.header);
        Cells.text(header, 1, columns[1], styles.header);
        int r = 2;
        for (Map.Entry<Indicator, Boolean> indicator : indicators) {
            Indicator i = indicator.getKey();
            List<String> notes = new ArrayList<>(i.dataQuality());
            if (!indicator.getValue()) {
                notes.add(0, IndicatorSheetWriter.noFigures(i, labels));
            }
            for (String note : notes) {
                Row row = sheet.createRow(r++);
                Cells.number(row, 0, (double) i.number(), styles.number("0"));
                Cells.text(row, 1, note, styles.wrapped);
                Cells.fitHeight(row, new String[] {"", note}, DATA_QUALITY_WIDTHS);
            }
        }
        sheet.setColumnWidth(0, DATA_QUALITY_WIDTHS[0] * 256);
        sheet.setColumnWidth(1, DATA_QUALITY_WIDTHS[1] * 256);
        sheet.createFreezePane(0, 2);
        printSetup(sheet, true);
    }

    /**
     * The data sheet: every figure in long format, a row each, as an Excel table with filters. Its header row is
     * the sheet's own; the figures' rows are written below it on the pool ({@link StreamedWorkbook#rowsBelow}), an
     * indicator's at a time, while the writer goes on with the next indicator and then the rest of the workbook.
     */
    private static final class DataSheet implements AutoCloseable {
        private static final int[] WIDTHS = {10, 20, 22, 26, 26, 12, 12, 14, 40, 40, 18};
        /** The columns the block {@code kpi-data-columns} heads; the last, a figure's completeness, has a block of its own. */
        private static final int NAMED = WIDTHS.length - 1;

        private final SXSSFSheet sheet;
        private final SXSSFSheet rows;
        private final WriteBehind<Rows> behind;
        private final String[] headings;
        private final CellStyle plain;
        /** The workbook's default style, given to text cells explicitly: for a cell without one, POI looks up its
         * column's style in the sheet's XML when the row is written, a million times on a national sheet. */
        private final CellStyle none;
        private final Map<String, String> areaNames = new HashMap<>();
        private final Map<Period, String> periodLabels = new HashMap<>();
        private final PeriodWording periods;
        /** Each completeness in the workbook's words; none for full data, whose cell is not written. */
        private final Map<Completeness, String> completeness = new EnumMap<>(Completeness.class);
        private int next = 1;

        /** Figures and the sheet's row (0-based) of the first. */
        private record Rows(int first, List<Observation> figures) {
        }

        DataSheet(StreamedWorkbook wb, SXSSFSheet sheet, Plan plan, WorkbookStyles styles, WorkbookLabels labels,
                Executor pool) {
            this.sheet = sheet;
            this.behind = new WriteBehind<>(this::write, pool);
            this.rows = wb.rowsBelow(sheet, behind::finish);
            this.plain = styles.number("General");
            this.none = wb.getCellStyleAt(0);
            this.periods = labels.periods();
            this.headings = Arrays.copyOf(labels.columns("kpi-data-columns", NAMED), WIDTHS.length);
            headings[NAMED] = labels.get("kpi-data-completeness");
            for (Completeness c : Completeness.values()) {
                completeness.put(c, labels.completeness(c));
            }
            plan.areas().forEach(a -> areaNames.put(a.id(), a.name()));
            Cells.header(sheet.createRow(0), headings, WIDTHS, styles.header);
        }

        void add(List<Observation> figures) {
            behind.accept(new Rows(next, figures));
            next += figures.size();
        }

        /** On the pool (or the writer's thread, when the pool has not started it), one indicator at a time. */
        private void write(Rows figures) {
            int index = figures.first();
            for (Observation o : figures.figures()) {
                Row row = rows.createRow(index++);
                Cells.number(row, 0, (double) o.indicator(), plain);
                Cells.text(row, 1, o.measure(), none);
                Cells.text(row, 2, areaNames.getOrDefault(o.area(), o.area()), none);
                Cells.text(row, 3, periodLabels.computeIfAbsent(o.period(), p -> p.label(periods)), none);
                Cells.text(row, 4, o.periodLabel(), none);
                Cells.text(row, 5, o.period().code(), none);
                Cells.number(row, 6, o.value().doubleValue(), plain);
                Cells.text(row, 7, o.printed(), none);
                Cells.text(row, 8, o.source(), none);
                Cells.text(row, 9, o.note(), none);
                Cells.text(row, NAMED, completeness.get(o.completeness()), none);
            }
        }

        @Override
        public void close() {
            behind.close();
        }

        void finish(StreamedWorkbook wb) {
            wb.lastRow(sheet, next - 1);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            printSetup(sheet, true);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            if (next > 1) {
                ExcelTables.declare(wb.getXSSFWorkbook().getSheet(sheet.getSheetName()), "Observations", 0,
                        List.of(headings), next - 1, "TableStyleLight9");
            }
        }
    }

    private static void printSetup(SXSSFSheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(false);
    }
}
