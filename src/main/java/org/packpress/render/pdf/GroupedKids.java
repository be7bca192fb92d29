package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * A structure element's kids rebuilt with runs of them gathered into new elements (tables, lists). JasperReports'
 * empty anchor at the top of a page, met inside a run, is kept after the element it interrupted.
 */
final class GroupedKids {

    private final COSArray kids = new COSArray();
    private final COSArray anchors = new COSArray();

    /** A kid that goes on as it is, or a new element that gathers the next ones. */
    void add(COSBase kid) {
        kids.addAll(anchors);
        anchors.clear();
        kids.add(kid);
    }

    /** A page anchor inside a run: it follows the run. */
    void addAnchor(COSBase anchor) {
        anchors.add(anchor);
    }

    /** Makes these the element's kids. */
    COSArray setOn(COSDictionary element) {
        kids.addAll(anchors);
        anchors.clear();
        element.setItem(COSName.K, kids);
        return kids;
    }
}
