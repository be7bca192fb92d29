package org.packpress.render.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.packpress.model.performance.ComparatorGroup;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.IndicatorTable.Block;
import org.packpress.model.performance.IndicatorTable.Cell;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.SeriesBreak;
import org.packpress.model.performance.Plan;

/**
 * One indicator's sheet: per measure a table of areas × periods, where totals and ratios are
 * formulas, followed by change, % change and, for compared measures, the difference from the
 * national benchmark and the rank in the comparator group, all with cached values; then a chart.
 */
final class IndicatorSheetWriter {

    /** Where an area's value of a period sits, so the summary can refer to it. */
    record Position(int row, int column) {
    }

    /** Column widths in characters: the areas, then the periods and derived values. */
    private static final int AREA_WIDTH = 34;
    private static final int VALUE_WIDTH = 14;

    private final Plan plan;
    private final WorkbookStyles styles;
    private final WorkbookLabels labels;
    private final Map<String, Position> positions = new HashMap<>();
    private int next;

    IndicatorSheetWriter(Plan plan, WorkbookStyles styles, WorkbookLabels labels) {
        this.plan = plan;
        this.styles = styles;
        this.labels = labels;
    }

    /** "Indicator 3: Crime", the indicator sheet's title and its line on the contents sheet. */
    static String title(Indicator indicator, WorkbookLabels labels) {
        return labels.get("kpi-indicator-title", Map.of("number", String.valueOf(indicator.number()),
                "title", indicator.title()));
    }

    /** "No figures: ..." with the plan's reason, or the standard one. */
    static String noFigures(Indicator indicator, WorkbookLabels labels) {
        return labels.get("kpi-no-figures", Map.of("reason", indicator.noData() != null ? indicator.noData()
                : labels.get("kpi-no-figures-reason")));
    }

    /** Position of a value written on this sheet, keyed by measure, area and period code. */
    Position position(String measure, String area, Period period) {
        return positions.get(measure + "|" + area + "|" + period.code());
    }

    void write(SXSSFSheet sheet, IndicatorTable table) {
        Indicator indicator = table.indicator();
        Row title = sheet.createRow(0);
        Cells.text(title, 0, title(indicator, labels), styles.title);
        Row about = sheet.createRow(1);
        List<String> facts = new ArrayList<>();
        facts.add(labels.get("kpi-indicator-direction", Map.of("direction", labels.word(indicator.direction()))));
        if (indicator.theme() != null) {
            facts.add(labels.get("kpi-indicator-theme", Map.of("theme", indicator.theme())));
        }
        if (table.group() != null) {
            facts.add(labels.get("kpi-indicator-compared", Map.of("group", table.group().name())));
        }
        Cells.text(about, 0, String.join(" · ", facts), styles.subtitle);
        next = 3;
        sheet.setColumnWidth(0, AREA_WIDTH * 256);
        if (!table.hasData()) {
            Row none = sheet.createRow(next++);
            Cells.text(none, 0, noFigures(indicator, labels), styles.bold);
            return;
        }
        int widest = 1;
        Block chartBlock = null;
        int chartHeaderRow = 0;
        for (Block block : table.blocks()) {
            if (block.periods().isEmpty()) {
                continue;
            }
            int headerRow = next + 1;
            widest = Math.max(widest, writeBlock(sheet, table, block));
            if (chartBlock == null || block.measure().id().equals(indicator.headline().id())) {
                chartBlock = block;
                chartHeaderRow = headerRow;
            }
        }
        for (int c = 1; c <= widest; c++) {
            sheet.setColumnWidth(c, VALUE_WIDTH * 256);
        }
        sheet.createFreezePane(1, 0);
        KpiCharts.draw(sheet, plan, table, chartBlock, chartHeaderRow, next + 1, labels);
    }

