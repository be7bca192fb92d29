package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * JasperReports names its structure types "All" (the root), "Text", "Image" and "Anchor", mapped to
 * Sect, P, Figure and Text (not a standard type). The role map makes the root a Document and every
 * text element a paragraph.
 */
final class StructureRoles {

    private StructureRoles() {
    }

    static void standardise(PDStructureTreeRoot root) {
        COSDictionary roles = root.getCOSObject().getCOSDictionary(COSName.ROLE_MAP);
        if (roles == null) {
            roles = new COSDictionary();
            root.getCOSObject().setItem(COSName.ROLE_MAP, roles);
        }
        roles.setName("All", "Document");
        roles.setName("Text", "P");
        roles.setName("Anchor", "P");
        roles.setName("Image", "Figure");
    }
}
