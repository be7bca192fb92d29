package org.packpress.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The outline of a document published on its own, from its tagged headings: an entry per H1…H6 element,
 * in document order, titled with the heading's text and opening its page; a heading nests under the
 * nearest heading of a higher level before it.
 */
final class SectionOutline {

    private static final List<String> HEADINGS = List.of("H1", "H2", "H3", "H4", "H5", "H6");

    /** A heading's level and the marked content it holds (page dictionary, MCID), in order. */
    private record Heading(int level, List<Map.Entry<COSDictionary, Integer>> content) {
    }

    private final PDDocument document;
    private final Map<String, Object> roles;
    private final MarkedContentText contentText = new MarkedContentText();

    private SectionOutline(PDDocument document, Map<String, Object> roles) {
        this.document = document;
        this.roles = roles;
    }

    /** Sets the document's outline to its headings (leaves it alone when it has none) and opens it with the outline shown. */
    static void add(PDDocument document) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        SectionOutline builder = new SectionOutline(document, root.getRoleMap());
        List<Heading> headings = new ArrayList<>();
        builder.collect(root.getCOSObject(), null, headings);
        if (headings.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        Deque<Map.Entry<Integer, PDOutlineItem>> open = new ArrayDeque<>();
        for (Heading heading : headings) {
            PDOutlineItem item = builder.item(heading);
            if (item == null) {
                continue;
            }
            while (!open.isEmpty() && open.peek().getKey() >= heading.level()) {
                open.pop();
            }
            PDOutlineNode parent = open.isEmpty() ? outline : open.peek().getValue();
            parent.addLast(item);
            open.push(Map.entry(heading.level(), item));
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private void collect(COSDictionary node, COSDictionary page, List<Heading> headings) {
        COSDictionary here = node.getCOSDictionary(COSName.PG) != null ? node.getCOSDictionary(COSName.PG) : page;
        String written = node.getNameAsString(COSName.S);
        Object type = written == null ? null : roles.getOrDefault(written, written);
        if (type instanceof String name && HEADINGS.contains(name)) {
            List<Map.Entry<COSDictionary, Integer>> content = new ArrayList<>();
            content(node, here, content);
            headings.add(new Heading(HEADINGS.indexOf(name) + 1, content));
            return;
        }
        for (COSBase kid : kids(node)) {
            if (kid instanceof COSDictionary element && element.containsKey(COSName.S)) {
                collect(element, here, headings);
            }
        }
    }

    /** The marked content under an element, in order. */
    private static void content(COSDictionary element, COSDictionary page, List<Map.Entry<COSDictionary, Integer>> into) {
        COSDictionary here = element.getCOSDictionary(COSName.PG) != null ? element.getCOSDictionary(COSName.PG) : page;
        for (COSBase kid : kids(element)) {
            if (kid instanceof COSInteger id && here != null) {
                into.add(Map.entry(here, id.intValue()));
            } else if (kid instanceof COSDictionary d && d.containsKey(COSName.MCID)) {
                COSDictionary on = d.getCOSDictionary(COSName.PG) != null ? d.getCOSDictionary(COSName.PG) : here;
                if (on != null) {
                    into.add(Map.entry(on, d.getInt(COSName.MCID)));
                }
            } else if (kid instanceof COSDictionary child && child.containsKey(COSName.S)) {
                content(child, here, into);
            }
        }
    }

    private static List<COSBase> kids(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.getObject(i));
            }
        } else if (k != null) {
            kids.add(k);
        }
        return kids;
    }

    private PDOutlineItem item(Heading heading) throws IOException {
        StringBuilder title = new StringBuilder();
        for (Map.Entry<COSDictionary, Integer> part : heading.content()) {
            title.append(' ').append(contentText.of(part.getKey(), part.getValue()));
        }
        String text = title.toString().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(text);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(new PDPage(heading.content().get(0).getKey()));
        item.setDestination(destination);
        return item;
    }
}
