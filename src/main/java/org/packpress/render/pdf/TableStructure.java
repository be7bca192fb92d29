package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Completes tables that layouts tag row by row: JasperReports tags rows and cells (TR, TH, TD) but
 * cannot close a Table whose rows run over several pages, so consecutive TR elements are gathered into
 * one Table here. Header cells get the Scope PDF/UA requires (Column: layouts tag only column headers).
 */
final class TableStructure {

    private static final String PAGE_ANCHOR = "Anchor";
    private static final COSName TABLE = COSName.getPDFName("Table");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");

    private TableStructure() {
    }

    static void complete(COSDictionary node) {
        COSArray kids = node.getCOSArray(COSName.K);
        if (kids == null) {
            return;
        }
        COSArray grouped = new COSArray();
        COSArray afterTable = new COSArray();
        COSDictionary table = null;
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.get(i);
            COSDictionary element = kids.getObject(i) instanceof COSDictionary d && d.containsKey(COSName.S) ? d : null;
            String type = element == null ? null : element.getNameAsString(COSName.S);
            if ("TR".equals(type)) {
                if (table == null) {
                    table = newTable(node);
                    grouped.add(table);
                }
                table.getCOSArray(COSName.K).add(kid);
                element.setItem(COSName.P, table);
                scopeHeaders(element);
            } else if (table != null && PAGE_ANCHOR.equals(type)) {
                // Jasper's empty anchor at the start of each page: kept, after the table it interrupted
                afterTable.add(kid);
            } else {
                table = null;
                grouped.addAll(afterTable);
                afterTable.clear();
                grouped.add(kid);
                if (element != null) {
                    complete(element);
                }
            }
        }
        grouped.addAll(afterTable);
        node.setItem(COSName.K, grouped);
        for (int i = 0; i < grouped.size(); i++) {
            if (grouped.getObject(i) instanceof COSDictionary element && TABLE.equals(element.getCOSName(COSName.S))) {
                padRows(element);
            }
        }
    }

    /**
     * Gives every row of a table as many cells as its longest row: a layout leaves out the cells of an empty
     * value, and PDF/UA wants rows of equal length, so the missing cells become empty TD elements.
     */
    private static void padRows(COSDictionary table) {
        COSArray rows = table.getCOSArray(COSName.K);
        int columns = 0;
        for (int i = 0; i < rows.size(); i++) {
            columns = Math.max(columns, cellsOf(rows.getObject(i)).size());
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getObject(i) instanceof COSDictionary row) {
                COSArray cells = cellsOf(row);
                row.setItem(COSName.K, cells);
                while (cells.size() < columns) {
                    COSDictionary empty = new COSDictionary();
                    empty.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
                    empty.setItem(COSName.S, COSName.getPDFName("TD"));
                    empty.setItem(COSName.P, row);
                    cells.add(empty);
                }
            }
        }
    }

    /** A row's kids as an array (a row of one cell may hold it directly). */
    private static COSArray cellsOf(COSBase row) {
        if (!(row instanceof COSDictionary dictionary)) {
            return new COSArray();
        }
        COSBase kids = dictionary.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            return array;
        }
        COSArray single = new COSArray();
        if (kids != null) {
            single.add(dictionary.getItem(COSName.K));
        }
        return single;
    }

    private static COSDictionary newTable(COSDictionary parent) {
        COSDictionary table = new COSDictionary();
        table.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        table.setItem(COSName.S, TABLE);
        table.setItem(COSName.P, parent);
        table.setItem(COSName.K, new COSArray());
        return table;
    }

    private static void scopeHeaders(COSDictionary row) {
        COSArray cells = row.getCOSArray(COSName.K);
        if (cells == null) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.getObject(i) instanceof COSDictionary cell && "TH".equals(cell.getNameAsString(COSName.S))
                    && !cell.containsKey(COSName.A)) {
                COSDictionary attributes = new COSDictionary();
                attributes.setItem(COSName.O, TABLE);
                attributes.setItem(SCOPE, COLUMN);
                cell.setItem(COSName.A, attributes);
            }
        }
    }
}
