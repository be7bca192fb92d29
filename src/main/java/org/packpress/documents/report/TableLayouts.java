package org.packpress.documents.report;

import java.awt.Color;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignPropertyExpression;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.SplitTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.WhenNoDataTypeEnum;
import org.packpress.model.style.Typography;
import org.packpress.render.jasper.TemplateRegistry;
import org.packpress.render.jasper.TextWidths;
import org.packpress.render.pdf.TableCells;
import org.packpress.render.text.Block;
import org.packpress.render.text.StyledText;

/**
 * Layouts for Markdown tables, which have any number of columns whose widths follow their content.
 * A JRXML file cannot vary its columns, so each table shape (column widths, rounded by
 * {@link ColumnWidths}, and alignments) gets a small layout built in code and compiled once; reports
 * of a kind use few shapes, so the cache stays small. The header row is a group header reprinted on
 * every page the table spans; a row is not split across pages unless it is taller than a page. Each cell is
 * tagged with its place in the table ({@link TableCells}), from which the tagged PDF gets its Table, TR, TH
 * and TD elements. Authored reports and minutes (a recorded vote) print their Markdown tables with it.
 */
public final class TableLayouts {

    /** The cells' style in reports/styles.jrtx: the house style's small size (the template comes from the report). */
    static final String CELL_STYLE = "Small";
    private static final Color RULE = new Color(0x80, 0x80, 0x80);
    static final Color HEADER_SHADE = new Color(0xE6, 0xE6, 0xE6);
    private static final int CELL_HEIGHT = 18;
    /** A cell's padding above and below its text, and left and right of it. */
    private static final int CELL_PADDING = 3;
    private static final int CELL_SIDE_PADDING = 4;
    /** A line of a cell's text, as a multiple of the small size (the font's ascent, descent and leading). */
    private static final double LINE_HEIGHT = 1.2;
    /** The rows after the header row that a table may not leave behind when it starts at the foot of a page. */
    static final int FIRST_ROWS = 2;
    /**
     * A table up to this height (a quarter of a page's text, a header row and about eight rows of one line) is
     * kept on one page; a taller one may start at the foot of a page and continue on the next.
     */
    static final int KEPT_TABLE_HEIGHT = 180;
    private static final String TABLE_NUMBER = "TABLE_NUMBER";
    /**
     * The header row is printed first before any row, and again at the top of each page the table continues on,
     * after rows: there it is a repeated header, which the tagged PDF holds as an Artifact, not as content.
     */
    private static final String HEADER_ROLE = "$V{REPORT_COUNT} == 0 ? \"" + TableCells.Role.HEADER + "\" : \""
            + TableCells.Role.REPEATED_HEADER + "\"";

    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();
    private final TemplateRegistry templates;

    public TableLayouts(TemplateRegistry templates) {
        this.templates = templates;
    }

    /**
     * What the report's table band needs: the layout, its data, and the header cells; and about how tall the
     * table is, in points: all of it, and its header row with its first {@value #FIRST_ROWS} rows.
     */
    public record Filled(JasperReport layout, JRDataSource data, Map<String, Object> parameters, int height,
            int headHeight) {

        /** Whether the table is short enough to be kept on one page ({@value #KEPT_TABLE_HEIGHT}pt at most). */
        public boolean keptWhole() {
            return height <= KEPT_TABLE_HEIGHT;
        }
    }

    /**
     * @param number the table's number in its report, which its cells' tags carry ({@link TableCells})
     * @param typography the house style's font and sizes: the cells are set in its small size, and each
     *     column is wide enough for its longest word in that font
     */
    public Filled fill(Block.Table table, int number, int width, Typography typography) {
        int[] widths = ColumnWidths.of(table.header(), table.rows(), table.columnCount(), width,
                (text, bold) -> TextWidths.width(typography.fontFamily(), bold, typography.smallSize(), text));
        JasperReport layout = layout(widths, table.alignments());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(TABLE_NUMBER, number);
        for (int c = 0; c < table.columnCount(); c++) {
            parameters.put("H" + c, table.header().get(c));
        }
        List<Map<String, ?>> rows = table.rows().stream().map(TableLayouts::row).collect(Collectors.toList());
        int[] heights = rowHeights(table, widths, typography);
        int head = Arrays.stream(heights).limit(1 + FIRST_ROWS).sum();
        return new Filled(layout, new JRMapCollectionDataSource(rows), parameters, Arrays.stream(heights).sum(), head);
    }

    /** About how tall each row is, the header row first: its tallest cell's lines, at least one. */
    private static int[] rowHeights(Block.Table table, int[] widths, Typography typography) {
        int[] heights = new int[1 + table.rows().size()];
        heights[0] = rowHeight(table.header(), widths, typography, true);
        for (int r = 0; r < table.rows().size(); r++) {
            heights[r + 1] = rowHeight(table.rows().get(r), widths, typography, false);
        }
        return heights;
    }