    /** Writes a block and returns its last column index. */
    private int writeBlock(SXSSFSheet sheet, IndicatorTable table, Block block) {
        Row caption = sheet.createRow(next++);
        String unit = labels.unit(block.measure().unit());
        Cells.text(caption, 0, block.measure().title() + (unit.isEmpty() ? "" : " (" + unit + ")"), styles.bold);
        int headerRow = next++;
        Row header = sheet.createRow(headerRow);
        Cells.text(header, 0, labels.get("kpi-area"), styles.header);
        List<Period> periods = block.periods();
        for (int p = 0; p < periods.size(); p++) {
            Cells.text(header, 1 + p, periods.get(p).shortLabel(labels.periods()),
                    block.measure().derived() ? styles.derivedHeader : styles.header);
        }
        int changeCol = 1 + periods.size();
        List<String> extra = new ArrayList<>();
        if (block.hasChange()) {
            extra.add(labels.get("kpi-change"));
            extra.add(labels.get("kpi-percent-change"));
        }
        ComparatorGroup group = table.group();
        if (block.compared()) {
            extra.add(labels.get("kpi-difference", Map.of("area", plan.areaName(group.national()))));
            extra.add(labels.get(table.lowerIsBetter() ? "kpi-rank-lowest" : "kpi-rank-highest",
                    Map.of("count", String.valueOf(table.rankedCount(block)))));
        }
        for (int e = 0; e < extra.size(); e++) {
            Cells.text(header, changeCol + e, extra.get(e), styles.derivedHeader);
        }
        String[] texts = new String[changeCol + extra.size()];
        int[] widths = new int[texts.length];
        texts[0] = labels.get("kpi-area");
        widths[0] = AREA_WIDTH;
        for (int c = 1; c < texts.length; c++) {
            texts[c] = c < changeCol ? periods.get(c - 1).shortLabel(labels.periods()) : extra.get(c - changeCol);
            widths[c] = VALUE_WIDTH;
        }
        Cells.fitHeight(header, texts, widths);
        int firstDataRow = next;
        List<String> areas = block.areas();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < areas.size(); r++) {
            rowOf.put(areas.get(r), firstDataRow + r);
        }
        CellStyle format = styles.number(block.measure().unit().excelFormat(block.measure().decimals()));
        CellStyle difference = styles.number(block.measure().unit().excelDifferenceFormat(block.measure().decimals(),
                labels.get("kpi-percentage-points")));
        for (int r = 0; r < areas.size(); r++) {
            String area = areas.get(r);
            int rowIndex = firstDataRow + r;
            Row row = sheet.createRow(rowIndex);
            boolean isTotal = area.equals(table.indicator().totalArea());
            Cells.text(row, 0, plan.areaName(area), isTotal ? styles.bold : styles.text);
            for (int p = 0; p < periods.size(); p++) {
                writeValue(row, 1 + p, table, block, block.cells().get(r).get(p), area, periods.get(p), firstDataRow,
                        rowOf, format);
                positions.put(block.measure().id() + "|" + area + "|" + periods.get(p).code(), new Position(rowIndex, 1 + p));
            }
            int col = changeCol;
            if (block.hasChange()) {
                int latest = periods.size();
                int previous = periods.size() - 1;
                BigDecimal change = block.change(area);
                if (block.seriesBreak().isPresent() && block.value(area, block.previous()) != null
                        && block.value(area, block.latest()) != null) {
                    Cells.text(row, col, SeriesBreak.WORDING, styles.text);
                    Cells.text(row, col + 1, SeriesBreak.WORDING, styles.text);
                }
                if (change != null) {
                    Cells.formula(row, col, Cells.ref(rowIndex, latest) + "-" + Cells.ref(rowIndex, previous),
                            change.doubleValue(), difference);
                }
                Double pct = block.percentChange(area);
                if (pct != null) {
                    Cells.formula(row, col + 1, "(" + Cells.ref(rowIndex, latest) + "-" + Cells.ref(rowIndex, previous)
                            + ")/ABS(" + Cells.ref(rowIndex, previous) + ")", pct, styles.percentChange);
                }
                col += 2;
            }
            if (block.compared()) {
                writeComparison(row, col, table, block, area, rowOf, difference);
            }
        }
        next = firstDataRow + areas.size() + 1;
        return changeCol + extra.size() - 1;
    }

    /** @param cell the block's cell of the area and period (looked up by position, not searched for) */
    private void writeValue(Row row, int col, IndicatorTable table, Block block, Cell cell, String area,
            Period period, int firstDataRow, Map<String, Integer> rowOf, CellStyle format) {
        if (cell == null) {
            return; // no figure: no cell
        }
        switch (cell.source()) {
            case OBSERVED -> Cells.number(row, col, cell.value().doubleValue(), format);
            case SUM -> Cells.formula(row, col, "SUM(" + Cells.ref(firstDataRow, col) + ":"
                    + Cells.ref(row.getRowNum() - 1, col) + ")", cell.value().doubleValue(), format);
            case SHARE -> {
                Position part = position(block.measure().shareOf(), area, period);
                Position whole = position(block.measure().shareOf(), table.indicator().totalArea(), period);
                Cells.formula(row, col, Cells.ref(part.row(), part.column()) + "/"
                        + Cells.absolute(whole.row(), whole.column()) + "*100", cell.value().doubleValue(), format);
            }
            case RATIO -> {
                Position num = position(block.measure().numerator(), area, period);
                Block den = table.block(block.measure().denominator());
                Position d = position(block.measure().denominator(), area, IndicatorTable.denominatorPeriod(den, period));
                String scale = block.measure().scale().stripTrailingZeros().toPlainString();
                Cells.formula(row, col, Cells.ref(num.row(), num.column()) + "/" + Cells.ref(d.row(), d.column())
                        + ("1".equals(scale) ? "" : "*" + scale), cell.value().doubleValue(), format);
            }
        }
    }

    private void writeComparison(Row row, int col, IndicatorTable table, Block block, String area,
            Map<String, Integer> rowOf, CellStyle difference) {
        int latest = block.periods().size();
        int rowIndex = row.getRowNum();
        BigDecimal diff = table.differenceFromNational(block, area);
        Integer national = rowOf.get(table.group().national());
        if (diff != null && national != null) {
            Cells.formula(row, col, Cells.ref(rowIndex, latest) + "-" + Cells.absolute(national, latest),
                    diff.doubleValue(), difference);
        }
        Integer rank = table.rank(block, area);
        if (rank != null) {
            List<String> ranked = table.rankedRows(block);
            int first = rowOf.get(ranked.get(0));
            int last = rowOf.get(ranked.get(ranked.size() - 1));
            String range = Cells.absolute(first, latest) + ":" + Cells.absolute(last, latest);
            Cells.formula(row, col + 1, "RANK(" + Cells.ref(rowIndex, latest) + "," + range + ","
                    + (table.lowerIsBetter() ? 1 : 0) + ")", rank, styles.number("0"));
        }
    }

    static CellRangeAddress range(int firstRow, int lastRow, int firstCol, int lastCol) {
        return new CellRangeAddress(firstRow, lastRow, firstCol, lastCol);
    }
}
