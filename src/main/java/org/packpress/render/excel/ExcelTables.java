package org.packpress.render.excel;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A sheet's header row and the rows below it declared an Excel table: a screen reader then announces a cell's
 * column header as the reader moves along a row (Excel's accessibility checker asks for it), and the table brings
 * its own filter buttons. The columns are named directly as the header cells read: Excel repairs a file whose
 * table columns and header cells differ.
 */
public final class ExcelTables {

    private ExcelTables() {
    }

    /**
     * Declares the table.
     *
     * @param headerRow the header row (0-based); the header cells hold {@code headings} from the first column on
     * @param lastRow the table's last row; at least the row below the header (an empty table keeps one blank row)
     * @param style a table style ("TableStyleLight9"), or null to keep the cells' own formats
     */
    public static void declare(XSSFSheet sheet, String name, int headerRow, List<String> headings, int lastRow,
            String style) {
        String ref = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(Math.max(lastRow, headerRow + 1), headings.size() - 1), SpreadsheetVersion.EXCEL2007)
                .formatAsString();
        XSSFTable table = sheet.createTable(null);
        CTTable ct = table.getCTTable();
        ct.setName(name);
        ct.setDisplayName(name);
        ct.setRef(ref);
        ct.setHeaderRowCount(1);
        ct.addNewAutoFilter().setRef(ref);
        CTTableColumns columns = ct.getTableColumns() == null ? ct.addNewTableColumns() : ct.getTableColumns();
        while (columns.sizeOfTableColumnArray() > 0) {
            columns.removeTableColumn(0);
        }
        for (int c = 0; c < headings.size(); c++) {
            var column = columns.addNewTableColumn();
            column.setId(c + 1);
            column.setName(headings.get(c));
        }
        columns.setCount(headings.size());
        if (style != null) {
            CTTableStyleInfo info = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
            info.setName(style);
            info.setShowRowStripes(true);
        } else if (ct.isSetTableStyleInfo()) {
            ct.unsetTableStyleInfo();
        }
    }
}
