package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * List items that a layout draws as a row of its own, a label (a bullet, "a)", "1.") beside a body, marked as
 * such ({@link ContentMarks}): here the labels' and bodies' elements become Lbl and LBody in LI items, and the
 * items next to one another an L list, so a screen reader announces a list and its number of items. A body split
 * across pages is one LBody; JasperReports' empty anchor at the top of a page is kept, after the list.
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
        if (!(node.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
            return;
        }
        GroupedKids gathered = new GroupedKids();
        COSDictionary list = null;
        COSDictionary item = null;
        COSDictionary body = null;
        String itemNumber = null;
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.get(i);
            COSDictionary element = kids.getObject(i) instanceof COSDictionary d && d.containsKey(COSName.S) ? d : null;
            String mark = element == null ? null : marks.of(element);
            if (mark != null) {
                String[] parts = mark.split(" ");
                if (list == null) {
                    list = newElement("L", node);
                    gathered.add(list);
                }
                if (!parts[0].equals(itemNumber)) {
                    item = newElement("LI", list);
                    TableStructure.kids(list).add(item);
                    itemNumber = parts[0];
                    body = null;
                }
                if (LABEL.equals(parts[1])) {
                    element.setItem(COSName.S, COSName.getPDFName("Lbl"));
                    adopt(item, kid, element);
                } else {
                    if (body == null) {
                        body = newElement("LBody", item);
                        TableStructure.kids(item).add(body);
                    }
                    adopt(body, kid, element);
                }
            } else if (list != null && element != null && TableStructure.PAGE_ANCHOR.equals(element.getNameAsString(COSName.S))) {
                gathered.addAnchor(kid);
            } else {
                list = null;
                itemNumber = null;
                gathered.add(kid);
                if (element != null) {
                    gather(element);
                }
            }
        }
        gathered.setOn(node);
    }

    private static COSDictionary newElement(String type, COSDictionary parent) {
        COSDictionary element = TableStructure.element(type, parent);
        element.setItem(COSName.K, new COSArray());
        return element;
    }

    private static void adopt(COSDictionary parent, COSBase kid, COSDictionary element) {
        TableStructure.kids(parent).add(kid);
        element.setItem(COSName.P, parent);
    }
}
