package org.packpress.render.jasper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRReport;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * A layout whose narrow column is widened for what a house style prints in it (an agenda label "Item 7a", a minute
 * number "PCP/24/15"), by what the column to its right gives up: the layouts' columns fit the default forms, and a
 * longer text would break over two lines or be cut. A layout whose column is wide enough is used as it is.
 */
public final class WidenedColumn {

    private WidenedColumn() {
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
        JasperReport compiled = templates.get(layout);
        JRElement cell = find(compiled, column).orElseThrow(() -> new IllegalStateException("The layout " + layout
                + " has no such column"));
        if (needed <= cell.getWidth()) {
            return compiled;
        }
        JasperDesign design = templates.design(layout);
        int extra = needed - cell.getWidth();
        bands(design).forEach(band -> widen(band, cell.getX(), cell.getWidth(), extra));
        return templates.compiled(layout + "-column-" + cell.getX() + "-" + needed, design);
    }

    private static Optional<JRElement> find(JRReport report, Predicate<JRElement> column) {
        return bands(report).stream().flatMap(band -> List.of(band.getElements()).stream()).filter(column).findFirst();
    }

    private static List<JRBand> bands(JRReport report) {
        List<JRBand> bands = new ArrayList<>();
        if (report.getColumnHeader() != null) {
            bands.add(report.getColumnHeader());
        }
        JRSection detail = report.getDetailSection();
        if (detail != null) {
            bands.addAll(List.of(detail.getBands()));
        }
        return bands;
    }

    /** The band's cells of the column, widened; the nearest cell to their right, moved and narrowed as much. */
    private static void widen(JRBand band, int x, int width, int extra) {
        JRDesignElement right = null;
        boolean hasColumn = false;
        for (JRElement element : band.getElements()) {
            if (element.getX() == x && element.getWidth() == width) {
                ((JRDesignElement) element).setWidth(width + extra);
                hasColumn = true;
            } else if (element.getX() >= x + width && (right == null || element.getX() < right.getX())) {
                right = (JRDesignElement) element;
            }
        }
        if (hasColumn && right != null) {
            right.setX(right.getX() + extra);
            right.setWidth(right.getWidth() - extra);
        }
    }
}
