package org.packpress.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.packpress.render.pdf.MarkedContentText;

/**
 * The logical structure of a tagged PDF as a screen reader walks it: elements in document order with
 * their standard type (through the role map), alternative text and children.
 */
public final class StructureTree {

    /**
     * A structure element: its standard type, the type as written, its Alt text, its children, the text of
     * the content it and its children hold, as a screen reader reads it (the children's text separated by
     * spaces), the pages (from 1) that content is on, and its own {@code /Lang} (null when it has none).
     */
    public record Element(String type, String written, String title, String alt, Map<String, Object> attributes,
            List<Element> children, String text, java.util.SortedSet<Integer> pages, String language) {

        /** This element and every element below it, in document order. */
        public List<Element> flatten() {
            List<Element> all = new ArrayList<>();
            all.add(this);
            children.forEach(c -> all.addAll(c.flatten()));
            return all;
        }

        /** A Table's rows (not its Caption), each as its cells' types and text ("TH:Ward", "TD:Ward 1"). */
        public List<List<String>> cells() {
            return children.stream().filter(row -> row.type().equals("TR")).map(row -> row.children().stream()
                    .map(cell -> cell.type() + ":" + cell.text()).toList()).toList();
        }

        public String outline(String indent) {
            StringBuilder s = new StringBuilder(indent).append(type);
            if (!type.equals(written)) {
                s.append(" (").append(written).append(')');
            }
            if (alt != null) {
                s.append(" alt=\"").append(alt).append('"');
            }
            s.append('\n');
            children.forEach(c -> s.append(c.outline(indent + "  ")));
            return s.toString();
        }
    }

    private StructureTree() {
    }

    /** The top-level elements (normally one Document), or empty if the PDF is not tagged. */
    public static List<Element> of(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return List.of();
        }
        Map<String, Object> roles = root.getRoleMap();
        return children(root, roles, new ContentText(document));
    }

    /** Every element, in document order. */
    public static List<Element> all(PDDocument document) {
        List<Element> all = new ArrayList<>();
        of(document).forEach(e -> all.addAll(e.flatten()));
        return all;
    }

    public static String outline(PDDocument document) {
        StringBuilder s = new StringBuilder();
        of(document).forEach(e -> s.append(e.outline("")));
        return s.toString();
    }

    private static List<Element> children(PDStructureNode node, Map<String, Object> roles, ContentText content) {
        List<Element> children = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String written = element.getStructureType();
                Object mapped = roles.get(written);
                String type = mapped instanceof String s ? s : written;
                Map<String, Object> attributes = new java.util.LinkedHashMap<>();
                for (int i = 0; i < element.getAttributes().size(); i++) {
                    element.getAttributes().getObject(i).getCOSObject().entrySet().forEach(e -> attributes.put(
                            e.getKey().getName(), e.getValue() instanceof COSName n ? n.getName() : e.getValue().toString()));
                }
                List<Element> below = children(element, roles, content);
                children.add(new Element(type, written, element.getTitle(), element.getAlternateDescription(), attributes, below,
                        content.of(element, below), content.pages(element, below), element.getLanguage()));
            }
        }
        return children;
    }

    /** The text of the content structure elements point at, read once per page. */
    private static final class ContentText {

        private final MarkedContentText pages = new MarkedContentText();
        private final PDDocument document;

        ContentText(PDDocument document) {
            this.document = document;
        }

        /** The pages (from 1) of the element's own marked content and of its children's. */
        java.util.SortedSet<Integer> pages(PDStructureElement element, List<Element> children) {
            java.util.SortedSet<Integer> found = new java.util.TreeSet<>();
            for (Object kid : element.getKids()) {
                if (kid instanceof Integer && element.getPage() != null) {
                    found.add(document.getPages().indexOf(element.getPage()) + 1);
                } else if (kid instanceof PDMarkedContentReference reference) {
                    PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                    if (page != null) {
                        found.add(document.getPages().indexOf(page) + 1);
                    }
                }
            }
            children.forEach(c -> found.addAll(c.pages()));
            return found;
        }

        /** The element's own content, then its children's, in the order of its kids. */
        String of(PDStructureElement element, List<Element> children) {
            List<String> parts = new ArrayList<>();
            java.util.Iterator<Element> child = children.iterator();
            for (Object kid : element.getKids()) {
                if (kid instanceof Integer mcid && element.getPage() != null) {
                    parts.add(text(element.getPage(), mcid));
                } else if (kid instanceof PDMarkedContentReference reference) {
                    PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                    parts.add(page == null ? "" : text(page, reference.getMCID()));
                } else if (kid instanceof PDStructureElement && child.hasNext()) {
                    parts.add(child.next().text());
                }
            }
            return String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList());
        }

        private String text(PDPage page, int mcid) {
            return pages.of(page.getCOSObject(), mcid);
        }
    }
}
