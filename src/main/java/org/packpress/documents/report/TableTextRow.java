package org.packpress.documents.report;

import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;
import org.packpress.documents.TextRow;

/**
 * A layout's detail row that is either text or a Markdown table: the table's layout, data and header cells
 * ({@link TableLayouts}) are what the layout's table subreport reads; null for a row of text.
 */
public abstract class TableTextRow extends TextRow {

    private TableLayouts.Filled table;

    protected TableTextRow(String text, String marker, int indent, int markerIndent) {
        super(text, marker, indent, markerIndent);
    }

    protected TableLayouts.Filled table() {
        return table;
    }

    protected void setTable(TableLayouts.Filled table) {
        this.table = table;
    }

    public JasperReport getTableLayout() {
        return table == null ? null : table.layout();
    }

    public JRDataSource getTableData() {
        return table == null ? null : table.data();
    }

    public Map<String, Object> getTableParameters() {
        return table == null ? null : table.parameters();
    }
}