    private static int rowHeight(List<String> cells, int[] widths, Typography typography, boolean bold) {
        int lines = 1;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            int cellLines = 0;
            for (String line : StyledText.plain(cells.get(c)).split("\n")) {
                double width = TextWidths.width(typography.fontFamily(), bold, typography.smallSize(), line);
                cellLines += Math.max(1, (int) Math.ceil(width / (widths[c] - 2 * CELL_SIDE_PADDING)));
            }
            lines = Math.max(lines, cellLines);
        }
        return Math.max(CELL_HEIGHT, (int) Math.ceil(lines * LINE_HEIGHT * typography.smallSize()) + 2 * CELL_PADDING);
    }

    int compiledCount() {
        return compiled.size();
    }

    private JasperReport layout(int[] widths, List<Block.Alignment> alignments) {
        String key = Arrays.toString(widths) + alignments;
        return compiled.computeIfAbsent(key, k -> templates.compiled("report-table", design(widths, alignments)));
    }

    private static Map<String, ?> row(List<String> cells) {
        Map<String, Object> row = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            row.put("C" + c, cells.get(c));
        }
        return row;
    }

    private static JasperDesign design(int[] widths, List<Block.Alignment> alignments) {
        int total = Arrays.stream(widths).sum();
        JasperDesign design = new JasperDesign();
        design.setName("authored-report-table");
        design.setPageWidth(total);
        design.setColumnWidth(total);
        design.setPageHeight(842);
        design.setLeftMargin(0);
        design.setRightMargin(0);
        design.setTopMargin(0);
        design.setBottomMargin(0);
        design.setWhenNoDataType(WhenNoDataTypeEnum.ALL_SECTIONS_NO_DETAIL);

        JRDesignBand header = new JRDesignBand();
        header.setHeight(CELL_HEIGHT);
        header.setSplitType(SplitTypeEnum.PREVENT);
        JRDesignBand detail = new JRDesignBand();
        detail.setHeight(CELL_HEIGHT);
        detail.setSplitType(SplitTypeEnum.PREVENT);
        addParameter(design, TABLE_NUMBER, Integer.class);
        int x = 0;
        for (int c = 0; c < widths.length; c++) {
            addParameter(design, "H" + c, String.class);
            addField(design, "C" + c);
            JRDesignTextField headerCell = cell(x, widths[c], "$P{H" + c + "}", alignments.get(c), true);
            headerCell.addPropertyExpression(mark("0", c, widths.length, HEADER_ROLE));
            header.addElement(headerCell);
            JRDesignTextField dataCell = cell(x, widths[c], "$F{C" + c + "}", alignments.get(c), false);
            dataCell.addPropertyExpression(mark("$V{REPORT_COUNT}", c, widths.length, "\"" + TableCells.Role.DATA + "\""));
            detail.addElement(dataCell);
            x += widths[c];
        }
        JRDesignGroup group = new JRDesignGroup();
        group.setName("Table");
        group.setExpression(new JRDesignExpression("Boolean.TRUE"));
        group.setReprintHeaderOnEachPage(true);
        group.setMinDetailsToStartFromTop(1); // the header row never stands alone at the foot of a page
        ((JRDesignSection) group.getGroupHeaderSection()).addBand(header);
        try {
            design.addGroup(group);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
        ((JRDesignSection) design.getDetailSection()).addBand(detail);
        return design;
    }

    private static JRDesignTextField cell(int x, int width, String expression, Block.Alignment alignment, boolean header) {
        JRDesignTextField cell = new JRDesignTextField();
        cell.setX(x);
        cell.setY(0);
        cell.setWidth(width);
        cell.setHeight(CELL_HEIGHT);
        cell.setExpression(new JRDesignExpression(expression));
        cell.setMarkup("styled");
        cell.setBlankWhenNull(true);
        cell.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        cell.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        cell.setStyleNameReference(CELL_STYLE);
        cell.setHorizontalTextAlign(switch (alignment) {
            case CENTER -> HorizontalTextAlignEnum.CENTER;
            case RIGHT -> HorizontalTextAlignEnum.RIGHT;
            case LEFT -> HorizontalTextAlignEnum.LEFT;
        });
        cell.getLineBox().getPen().setLineWidth(0.5f);
        cell.getLineBox().getPen().setLineColor(RULE);
        cell.getLineBox().setPadding(CELL_PADDING);
        cell.getLineBox().setLeftPadding(CELL_SIDE_PADDING);
        cell.getLineBox().setRightPadding(CELL_SIDE_PADDING);
        if (header) {
            cell.setBold(true);
            cell.setMode(ModeEnum.OPAQUE);
            cell.setBackcolor(HEADER_SHADE);
        }
        return cell;
    }

    /** The property that tags a cell with its place in the table: this table, the row, the column. */
    private static JRDesignPropertyExpression mark(String row, int column, int columns, String role) {
        JRDesignPropertyExpression mark = new JRDesignPropertyExpression();
        mark.setName(TableCells.PROPERTY);
        mark.setValueExpression(new JRDesignExpression(
                TableCells.expression("$P{" + TABLE_NUMBER + "}", row, column, columns, role)));
        return mark;
    }

    private static void addParameter(JasperDesign design, String name, Class<?> type) {
        JRDesignParameter parameter = new JRDesignParameter();
        parameter.setName(name);
        parameter.setValueClass(type);
        try {
            design.addParameter(parameter);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addField(JasperDesign design, String name) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        field.setValueClass(String.class);
        try {
            design.addField(field);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }
}
