package org.packpress.render.pdf;

import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;

/** The structure tree's parent tree, which maps marked content back to the elements holding it. */
final class ParentTree {

    private ParentTree() {
    }

    /** Clears the entries (below a node of the parent tree) that point at elements taken out of the structure. */
    static void forget(COSDictionary node, Set<COSDictionary> removed) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 1; i < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSArray perContent) {
                    for (int j = 0; j < perContent.size(); j++) {
                        if (removed.contains(resolved(perContent.get(j)))) {
                            perContent.set(j, COSNull.NULL);
                        }
                    }
                } else if (removed.contains(resolved(nums.get(i)))) {
                    nums.set(i, COSNull.NULL);
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    forget(kid, removed);
                }
            }
        }
    }

    private static COSBase resolved(COSBase value) {
        return value instanceof COSObject indirect ? indirect.getObject() : value;
    }
}
