package org.packpress.render.jasper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRReport;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * A layout whose narrow column is widened for what a house style prints in it (an agenda label "Item 7a", a minute
 * number "PCP/24/15"), by what the column to its right gives up: the layouts' columns fit the default forms, and a
 * longer text would break over two lines or be cut. The column to its right is every cell that starts where the
 * column's nearest neighbour does, in any band (a Board's tables and their captions, under the text beside the
 * minute numbers, move with that text). A layout whose column is wide enough is used as it is.
 */
public final class WidenedColumn {

    /** Room for the rounding of the font's advances when JasperReports breaks lines, in points. */
    public static final int SLACK = 2;
    /** The padding left and right of a table cell's text (reports/styles.jrtx, "Cell"), in points. */
    private static final int CELL_PADDING = 8;
    /** The property that starts or ends a row of a table in the tagged PDF. */
    private static final String TAG_ROW = "net.sf.jasperreports.export.pdf.tag.tr";

    private WidenedColumn() {
    }

    /** Picks the cells that print a field: {@code "$F{ref}"}. */
    public static Predicate<JRElement> printing(String expression) {
        return element -> element instanceof JRTextField field && field.getExpression() != null
                && field.getExpression().getText().strip().equals(expression);
    }

    /** How wide a table cell must be for a text this wide (in points) to fit on one line. */
    public static int cellFor(double textWidth) {
        return (int) Math.ceil(textWidth) + CELL_PADDING + SLACK;
    }

    /**
     * The layout {@code reports/<layout>.jrxml}, or a variant of it (compiled once per width) whose column is at least
     * {@code needed} points wide.
     *
     * @param column picks one cell of the column; the column is every cell at its x with its width, in the column
     *     header and the detail bands
     */
    public static JasperReport layout(TemplateRegistry templates, String layout, Predicate<JRElement> column,
            int needed) {
        return layout(templates, layout, column, null, needed);
    }

    /**
     * As {@link #layout(TemplateRegistry, String, Predicate, int)}, the room taken from a column further right: the
     * columns between move right, and {@code donor} (which picks one of its cells, as {@code column} does) narrows.
     */
    public static JasperReport layout(TemplateRegistry templates, String layout, Predicate<JRElement> column,
            Predicate<JRElement> donor, int needed) {
        JasperReport compiled = templates.get(layout);
        JRElement cell = cell(compiled, column, layout);
        if (needed <= cell.getWidth()) {
            return compiled;
        }
        JasperDesign design = templates.design(layout);
        widen(design, column, donor, needed);
        return templates.compiled(layout + "-column-" + cell.getX() + "-" + needed, design);
    }

    /**
     * Widens a column of a layout's design to at least {@code needed} points, as
     * {@link #layout(TemplateRegistry, String, Predicate, Predicate, int)} does; a column wide enough stays as it is.
     *
     * @param donor picks a cell of the column that gives up the room, or null for the column beside it
     */
    public static void widen(JasperDesign design, Predicate<JRElement> column, Predicate<JRElement> donor,
            int needed) {
        JRElement cell = cell(design, column, design.getName());
        if (needed <= cell.getWidth()) {
            return;
        }
        int extra = needed - cell.getWidth();
        int beside = besideX(design, cell);
        int donorX = donor == null ? beside : cell(design, donor, design.getName()).getX();
        int x = cell.getX();
        int width = cell.getWidth();
        bands(design).forEach(band -> widen(band, x, width, beside, donorX, extra));
    }

    /**
     * Leaves a column out of a layout's design: its cells are removed from every band of the table, and the cells
     * that end where it starts (the column to its left) widen by its width and end the table row where its cells
     * ended it (the tagged PDF's row).
     *
     * @param column picks one cell of the column
     */
    public static void remove(JasperDesign design, Predicate<JRElement> column) {
        JRElement cell = cell(design, column, design.getName());
        int x = cell.getX();
        int width = cell.getWidth();
        for (JRBand band : bands(design)) {
            List<JRElement> removed = List.of(band.getElements()).stream()
                    .filter(e -> e.getX() == x && e.getWidth() == width).toList();
            for (JRElement gone : removed) {
                ((JRDesignBand) band).removeElement((JRDesignElement) gone);
                List.of(band.getElements()).stream().filter(e -> e.getX() + e.getWidth() == x)
                        .forEach(left -> takeOver((JRDesignElement) left, gone));
            }
        }
    }

