package org.packpress.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Tags link annotations as PDF/UA wants them, and where a screen reader meets them: each link in the Link
 * structure element that holds its text (JasperReports tags a hyperlinked text as a Link but leaves the
 * annotation out), or else in a new Link just after the text it covers, with the print flag and a Contents
 * description: the text under the link, else its address. JasperReports draws a link that wraps as one annotation per line; those lines are
 * one Link element, each annotation described by the whole link's text. Pages with links tab in structure order.
 */
final class LinkTags {

    private final PDStructureNode document;
    private final PDStructureTreeRoot root;
    private final Map<String, Object> roles;
    private final COSArray parentTree;
    private int nextKey;

    LinkTags(PDStructureTreeRoot root) {
        this.root = root;
        this.roles = root.getRoleMap();
        this.document = root.getKids().stream().filter(PDStructureElement.class::isInstance)
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

    /** A glyph of the page and the marked content (MCID, or -1) that draws it. */
    private record Glyph(TextPosition position, int mcid) {
    }

    /** One link as the reader sees it: the annotations of its lines, the text under them, the MCID it starts in. */
    private record Link(List<PDAnnotationLink> lines, String text, int mcid) {
    }

    void tag(PDPage page) throws IOException {
        List<PDAnnotationLink> annotations = page.getAnnotations().stream().filter(PDAnnotationLink.class::isInstance)
                .map(PDAnnotationLink.class::cast).toList();
        if (annotations.isEmpty()) {
            return;
        }
        List<Glyph> glyphs = glyphs(page);
        float height = page.getMediaBox().getHeight();
        for (List<PDAnnotationLink> lines : byLink(annotations)) {
            List<Glyph> under = new ArrayList<>();
            for (PDAnnotationLink line : lines) {
                Rectangle2D area = region(line.getRectangle(), height);
                glyphs.stream().filter(g -> area.contains(g.position().getX(), g.position().getY())).forEach(under::add);
            }
            String text = MarkedContentText.text(under.stream().map(Glyph::position).toList())
                    .replaceAll("\\s+", " ").strip();
            int mcid = under.stream().mapToInt(Glyph::mcid).filter(m -> m >= 0).findFirst().orElse(-1);
            tag(page, new Link(lines, text, mcid));
        }
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    private void tag(PDPage page, Link link) {
        PDStructureElement element = null;
        for (PDAnnotationLink line : link.lines()) {
            line.setPrinted(true);
            if (needsDescription(line)) {
                line.setContents(description(line, link.text()));
            }
            if (line.getCOSObject().containsKey(COSName.STRUCT_PARENT)) {
                continue;
            }
            if (element == null) {
                element = linkElement(page, link.mcid());
            }
            PDObjectReference reference = new PDObjectReference();
            reference.setReferencedObject(line);
            reference.setPage(page);
            element.appendKid(reference);
            line.setStructParent(nextKey);
            parentTree.add(COSInteger.get(nextKey));
            parentTree.add(element.getCOSObject());
            nextKey++;
        }
    }

    /**
     * The Link element for a link whose text starts in this MCID: the one that holds the text, if JasperReports
     * tagged the text as a Link; else a new one just after the text in the text's element, or at the document's
     * end when the link covers no tagged text.
     */
    private PDStructureElement linkElement(PDPage page, int mcid) {
        COSDictionary owner = mcid < 0 ? null : owner(page, mcid);
        if (owner != null && "Link".equals(standardType(owner))) {
            return new PDStructureElement(owner);
        }
        if (owner == null) {
            PDStructureElement element = new PDStructureElement("Link", document);
            element.setPage(page);
            document.appendKid(element);
            return element;
        }
        PDStructureElement element = new PDStructureElement("Link", new PDStructureElement(owner));
        element.setPage(page);
        COSArray kids = TableStructure.kids(owner);
        int after = kids.size() - 1;
        for (int i = 0; i < kids.size(); i++) {
            if (mcidOf(kids.getObject(i)) == mcid) {
                after = i;
                break;
            }
        }
        kids.add(after + 1, element.getCOSObject());
        return element;
    }

    /** The structure element that holds a marked content of a page, from the parent tree. */
    private COSDictionary owner(PDPage page, int mcid) {
        int key = page.getStructParents();
        for (int i = 0; i + 1 < parentTree.size(); i += 2) {
            if (((COSNumber) parentTree.getObject(i)).intValue() == key
                    && parentTree.getObject(i + 1) instanceof COSArray marks && mcid < marks.size()) {
                return marks.getObject(mcid) instanceof COSDictionary element ? element : null;
            }
        }
        return null;
    }

    private String standardType(COSDictionary element) {
        String type = element.getNameAsString(COSName.S);
        return roles.get(type) instanceof String standard ? standard : type;
    }

    /** The MCID a structure element's kid refers to (as a number or a marked-content reference), or -1. */
    private static int mcidOf(COSBase kid) {
        if (kid instanceof COSInteger mcid) {
            return mcid.intValue();
        }
        return kid instanceof COSDictionary reference && reference.containsKey(COSName.MCID)
                ? reference.getInt(COSName.MCID) : -1;
    }

    /** Writes the parent tree back, flat, with the links' entries. */
    void finish() {
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, parentTree);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(nextKey);
    }

    /**
     * The annotations grouped by the link they draw: a line continues the one before when it goes to the same
     * address and sits on the next line down, starting left of where the previous line ends.
     */
    private static List<List<PDAnnotationLink>> byLink(List<PDAnnotationLink> annotations) {
        List<List<PDAnnotationLink>> links = new ArrayList<>();
        List<PDAnnotationLink> current = null;
        for (PDAnnotationLink annotation : annotations) {
            if (current != null && continues(current.get(current.size() - 1), annotation)) {
                current.add(annotation);
            } else {
                current = new ArrayList<>(List.of(annotation));
                links.add(current);
            }
        }
        return links;
    }

    private static boolean continues(PDAnnotationLink previous, PDAnnotationLink next) {
        String address = address(previous);
        if (address == null || !Objects.equals(address, address(next))) {
            return false;
        }
        PDRectangle above = previous.getRectangle();
        PDRectangle below = next.getRectangle();
        float gap = above.getLowerLeftY() - below.getUpperRightY();
        return gap >= 0 && gap < above.getHeight() && below.getLowerLeftX() < above.getUpperRightX();
    }

    private static String address(PDAnnotationLink link) {
        return link.getAction() instanceof PDActionURI uri ? uri.getURI() : null;
    }

    /** Every glyph of the page in drawing order, with the marked content that draws it. */
    private static List<Glyph> glyphs(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        List<Glyph> glyphs = new ArrayList<>();
        extractor.getMarkedContents().forEach(content -> gather(content, glyphs));
        return glyphs;
    }

    private static void gather(PDMarkedContent content, List<Glyph> into) {
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                into.add(new Glyph(position, content.getMCID()));
            } else if (part instanceof PDMarkedContent nested) {
                gather(nested, into);
            }
        }
    }

    /**
     * The area whose glyphs are the link's text, top down as text positions are measured. A glyph is placed by
     * its baseline, which JasperReports sets on the link box's bottom edge, and a rectangle leaves its bottom edge
     * out: so the area reaches a quarter of the box's height below it, where no baseline of the next line is; and
     * a point to its left, as the first glyph may start a rounding error before the box (a space before it is
     * wider than that).
     */
    private static Rectangle2D region(PDRectangle link, float pageHeight) {
        float below = link.getHeight() / 4;
        float left = 1;
        return new Rectangle2D.Float(link.getLowerLeftX() - left, pageHeight - link.getUpperRightY(),
                link.getWidth() + left, link.getHeight() + below);
    }

    /** No Contents, or only the address (as JasperReports writes it), which says less than the text under it. */
    private static boolean needsDescription(PDAnnotationLink link) {
        String contents = link.getContents();
        return contents == null || contents.isBlank() || contents.equals(address(link));
    }

    private static String description(PDAnnotationLink link, String textUnder) {
        if (!textUnder.isEmpty()) {
            return textUnder;
        }
        String address = address(link);
        return address != null ? address : "Link";
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
