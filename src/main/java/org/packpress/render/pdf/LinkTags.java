package org.packpress.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Tags link annotations as PDF/UA wants them: each inside a Link structure element (as an object
 * reference, with the annotation's StructParent in the parent tree), with a Contents description (the
 * text under the link, else its address) and the print flag; pages with links tab in structure order.
 */
final class LinkTags {

    private final PDStructureTreeRoot root;
    private final PDStructureNode parent;
    private final COSArray parentTree;
    private int nextKey;

    LinkTags(PDStructureTreeRoot root) {
        this.root = root;
        this.parent = root.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(PDStructureElement.class::cast).findFirst().map(PDStructureNode.class::cast).orElse(root);
        this.parentTree = new COSArray();
        COSBase tree = root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE);
        if (tree instanceof COSDictionary node) {
            flatten(node, parentTree);
        }
        int largest = -1;
        for (int i = 0; i < parentTree.size(); i += 2) {
            largest = Math.max(largest, ((COSNumber) parentTree.getObject(i)).intValue());
        }
        this.nextKey = Math.max(root.getParentTreeNextKey(), largest + 1);
    }

    void tag(PDPage page) throws IOException {
        List<PDAnnotationLink> links = page.getAnnotations().stream().filter(PDAnnotationLink.class::isInstance)
                .map(PDAnnotationLink.class::cast).toList();
        if (links.isEmpty()) {
            return;
        }
        List<PDAnnotationLink> undescribed = links.stream()
                .filter(link -> link.getContents() == null || link.getContents().isBlank()).toList();
        List<String> texts = textUnder(page, undescribed);
        for (int i = 0; i < undescribed.size(); i++) {
            undescribed.get(i).setContents(description(undescribed.get(i), texts.get(i)));
        }
        for (PDAnnotationLink link : links) {
            tag(page, link);
        }
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    private void tag(PDPage page, PDAnnotationLink link) {
        link.setPrinted(true);
        if (link.getCOSObject().containsKey(COSName.STRUCT_PARENT)) {
            return;
        }
        PDStructureElement element = new PDStructureElement("Link", parent);
        element.setPage(page);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(link);
        reference.setPage(page);
        element.appendKid(reference);
        parent.appendKid(element);
        link.setStructParent(nextKey);
        parentTree.add(COSInteger.get(nextKey));
        parentTree.add(element.getCOSObject());
        nextKey++;
    }

    /** Writes the parent tree back, flat, with the links' entries. */
    void finish() {
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, parentTree);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(nextKey);
    }

    /** The text under each link, in the links' order: the page's text is read once for them all. */
    private static List<String> textUnder(PDPage page, List<PDAnnotationLink> links) throws IOException {
        if (links.isEmpty()) {
            return List.of();
        }
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float height = page.getMediaBox().getHeight();
        for (int i = 0; i < links.size(); i++) {
            stripper.addRegion(Integer.toString(i), region(links.get(i).getRectangle(), height));
        }
        stripper.extractRegions(page);
        List<String> texts = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            texts.add(stripper.getTextForRegion(Integer.toString(i)).replaceAll("\\s+", " ").strip());
        }
        return texts;
    }

    /**
     * The area whose glyphs are the link's text, top down as the stripper measures. The stripper places a glyph
     * by its baseline, which JasperReports sets on the link box's bottom edge, and a rectangle leaves its bottom
     * edge out: so the area reaches a quarter of the box's height below it, where no baseline of the next line is.
     */
    private static Rectangle2D region(PDRectangle link, float pageHeight) {
        float below = link.getHeight() / 4;
        return new Rectangle2D.Float(link.getLowerLeftX(), pageHeight - link.getUpperRightY(), link.getWidth(),
                link.getHeight() + below);
    }

    private static String description(PDAnnotationLink link, String textUnder) {
        if (!textUnder.isEmpty()) {
            return textUnder;
        }
        PDAction action = link.getAction();
        return action instanceof PDActionURI uri && uri.getURI() != null ? uri.getURI() : "Link";
    }

    private static void flatten(COSDictionary node, COSArray into) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i < nums.size(); i++) {
                into.add(nums.get(i));
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    flatten(kid, into);
                }
            }
        }
    }
}