    /**
     * Leaves a column inside a table's row out of a layout's design, its room given to {@code taker}, a column to its
     * left or right: the columns between move towards the removed one's place (a column whose room a layout took
     * from a column that is not beside it, or gives back to another than its left neighbour).
     *
     * @param column picks one cell of the column; its cells neither start nor end the tagged PDF's row
     * @param taker picks one cell of the column that takes its room
     */
    public static void remove(JasperDesign design, Predicate<JRElement> column, Predicate<JRElement> taker) {
        JRElement cell = cell(design, column, design.getName());
        JRElement takes = cell(design, taker, design.getName());
        int x = cell.getX();
        int width = cell.getWidth();
        boolean left = takes.getX() < x;
        int from = left ? takes.getX() + takes.getWidth() : x + width;
        int to = left ? x : takes.getX();
        for (JRBand band : bands(design)) {
            List<JRElement> removed = List.of(band.getElements()).stream()
                    .filter(e -> e.getX() == x && e.getWidth() == width).toList();
            removed.forEach(gone -> ((JRDesignBand) band).removeElement((JRDesignElement) gone));
            if (removed.isEmpty()) {
                continue;
            }
            for (JRElement element : band.getElements()) {
                JRDesignElement moved = (JRDesignElement) element;
                if (moved.getX() == takes.getX() && moved.getWidth() == takes.getWidth()) {
                    moved.setWidth(moved.getWidth() + width);
                    moved.setX(left ? moved.getX() : moved.getX() - width);
                } else if (moved.getX() >= from && moved.getX() + moved.getWidth() <= to) {
                    moved.setX(moved.getX() + (left ? width : -width));
                }
            }
        }
    }

    /** The left neighbour of a removed cell, widened by its width, ending the row if the removed cell ended it. */
    private static void takeOver(JRDesignElement left, JRElement gone) {
        left.setWidth(left.getWidth() + gone.getWidth());
        String row = gone.getPropertiesMap().getProperty(TAG_ROW);
        if (row != null && left.getPropertiesMap().getProperty(TAG_ROW) == null) {
            left.getPropertiesMap().setProperty(TAG_ROW, row);
        }
    }

    private static JRElement cell(JRReport report, Predicate<JRElement> column, String layout) {
        return find(report, column).orElseThrow(() -> new IllegalStateException("The layout " + layout
                + " has no such column"));
    }

    private static Optional<JRElement> find(JRReport report, Predicate<JRElement> column) {
        return bands(report).stream().flatMap(band -> List.of(band.getElements()).stream()).filter(column).findFirst();
    }

    /** Where the nearest cell to the column's right starts, in a band of the column. */
    private static int besideX(JRReport report, JRElement cell) {
        return bands(report).stream().filter(band -> List.of(band.getElements()).contains(cell))
                .flatMap(band -> List.of(band.getElements()).stream()).mapToInt(JRElement::getX)
                .filter(x -> x >= cell.getX() + cell.getWidth()).min()
                .orElseThrow(() -> new IllegalStateException("No cell beside the column at x=" + cell.getX()));
    }

    private static List<JRBand> bands(JRReport report) {
        List<JRBand> bands = new ArrayList<>();
        if (report.getColumnHeader() != null) {
            bands.add(report.getColumnHeader());
        }
        for (JRGroup group : report.getGroups() == null ? new JRGroup[0] : report.getGroups()) {
            if (group.getGroupHeaderSection() != null) {
                bands.addAll(List.of(group.getGroupHeaderSection().getBands()));
            }
        }
        JRSection detail = report.getDetailSection();
        if (detail != null) {
            bands.addAll(List.of(detail.getBands()));
        }
        return bands;
    }

    /**
     * The band's cells of the column, widened; its cells from the column beside it up to the donor, moved right as much;
     * the donor's, moved and narrowed as much.
     */
    private static void widen(JRBand band, int columnX, int columnWidth, int besideX, int donorX, int extra) {
        for (JRElement element : band.getElements()) {
            JRDesignElement cell = (JRDesignElement) element;
            if (cell.getX() == columnX && cell.getWidth() == columnWidth) {
                cell.setWidth(cell.getWidth() + extra);
            } else if (cell.getX() >= besideX && cell.getX() <= donorX) {
                cell.setWidth(cell.getX() == donorX ? cell.getWidth() - extra : cell.getWidth());
                cell.setX(cell.getX() + extra);
            }
        }
    }
}
