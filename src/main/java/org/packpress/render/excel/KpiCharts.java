package org.packpress.render.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.packpress.common.NumberStyles;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.IndicatorTable.Block;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.PeriodWording;
import org.packpress.model.performance.Plan;

/**
 * Native Excel charts of an indicator's headline block. Each series refers to the sheet's cells and
 * also carries the values, so readers that do not recalculate still draw it. A few periods become a
 * column chart of areas (one series per period); a long run of periods becomes a line chart (one
 * series per area, at most {@value #MAX_LINES}).
 */
final class KpiCharts {

    static final int MAX_LINES = 8;

    /**
     * Series colours (Okabe and Ito's palette for colour-blind readers, its light yellow and sky blue replaced by
     * darker ones): each has a contrast of at least 3:1 with the white chart area, as WCAG asks of graphics.
     */
    static final byte[][] SERIES_COLOURS = {rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73), rgb(0xCC79A7),
        rgb(0x332288), rgb(0x999933), rgb(0x882255), rgb(0x7F7F7F)};
    private static final double LINE_WIDTH = 2.0;
    private static final int FEW_PERIODS = 3;

    private KpiCharts() {
    }

    static void draw(SXSSFSheet sheet, Plan plan, IndicatorTable table, Block block, int headerRow, int topRow,
            WorkbookLabels labels) {
        if (block == null || block.periods().isEmpty()) {
            return;
        }
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, topRow, 9, topRow + 20);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(block.measure().title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        String sheetName = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        int firstRow = headerRow + 1;
        List<String> areas = chartedAreas(table, block);
        XDDFChartData data;
        if (block.periods().size() <= FEW_PERIODS) {
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            bars.setBarDirection(BarDirection.COL);
            data = bars;
            String[] names = areas.stream().map(plan::areaName).toArray(String[]::new);
            XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(names,
                    sheetName + range(firstRow, firstRow + areas.size() - 1, 0, 0));
            for (int p = 0; p < block.periods().size(); p++) {
                Period period = block.periods().get(p);
                Double[] v = areas.stream().map(a -> number(block, a, period)).toArray(Double[]::new);
                XDDFNumericalDataSource<Double> nums = XDDFDataSourcesFactory.fromArray(v,
                        sheetName + range(firstRow, firstRow + areas.size() - 1, 1 + p, 1 + p));
                colour(data.addSeries(cats, nums), p).setTitle(period.label(labels.periods()), null);
            }
        } else {
            data = chart.createData(ChartTypes.LINE, categories, values);
            String[] periodLabels = block.periods().stream().map(p -> p.shortLabel(labels.periods()))
                    .toArray(String[]::new);
            XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(periodLabels,
                    sheetName + range(headerRow, headerRow, 1, block.periods().size()));
            for (int a = 0; a < areas.size(); a++) {
                String area = areas.get(a);
                int row = firstRow + block.areas().indexOf(area);
                Double[] v = block.periods().stream().map(p -> number(block, area, p)).toArray(Double[]::new);
                XDDFNumericalDataSource<Double> nums = XDDFDataSourcesFactory.fromArray(v,
                        sheetName + range(row, row, 1, block.periods().size()));
                colour(data.addSeries(cats, nums), a).setTitle(plan.areaName(area), null);
            }
        }
        chart.plot(data);
        describe(chart, block.measure().title(), description(plan, block, areas, labels));
    }

    /**
     * Gives a series its colour: bars are filled with it, lines drawn in it. Readers that apply no theme of
     * their own (LibreOffice) otherwise draw the axes and legend but no bars or lines.
     */
    private static XDDFChartData.Series colour(XDDFChartData.Series series, int index) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[index % SERIES_COLOURS.length]));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(LINE_WIDTH);
            line.setLineProperties(stroke);
            line.setMarkerStyle(MarkerStyle.NONE);
            line.setSmooth(false);
        } else {
            series.setFillProperties(fill);
        }
        return series;
    }

    /**
     * The chart's alternative text, from the data it draws: a column chart gives every value ("Column chart:
     * Crimes per 1,000 population: 2019/20: West Midlands 85.5, …; 2020/21: …"); a line chart, too long to
     * read out point by point, gives its span and each line's latest value.
     */
    static String description(Plan plan, Block block, List<String> areas, WorkbookLabels labels) {
        String title = block.measure().title();
        if (block.periods().size() <= FEW_PERIODS) {
            List<String> groups = new ArrayList<>();
            for (Period period : block.periods()) {
                groups.add(period.label(labels.periods()) + ": " + values(plan, block, areas, period));
            }
            return labels.get("kpi-chart-columns", Map.of("title", title, "values", String.join("; ", groups)));
        }
        Period latest = block.latest();
        PeriodWording periods = labels.periods();
        return labels.get("kpi-chart-lines", Map.of("title", title, "first", block.periods().get(0).label(periods),
                "latest", latest.label(periods), "values", values(plan, block, areas, latest)));
    }

    /** "West Midlands 85.5, Staffordshire 61.2": each area's value in a period. */
    private static String values(Plan plan, Block block, List<String> areas, Period period) {
        return String.join(", ", areas.stream().map(a -> plan.areaName(a) + " " + formatted(block.value(a, period)))
                .toList());
    }

    /**
     * Names the chart's drawing object by its title (POI names it "Diagramm0"; screen readers and Excel's Selection
     * Pane show the name) and sets its alternative text (descr), which screen readers announce.
     */
    private static void describe(XSSFChart chart, String title, String description) {
        var properties = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        properties.setName(title);
        properties.setDescr(description);
    }

    private static String formatted(BigDecimal value) {
        return value == null ? "no figure" : NumberStyles.plain(value);
    }

    /** Bars: every area but a total (which would dwarf its parts); lines: the first few areas. */
    private static List<String> chartedAreas(IndicatorTable table, Block block) {
        List<String> areas = new ArrayList<>(block.areas());
        String total = table.indicator().totalArea();
        if (block.periods().size() <= FEW_PERIODS) {
            if (areas.size() > 1 && total != null && areas.get(areas.size() - 1).equals(total)) {
                areas.remove(areas.size() - 1);
            }
            return areas;
        }
        return areas.subList(0, Math.min(MAX_LINES, areas.size()));
    }

    private static byte[] rgb(int colour) {
        return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
    }

    private static Double number(Block block, String area, Period period) {
        var v = block.value(area, period);
        return v == null ? null : v.doubleValue();
    }

    private static String range(int r1, int r2, int c1, int c2) {
        return new CellRangeAddress(r1, r2, c1, c2).formatAsString(null, true);
    }
}
