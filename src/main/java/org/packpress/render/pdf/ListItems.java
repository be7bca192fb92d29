package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * List items that a layout draws as a row of its own, a label (a bullet, "a)", "1.") beside a body, marked as
 * such ({@link ContentMarks}): here the labels' and bodies' elements become Lbl and LBody in LI items, and the
 * items next to one another an L list, so a screen reader announces a list and its number of items. A body split
 * across pages is one LBody.
 */
public final class ListItems {

    private static final String PREFIX = "packpress-list";
    private static final String LABEL = "LBL";
    private static final String BODY = "BODY";

    private final ContentMarks marks = new ContentMarks(PREFIX);

    /** The ActualText that marks the label of a layout's list item (items are numbered in their report). */
    public static String label(Integer item) {
        return PREFIX + " " + item + " " + LABEL;
    }

    /** The ActualText that marks the body of a layout's list item. */
    public static String body(Integer item) {
        return PREFIX + " " + item + " " + BODY;
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
        marks.gather(node, new ContentMarks.Gatherer() {
            private COSDictionary list;
            private COSDictionary item;
            private COSDictionary body;
            private String itemNumber;

            @Override
            public void marked(COSDictionary parent, COSArray kids, COSBase kid, COSDictionary element, String mark) {
                String[] parts = mark.split(" ");
                if (list == null) {
                    list = TableStructure.container("L", parent);
                    kids.add(list);
                }
                if (!parts[0].equals(itemNumber)) {
                    item = TableStructure.container("LI", list);
                    TableStructure.kids(list).add(item);
                    itemNumber = parts[0];
                    body = null;
                }
                if (LABEL.equals(parts[1])) {
                    element.setItem(COSName.S, COSName.getPDFName("Lbl"));
                    TableStructure.adopt(item, kid, element);
                    return;
                }
                if (body == null) {
                    body = TableStructure.container("LBody", item);
                    TableStructure.kids(item).add(body);
                }
                TableStructure.adopt(body, kid, element);
            }

            @Override
            public void runEnds() {
                list = null;
                itemNumber = null;
            }
        });
    }
}
