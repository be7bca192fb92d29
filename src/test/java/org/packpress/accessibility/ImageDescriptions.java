package org.packpress.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Reads, for every image a PDF draws (image XObjects, also inside forms, and inline images), whether a screen
 * reader gets its alternative text: drawn inside marked content that belongs to a Figure with a non-blank Alt,
 * or marked as an Artifact (decorative).
 */
final class ImageDescriptions {

    /** One drawn image: its page (1-based), its name, the Alt of its Figure (null if none) and whether it is an artifact. */
    record DrawnImage(int page, String name, String alt, boolean artifact) {

        boolean described() {
            return artifact || (alt != null && !alt.isBlank());
        }
    }

    private final Map<Integer, COSBase> parentTree = new HashMap<>();
    private final Map<String, Object> roles;
    private final List<DrawnImage> images = new ArrayList<>();

    private ImageDescriptions(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        roles = root == null ? Map.of() : root.getRoleMap();
        if (root != null && root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree) {
            flatten(tree);
        }
    }

    static List<DrawnImage> of(PDDocument document) {
        ImageDescriptions reader = new ImageDescriptions(document);
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            COSBase contents = parentTreeEntry(reader, page);
            reader.read(page, page.getResources(), number, contents, new ArrayDeque<>());
        }
        return reader.images;
    }

    private static COSBase parentTreeEntry(ImageDescriptions reader, PDPage page) {
        int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS, -1);
        return key < 0 ? null : reader.parentTree.get(key);
    }

    /** A marked-content sequence: its tag and MCID (-1 if none). */
    private record Marked(String tag, int mcid) {
    }

    private void read(PDContentStream stream, PDResources resources, int page, COSBase contents, Deque<Marked> open) {
        try {
            PDFStreamParser parser = new PDFStreamParser(stream);
            List<Object> operands = new ArrayList<>();
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator operator)) {
                    operands.add(token);
                    continue;
                }
                switch (operator.getName()) {
                    case "BMC" -> open.push(new Marked(((COSName) operands.get(0)).getName(), -1));
                    case "BDC" -> open.push(new Marked(((COSName) operands.get(0)).getName(),
                            operands.get(1) instanceof COSDictionary p ? p.getInt(COSName.MCID, -1) : -1));
                    case "EMC" -> open.pop();
                    case "BI" -> images.add(drawn(page, "inline image", contents, open));
                    case "Do" -> draw(resources, (COSName) operands.get(0), page, contents, open);
                    default -> { }
                }
                operands = new ArrayList<>();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(PDResources resources, COSName name, int page, COSBase contents, Deque<Marked> open)
            throws IOException {
        PDXObject object = resources == null ? null : resources.getXObject(name);
        if (object instanceof PDImageXObject) {
            images.add(drawn(page, name.getName(), contents, open));
        } else if (object instanceof PDFormXObject form) {
            read(form, form.getResources() == null ? resources : form.getResources(), page, contents, open);
        }
    }

    private DrawnImage drawn(int page, String name, COSBase contents, Deque<Marked> open) {
        boolean artifact = open.stream().anyMatch(m -> m.tag().equals("Artifact"));
        int mcid = open.stream().filter(m -> m.mcid() >= 0).mapToInt(Marked::mcid).findFirst().orElse(-1);
        String alt = null;
        if (!artifact && mcid >= 0 && contents instanceof COSArray elements && mcid < elements.size()
                && elements.getObject(mcid) instanceof COSDictionary element) {
            alt = figureAlt(element);
        }
        return new DrawnImage(page, name, alt, artifact);
    }

    /** The Alt of the nearest Figure at or above the element, or null. */
    private String figureAlt(COSDictionary element) {
        for (COSDictionary e = element; e != null && e.containsKey(COSName.S); e = e.getCOSDictionary(COSName.P)) {
            String written = e.getNameAsString(COSName.S);
            if ("Figure".equals(roles.getOrDefault(written, written))) {
                return e.getString(COSName.ALT);
            }
        }
        return null;
    }

    private void flatten(COSDictionary node) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                parentTree.put(((COSNumber) nums.getObject(i)).intValue(), nums.getObject(i + 1));
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    flatten(kid);
                }
            }
        }
    }
}
