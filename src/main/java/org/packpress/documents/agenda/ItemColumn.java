package org.packpress.documents.agenda;

import java.util.Collection;
import java.util.List;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import org.packpress.model.style.Typography;
import org.packpress.render.jasper.TemplateRegistry;
import org.packpress.render.jasper.TextWidths;
import org.packpress.render.jasper.WidenedColumn;

/**
 * The agenda table's Item column, as wide as its widest label needs. The layout's column fits "7a." and the
 * header "Item"; a house style whose labels are longer ("Item 7a", "Eitem 10") would break them over two lines,
 * so the column is widened for them by what the Topic column beside it gives up (the header may still break
 * between its words). A front sheet whose labels fit keeps the layout as it is.
 */
final class ItemColumn {

    /** The header cell's expression, which names the column in the layout. */
    private static final String HEADER = "agenda-column-item";

    private ItemColumn() {
    }

    /**
     * The front-sheet layout for these labels: {@code reports/<layout>.jrxml} itself when they fit its Item column,
     * else a variant with the column widened.
     */
    static JasperReport layout(TemplateRegistry templates, String layout, Typography typography, String header,
            Collection<String> labels) {
        double needed = Math.max(
                TextWidths.widest(typography.fontFamily(), true, typography.smallSize(), List.of(header.split("\\s+"))),
                TextWidths.widest(typography.fontFamily(), false, typography.smallSize(), labels));
        return WidenedColumn.layout(templates, layout, ItemColumn::isHeader, WidenedColumn.cellFor(needed));
    }

    private static boolean isHeader(JRElement element) {
        return element instanceof JRTextField field && field.getExpression() != null
                && field.getExpression().getText().contains(HEADER);
    }
}
