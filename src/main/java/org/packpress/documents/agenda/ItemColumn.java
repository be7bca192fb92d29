package org.packpress.documents.agenda;

import java.util.Collection;
import java.util.List;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.packpress.model.style.Typography;
import org.packpress.render.jasper.TemplateRegistry;
import org.packpress.render.jasper.TextWidths;
import org.packpress.render.jasper.WidenedColumn;

/**
 * The agenda table's Item column, as wide as its widest label needs. The layout's column fits "7a." and the
 * header "Item"; a house style whose labels are longer ("Item 7a", "Eitem 10") would break them over two lines,
 * so the column is widened for them by what the Topic column beside it gives up (the header may still break
 * between its words). A front sheet whose labels fit keeps the layout as it is. An agenda that prints no times
 * leaves out the column of times, whose room the Topic column takes.
 */
final class ItemColumn {

    /** The header cell's expression, which names the column in the layout. */
    private static final String HEADER = "agenda-column-item";
    /** The expression of the time column's cells. */
    private static final String TIME = "$F{time}";

    private ItemColumn() {
    }

    /**
     * The front-sheet layout for these labels: {@code reports/<layout>.jrxml} itself when they fit its Item column and
     * the agenda prints its times, else a variant with the column widened, or without the column of times (whose room
     * the Topic column takes), or both.
     *
     * @param times whether the agenda table has its column of times (the house style's {@code timeColumn})
     */
    static JasperReport layout(TemplateRegistry templates, String layout, Typography typography, String header,
            Collection<String> labels, boolean times) {
        int needed = WidenedColumn.cellFor(Math.max(
                TextWidths.widest(typography.fontFamily(), true, typography.smallSize(), List.of(header.split("\\s+"))),
                TextWidths.widest(typography.fontFamily(), false, typography.smallSize(), labels)));
        if (times) {
            return WidenedColumn.layout(templates, layout, ItemColumn::isHeader, needed);
        }
        JasperDesign design = templates.design(layout);
        WidenedColumn.remove(design, WidenedColumn.printing(TIME));
        WidenedColumn.widen(design, ItemColumn::isHeader, null, needed);
        return templates.compiled(layout + "-untimed", design);
    }

    private static boolean isHeader(JRElement element) {
        return element instanceof JRTextField field && field.getExpression() != null
                && field.getExpression().getText().contains(HEADER);
    }
}
