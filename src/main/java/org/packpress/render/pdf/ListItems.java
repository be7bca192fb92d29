package org.packpress.render.pdf;

import java.util.ArrayDeque;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * List items that a layout draws as a row of its own, a label (a bullet, "a)", "1.") beside a body, marked as
 * such ({@link ContentMarks}) with the label's indent: here the labels' and bodies' elements become Lbl and LBody
 * in LI items, and the items next to one another an L list, so a screen reader announces a list and its number of
 * items. An item indented further than the one before starts a list inside that item's LBody, as a sub-list is
 * read; an item indented less goes back to the list of its indent. A body split across pages is one LBody.
 */
public final class ListItems {

    private static final String PREFIX = "packpress-list";
    private static final String LABEL = "LBL";
    private static final String BODY = "BODY";

    private final ContentMarks marks = new ContentMarks(PREFIX);

    /**
     * The ActualText that marks the label of a layout's list item (items are numbered in their report; the indent
     * is the label's, in the layout's steps).
     */
    public static String label(Integer item, Integer indent) {
        return PREFIX + " " + item + " " + LABEL + " " + indent;
    }

    /** The ActualText that marks the body of a layout's list item. */
    public static String body(Integer item, Integer indent) {
        return PREFIX + " " + item + " " + BODY + " " + indent;
    }

    /** Takes a list item's mark off a marked-content sequence's properties, noting it for the page. */
    void take(COSDictionary page, COSDictionary properties) {
        marks.take(page, properties);
    }

    /** Whether {@link #take} found marked items: only then has the structure lists to gather. */
    boolean found() {
        return marks.found();
    }

    /** Gathers the marked elements below any element of the tree into lists. */
    void gather(COSDictionary node) {
        marks.gather(node, new Lists());
    }

    /** A list being gathered, at the indent of its labels; its last item and that item's body so far. */
    private static final class OpenList {
        final COSDictionary list;
        final int indent;
        COSDictionary item;
        COSDictionary body;
        String itemNumber;

        OpenList(COSDictionary list, int indent) {
            this.list = list;
            this.indent = indent;
        }

        COSDictionary body() {
            if (body == null) {
                body = TableStructure.container("LBody", item);
                TableStructure.kids(item).add(body);
            }
            return body;
        }
    }

    /** The lists open at one place of the tree, the innermost last. */
    private static final class Lists implements ContentMarks.Gatherer {

        private final ArrayDeque<OpenList> open = new ArrayDeque<>();

        @Override
        public void marked(COSDictionary parent, COSArray kids, COSBase kid, COSDictionary element, String mark) {
            String[] parts = mark.split(" ");
            OpenList list = listAt(Integer.parseInt(parts[2]), parent, kids);
            if (!parts[0].equals(list.itemNumber)) {
                list.item = TableStructure.container("LI", list.list);
                TableStructure.kids(list.list).add(list.item);
                list.itemNumber = parts[0];
                list.body = null;
            }
            if (LABEL.equals(parts[1])) {
                element.setItem(COSName.S, COSName.getPDFName("Lbl"));
                TableStructure.adopt(list.item, kid, element);
            } else {
                TableStructure.adopt(list.body(), kid, element);
            }
        }

        /** The list an item at this indent belongs to: the open one of its indent, or a new one. */
        private OpenList listAt(int indent, COSDictionary parent, COSArray kids) {
            while (!open.isEmpty() && open.peekLast().indent > indent) {
                open.removeLast();
            }
            if (!open.isEmpty() && open.peekLast().indent == indent) {
                return open.peekLast();
            }
            OpenList outer = open.peekLast();
            COSDictionary list;
            if (outer == null) {
                list = TableStructure.container("L", parent);
                kids.add(list);
            } else {
                COSDictionary body = outer.body();
                list = TableStructure.container("L", body);
                TableStructure.kids(body).add(list);
            }
            OpenList opened = new OpenList(list, indent);
            open.addLast(opened);
            return opened;
        }

        @Override
        public void runEnds() {
            open.clear();
        }
    }
}
