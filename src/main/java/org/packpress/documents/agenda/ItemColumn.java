package org.packpress.documents.agenda;

import java.util.Collection;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.packpress.model.style.Typography;
import org.packpress.render.jasper.TemplateRegistry;
import org.packpress.render.jasper.TextWidths;

/**
 * The agenda table's Item column, as wide as its widest label needs. The layout's column fits "7a." and the
 * header "Item"; a house style whose labels are longer ("Item 7a", "Eitem 10") would break them over two lines,
 * so the column is widened for them by what the Topic column beside it gives up (the header may still break
 * between its words). A front sheet whose labels fit keeps the layout as it is.
 */
final class ItemColumn {

    /** The header cell's expression, which names the column in the layout. */
    private static final String HEADER = "agenda-column-item";
    /** The cell style's padding left and right of the text (reports/styles.jrtx, "Cell"). */
    private static final int PADDING = 8;
    /** Room for the rounding of the font's advances when JasperReports breaks lines. */
    private static final int SLACK = 2;

    private ItemColumn() {
    }

    /**
     * The front-sheet layout for these labels: {@code reports/<layout>.jrxml} itself when they fit its Item column,
     * else a variant with the column widened.
     */
    static JasperReport layout(TemplateRegistry templates, String layout, Typography typography, String header,
            Collection<String> labels) {
        double needed = 0;
        for (String word : header.split("\\s+")) {
            needed = Math.max(needed, TextWidths.width(typography.fontFamily(), true, typography.smallSize(), word));
        }
        for (String label : labels) {
            needed = Math.max(needed, TextWidths.width(typography.fontFamily(), false, typography.smallSize(), label));
        }
        int width = (int) Math.ceil(needed) + PADDING + SLACK;
        JasperReport compiled = templates.get(layout);
        if (width <= headerCell(compiled.getColumnHeader()).getWidth()) {
            return compiled; // the layout as it is, without reading its design again
        }
        JasperDesign design = templates.design(layout);
        JRElement column = headerCell(design.getColumnHeader());
        widen(design, column.getX(), column.getWidth(), width - column.getWidth());
        return templates.compiled(layout + "-item-" + width, design);
    }

    private static JRElement headerCell(JRBand header) {
        for (JRElement element : header.getElements()) {
            if (element instanceof JRTextField field && field.getExpression() != null
                    && field.getExpression().getText().contains(HEADER)) {
                return element;
            }
        }
        throw new IllegalStateException("The agenda layout has no column headed by " + HEADER);
    }

    /** Widens the cells of the column at {@code x} by {@code extra}, taken from the column to its right. */
    private static void widen(JasperDesign design, int x, int width, int extra) {
        widen(design.getColumnHeader(), x, width, extra);
        for (JRBand band : design.getDetailSection().getBands()) {
            widen(band, x, width, extra);
        }
    }

    private static void widen(JRBand band, int x, int width, int extra) {
        for (JRElement element : band.getElements()) {
            JRDesignElement cell = (JRDesignElement) element;
            if (cell.getX() == x) {
                cell.setWidth(width + extra);
            } else if (cell.getX() == x + width) {
                cell.setX(cell.getX() + extra);
                cell.setWidth(cell.getWidth() - extra);
            }
        }
    }
}
