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
