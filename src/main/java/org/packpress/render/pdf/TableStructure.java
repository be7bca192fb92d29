package org.packpress.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Completes tables that layouts tag row by row: JasperReports tags rows and cells (TR, TH, TD) but
 * cannot close a Table whose rows run over several pages, so consecutive TR elements are gathered into
 * one Table here (rows that {@link TableCells} gathered from marked cells likewise, one Table per table they
 * name). Header cells get the Scope PDF/UA requires (Column: layouts tag only column headers).
 */
final class TableStructure {

    private static final COSName TABLE = COSName.getPDFName("Table");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");

    private TableStructure() {
    }

    static void complete(COSDictionary node, TableCaptions captions) {
        COSArray kids = node.getCOSArray(COSName.K);
        if (kids == null) {
            return;
        }
        COSArray regrouped = new COSArray();
        COSDictionary table = null;
        int tableKey = -1;
        boolean afterData = false;
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.get(i);
            COSDictionary element = kids.getObject(i) instanceof COSDictionary d && d.containsKey(COSName.S) ? d : null;
            String type = element == null ? null : element.getNameAsString(COSName.S);
            if ("TR".equals(type)) {
                int key = element.getInt(TableCells.TABLE_KEY, -1);
                element.removeItem(TableCells.TABLE_KEY);
                boolean header = isHeaderRow(element);
                // a header row below data rows heads a table of its own: its cells are other columns
                if (table == null || key != tableKey || header && afterData) {
                    table = container(TABLE.getName(), node);
                    tableKey = key;
                    regrouped.add(table);
                }
                table.getCOSArray(COSName.K).add(kid);
                element.setItem(COSName.P, table);
                scopeHeaders(element);
                afterData = !header;
            } else if (table != null && element != null && captions.isCaption(element)) {
                element.setItem(COSName.S, COSName.getPDFName("Caption"));
                adopt(table, kid, element);
                table = null;
            } else {
                table = null;
                regrouped.add(kid);
                if (element != null) {
                    complete(element, captions);
                }
            }
        }
        node.setItem(COSName.K, regrouped);
        for (int i = 0; i < regrouped.size(); i++) {
            if (regrouped.getObject(i) instanceof COSDictionary element && TABLE.equals(element.getCOSName(COSName.S))) {
                padRows(element);
            }
        }
    }

    /**
     * Gives every row of a table as many cells as its longest row: a layout leaves out the cells of an empty
     * value, and PDF/UA wants rows of equal length, so the missing cells become empty TD elements.
     */
    private static void padRows(COSDictionary table) {
        COSArray kids = table.getCOSArray(COSName.K);
        List<COSDictionary> rows = new ArrayList<>();
        for (int i = 0; i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary row && "TR".equals(row.getNameAsString(COSName.S))) {
                rows.add(row);
            }
        }
        int columns = rows.stream().mapToInt(row -> kids(row).size()).max().orElse(0);
        for (COSDictionary row : rows) {
            COSArray cells = kids(row);
            while (cells.size() < columns) {
                cells.add(element("TD", row));
            }
        }
    }

    /** An element's kids as the array it then holds (an element of one kid may hold it directly). */
    static COSArray kids(COSDictionary element) {
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (kids != null) {
            array.add(element.getItem(COSName.K));
        }
        element.setItem(COSName.K, array);
        return array;
    }

    /** A new structure element of a type, without content. */
    static COSDictionary element(String type, COSDictionary parent) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        element.setItem(COSName.S, COSName.getPDFName(type));
        element.setItem(COSName.P, parent);
        return element;
    }

    /** A new structure element of a type, to hold the kids it adopts. */
    static COSDictionary container(String type, COSDictionary parent) {
        COSDictionary element = element(type, parent);
        element.setItem(COSName.K, new COSArray());
        return element;
    }

    /** Moves an element (the kid of another, {@code kid} the reference to it there) below a new parent. */
    static void adopt(COSDictionary parent, COSBase kid, COSDictionary element) {
        kids(parent).add(kid);
        element.setItem(COSName.P, parent);
    }

    /** Whether every cell of a row is a header cell. */
    static boolean isHeaderRow(COSDictionary row) {
        COSArray cells = kids(row);
        for (int i = 0; i < cells.size(); i++) {
            if (!(cells.getObject(i) instanceof COSDictionary cell) || !"TH".equals(cell.getNameAsString(COSName.S))) {
                return false;
            }
        }
        return cells.size() > 0;
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
