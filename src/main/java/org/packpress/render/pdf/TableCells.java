package org.packpress.render.pdf;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Table cells that a layout marks with their place in a table (table, row, column, header or not), for tables
 * whose rows JasperReports' own table tags cannot carry: a row taller than a page splits, and the pieces of its
 * cells on the next page would leave Jasper's row tags unbalanced (its exporter then fails), or hold the rest of
 * a cell as a row of its own. Each cell's text carries its mark through the export as the ActualText of its
 * marked content; here the marks are read back and taken off again, and the cells' P elements are gathered
 * into TR rows of TH and TD cells, the pieces of a cell split across pages into one cell. A header row that a
 * layout repeats at the top of a continuation page is marked as repeated: its content becomes an Artifact and
 * leaves the structure, so it is read once. {@link TableStructure} then gathers the rows into tables.
 */
public final class TableCells {

    /** The element property that carries a cell's mark into the exported PDF. */
    public static final String PROPERTY = JRPdfExporterTagHelper.PROPERTY_TAG_ATTRIBUTE_ACTUAL_TEXT;
    private static final String PREFIX = "packpress-cell";
    /** Which table a row built here belongs to: read by {@link TableStructure}, which removes it. */
    static final COSName TABLE_KEY = COSName.getPDFName("PackPressTable");

    /** What a cell is: a header cell, a data cell, or a header cell printed again on a continuation page. */
    public enum Role {
        HEADER, DATA, REPEATED_HEADER
    }

    record Mark(int table, int row, int column, int columns, Role role) {
    }

    private final ContentMarks marks = new ContentMarks(PREFIX);
    private final Set<COSDictionary> removed = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * A Java expression for a layout's cell that evaluates to its mark.
     *
     * @param table an expression for the table's number, unique in the document
     * @param row an expression for the row's number (the header row is 0)
     * @param role an expression for the cell's {@link Role} name
     */
    public static String expression(String table, String row, int column, int columns, String role) {
        return ContentMarks.expression(PREFIX, "(" + table + ") + \" \" + (" + row + ") + \" " + column + " " + columns
                + " \" + (" + role + ")");
    }

    /** The mark a cell's ActualText held (after the prefix). */
    static Mark parse(String mark) {
        String[] parts = mark.split(" ");
        if (parts.length != 5) {
            throw new IllegalStateException("A table cell's mark is malformed: " + mark);
        }
        return new Mark(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]), Role.valueOf(parts[4]));
    }

    /**
     * Takes the mark off a marked-content sequence's properties, noting it for the page.
     *
     * @return whether the content is a repeated header cell, which becomes an Artifact
     */
    boolean take(COSDictionary page, COSDictionary properties) {
        String mark = marks.take(page, properties);
        return mark != null && parse(mark).role() == Role.REPEATED_HEADER;
    }

    /** Whether {@link #take} found marked cells: only then has the structure rows to gather. */
    boolean found() {
        return marks.found();
    }

    /**
     * Gathers the marked cells' elements into rows (below any element of the tree), drops the elements of
     * repeated header cells, and clears the parent tree's entries that pointed at them.
     */
    void gatherRows(COSDictionary structureTreeRoot) {
        gather(structureTreeRoot);
        if (!removed.isEmpty() && structureTreeRoot.getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree) {
            ParentTree.forget(tree, removed);
        }
    }

    private void gather(COSDictionary node) {
        if (!(node.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
            return;
        }
        COSArray gathered = new COSArray();
        Map<List<Integer>, COSDictionary[]> rows = new HashMap<>();
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.get(i);
            COSDictionary element = kids.getObject(i) instanceof COSDictionary d && d.containsKey(COSName.S) ? d : null;
            Mark mark = element == null ? null : markOf(element);
            if (mark == null) {
                gathered.add(kid);
                if (element != null) {
                    gather(element);
                }
            } else if (mark.role() == Role.REPEATED_HEADER) {
                removed.add(element);
            } else {
                COSDictionary[] cells = rows.get(List.of(mark.table(), mark.row()));
                if (cells == null) {
                    cells = new COSDictionary[mark.columns()];
                    rows.put(List.of(mark.table(), mark.row()), cells);
                    gathered.add(newRow(node, mark, cells));
                }
                COSDictionary cell = cellOf(cells, mark);
                if (cell.getCOSArray(COSName.K) == null) {
                    cell.setItem(COSName.K, new COSArray());
                }
                cell.getCOSArray(COSName.K).add(kid);
                element.setItem(COSName.P, cell);
            }
        }
        node.setItem(COSName.K, gathered);
    }

    /** The mark of an element's (first) marked content, or null. */
    private Mark markOf(COSDictionary element) {
        String mark = marks.of(element);
        return mark == null ? null : parse(mark);
    }

    /** A row with a cell for every column: one that prints nothing stays empty. */
    private static COSDictionary newRow(COSDictionary parent, Mark mark, COSDictionary[] cells) {
        COSDictionary row = TableStructure.element("TR", parent);
        row.setInt(TABLE_KEY, mark.table());
        COSArray kids = new COSArray();
        for (int c = 0; c < cells.length; c++) {
            cells[c] = TableStructure.element(mark.role() == Role.HEADER ? "TH" : "TD", row);
            kids.add(cells[c]);
        }
        row.setItem(COSName.K, kids);
        return row;
    }

    private static COSDictionary cellOf(COSDictionary[] cells, Mark mark) {
        if (mark.column() < 0 || mark.column() >= cells.length) {
            throw new IllegalStateException("A table cell's mark names column " + mark.column() + " of " + cells.length);
        }
        return cells[mark.column()];
    }
}
