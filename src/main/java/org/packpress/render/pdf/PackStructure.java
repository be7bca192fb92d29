package org.packpress.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The pack's structure tree: one Document holding the front sheet's structure as a Sect, then a Part per
 * agenda item holding a Sect per paper, each titled, in pack order. PDFBox's merge adds each part's
 * top-level elements under the Document; they are put in their places when the pack is complete.
 * A part without a structure tree (an untagged attachment) adds nothing.
 */
final class PackStructure {

    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");

    /** A part's top-level elements, as the merge added them, and where they go. */
    private record Placed(int section, String sectionTitle, String paper, List<COSDictionary> elements) {
    }

    private final COSDictionary document;
    private final COSArray merged = new COSArray();
    private final List<Placed> placed = new ArrayList<>();
    private String section;
    private int sections;
    private int before;
    private String partTitle;

    PackStructure(PDDocument pack) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        root.setParentTree(new PDNumberTreeNode(PDParentTreeValue.class));
        pack.getDocumentCatalog().setStructureTreeRoot(root);
        document = element("Document", root.getCOSObject(), null);
        document.setItem(COSName.K, merged);
        root.getCOSObject().setItem(COSName.K, document);
    }

    /** @param title the part's own title (its document information's), or null */
    void beforeAppend(String title) {
        before = merged.size();
        partTitle = title;
    }

    /** The front sheet's Sect is titled as the front sheet is, in the body's wording. */
    void frontSheet() {
        placed.add(new Placed(0, null, partTitle, appended()));
    }

    void startSection(String title) {
        section = title;
        sections++;
    }

    void paper(String title) {
        placed.add(new Placed(sections, section, title, appended()));
    }

    /**
     * Puts the parts' elements in their places. Done at the end: while merging, PDFBox adds a part's
     * elements under the Document only as long as every element there is a Document or a Part.
     */
    void finish() {
        COSArray kids = new COSArray();
        COSDictionary part = null;
        int partSection = 0;
        for (Placed p : placed) {
            if (p.elements().isEmpty()) {
                continue;
            }
            COSDictionary parent = document;
            COSArray into = kids;
            if (p.section() > 0) {
                if (p.section() != partSection) {
                    part = element("Part", document, p.sectionTitle());
                    part.setItem(COSName.K, new COSArray());
                    partSection = p.section();
                    kids.add(part);
                }
                parent = part;
                into = part.getCOSArray(COSName.K);
            }
            if (p.elements().size() == 1) {
                place(p.elements().get(0), "Sect", p.paper(), parent, into);
            } else {
                COSDictionary paper = element("Sect", parent, p.paper());
                COSArray children = new COSArray();
                paper.setItem(COSName.K, children);
                for (COSDictionary e : p.elements()) {
                    place(e, "Div", null, paper, children);
                }
                into.add(paper);
            }
        }
        document.setItem(COSName.K, kids);
    }

    private List<COSDictionary> appended() {
        List<COSDictionary> elements = new ArrayList<>();
        for (int i = before; i < merged.size(); i++) {
            if (merged.getObject(i) instanceof COSDictionary element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static void place(COSDictionary element, String type, String title, COSDictionary parent, COSArray into) {
        element.setName(COSName.S, type);
        element.setItem(COSName.P, parent);
        if (title != null) {
            element.setItem(COSName.T, new COSString(title));
        }
        into.add(element);
    }

    private static COSDictionary element(String type, COSDictionary parent, String title) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, STRUCT_ELEM);
        element.setName(COSName.S, type);
        element.setItem(COSName.P, parent);
        if (title != null) {
            element.setItem(COSName.T, new COSString(title));
        }
        return element;
    }
}
