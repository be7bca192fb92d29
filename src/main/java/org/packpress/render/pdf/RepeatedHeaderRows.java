package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The copies of a table's header row that a layout prints at the top of each continuation page become
 * artifacts. JasperReports prints a column header band on every page and tags each print as a row of TH cells,
 * so a table over three pages would read as header, rows, header, rows, header, rows; a screen reader should
 * meet the header once, as sighted readers take the copies for what they are. A row of header cells is such a
 * copy when the table already had rows of data cells and the row starts a new page; it is taken out of the
 * structure tree and its content marked as Artifact ({@link UntaggedContent}). (The tables of officers' Markdown
 * reports say which rows are copies themselves: {@link TableCells}.)
 */
final class RepeatedHeaderRows {

    private static final COSName TR = COSName.getPDFName("TR");

    private RepeatedHeaderRows() {
    }

    /** Takes the repeated header rows below {@code node} out of the tree, noting them in {@code untagged}. */
    static void untag(COSDictionary node, UntaggedContent untagged) {
        COSBase k = node.getDictionaryObject(COSName.K);
        if (k instanceof COSDictionary only && only.containsKey(COSName.S)) {
            untag(only, untagged);
        }
        if (!(k instanceof COSArray kids)) {
            return;
        }
        boolean dataRowsSeen = false;
        COSDictionary lastPage = null;
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.getObject(i) instanceof COSDictionary element) || !element.containsKey(COSName.S)) {
                continue;
            }
            COSName type = element.getCOSName(COSName.S);
            if (TR.equals(type)) {
                boolean header = TableStructure.isHeaderRow(element);
                COSDictionary page = firstPage(element);
                if (header && dataRowsSeen && page != null && page != lastPage) {
                    untagged.take(element);
                    kids.remove(i--);
                    continue;
                }
                dataRowsSeen |= !header;
                lastPage = page == null ? lastPage : page;
            } else {
                dataRowsSeen = false;
                lastPage = null;
                untag(element, untagged);
            }
        }
    }

    /** The page of the first content below an element, or null if it holds none. */
    private static COSDictionary firstPage(COSDictionary element) {
        if (element.getCOSDictionary(COSName.PG) != null) {
            return element.getCOSDictionary(COSName.PG);
        }
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSDictionary child) {
            return firstPage(child);
        }
        if (k instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    COSDictionary page = firstPage(kid);
                    if (page != null) {
                        return page;
                    }
                }
            }
        }
        return null;
    }
}
