package org.packpress.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Completes what LibreOffice's tagged PDF/A-2 export with PDF/UA (of a Word paper, {@code ingest/word}) leaves
 * undone, so that a paper its author made accessible (headings, lists, tables, images with alternative text) passes
 * PDF/UA-1 and PDF/A-2a, and so does its pack:
 * <ul>
 * <li>pages with annotations say {@code /Tabs /S} (LibreOffice 7.4 writes a string, not the name);</li>
 * <li>each footnote's Note element has an ID (PDF/UA-1 7.9), listed in the structure's ID tree;</li>
 * <li>a link outside the structure (a footnote's link back to its reference) becomes a Link element holding its
 * annotation, in the Note on its page (7.18.5);</li>
 * <li>the XMP metadata identifies PDF/A-2a rather than 2b, with the extension schema PDF/A needs for the PDF/UA
 * identification LibreOffice writes without one;</li>
 * <li>a document whose properties have no title (most do not) gets its paper's title, shown by viewers.</li>
 * </ul>
 * Whether the paper then conforms is veraPDF's to say, right after the conversion ({@link AttachmentVerdicts#upheld}):
 * an image without alternative text, for one, still fails, naming the rule, and the paper then claims only what
 * veraPDF upheld. An untagged PDF is returned as it came.
 */
public final class ConvertedWordPdf {

    private static final COSName TABS = COSName.getPDFName("Tabs");
    private static final COSName ID_TREE = COSName.getPDFName("IDTree");

    private ConvertedWordPdf() {
    }

    /** @param title the paper's title, for a document whose properties have none */
    public static byte[] complete(byte[] pdf, String title) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return pdf;
            }
            for (PDPage page : document.getPages()) {
                if (!page.getAnnotations().isEmpty()) {
                    page.getCOSObject().setItem(TABS, COSName.S);
                }
            }
            List<PDStructureElement> notes = new ArrayList<>();
            collectNotes(root, notes);
            identify(document, root, notes);
            tagLinksOutsideTheStructure(document, root, notes);
            levelA(document, title);
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot complete the converted PDF", e);
        }
    }

    /**
     * The completed PDF claiming only what veraPDF upheld ({@code verdict}), so that a paper that is not accessible
     * (an image without alternative text) does not say it is.
     */
    static byte[] withClaimsUpheld(byte[] pdf, PdfVerdict verdict) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return pdf;
            }
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            setXmp(document, XmpIdentification.withClaimsUpheld(xmp, verdict.pdfUa1(), verdict.pdfA2a()));
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite the converted PDF's metadata", e);
        }
    }

    private static void collectNotes(PDStructureNode node, List<PDStructureElement> notes) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Note".equals(element.getStructureType())) {
                    notes.add(element);
                }
                collectNotes(element, notes);
            }
        }
    }

    /** IDs unique in the pack too (it may hold several converted papers): the file's own identifier and a number. */
    private static void identify(PDDocument document, PDStructureTreeRoot root, List<PDStructureElement> notes) {
        COSArray names = new COSArray();
        String file = fileId(document);
        for (int i = 0; i < notes.size(); i++) {
            PDStructureElement note = notes.get(i);
            if (note.getElementIdentifier() == null) {
                note.setElementIdentifier("note-" + file + "-" + (i + 1));
            }
            names.add(new COSString(note.getElementIdentifier()));
            names.add(note.getCOSObject());
        }
        if (names.size() > 0 && !root.getCOSObject().containsKey(ID_TREE)) {
            COSDictionary tree = new COSDictionary();
            tree.setItem(COSName.NAMES, sortedByName(names));
            root.getCOSObject().setItem(ID_TREE, tree);
        }
    }

    private static COSArray sortedByName(COSArray pairs) {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            keys.add(i);
        }
        keys.sort(Comparator.comparing(i -> ((COSString) pairs.get(i)).getString()));
        COSArray sorted = new COSArray();
        for (int key : keys) {
            sorted.add(pairs.get(key));
            sorted.add(pairs.get(key + 1));
        }
        return sorted;
    }

    private static String fileId(PDDocument document) {
        COSArray id = document.getDocument().getDocumentID();
        if (id != null && id.size() > 0 && id.getObject(0) instanceof COSString first) {
            return HexFormat.of().formatHex(first.getBytes()).substring(0, Math.min(12, first.getBytes().length * 2));
        }
        return Long.toHexString(System.nanoTime());
    }

    private static void tagLinksOutsideTheStructure(PDDocument document, PDStructureTreeRoot root,
            List<PDStructureElement> notes) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink && annotation.getStructParent() < 0) {
                    PDStructureNode parent = noteOn(page, notes);
                    if (parent == null) {
                        parent = documentElement(root);
                    }
                    if (parent != null) {
                        tag(root, parent, page, annotation);
                    }
                }
            }
        }
    }

    private static void tag(PDStructureTreeRoot root, PDStructureNode parent, PDPage page, PDAnnotation annotation) {
        PDStructureElement link = new PDStructureElement("Link", parent);
        link.setPage(page);
        String contents = annotation.getContents();
        link.setAlternateDescription(contents == null || contents.isBlank() ? "link" : contents);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        link.appendKid(reference);
        parent.appendKid(link);
        int key = Math.max(root.getParentTreeNextKey(), largestKey(root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE)) + 1);
        annotation.setStructParent(key);
        addToParentTree(root, key, link.getCOSObject());
        root.setParentTreeNextKey(key + 1);
    }

    /** The parent tree's largest key, -1 when it has none (LibreOffice writes no ParentTreeNextKey). */
    private static int largestKey(COSDictionary node) {
        if (node == null) {
            return -1;
        }
        int largest = -1;
        COSArray nums = node.getCOSArray(COSName.NUMS);
        for (int i = 0; nums != null && i < nums.size(); i += 2) {
            if (nums.getObject(i) instanceof COSInteger number) {
                largest = Math.max(largest, number.intValue());
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        for (int i = 0; kids != null && i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary kid) {
                largest = Math.max(largest, largestKey(kid));
            }
        }
        return largest;
    }

    /** The key is the largest so far, so it goes last, in the last leaf; the limits on the way are widened. */
    private static void addToParentTree(PDStructureTreeRoot root, int key, COSDictionary value) {
        COSDictionary node = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        if (node == null) {
            node = new COSDictionary();
            node.setItem(COSName.NUMS, new COSArray());
            root.getCOSObject().setItem(COSName.PARENT_TREE, node);
        }
        while (node.getCOSArray(COSName.KIDS) != null && node.getCOSArray(COSName.KIDS).size() > 0) {
            widenLimits(node, key);
            COSArray kids = node.getCOSArray(COSName.KIDS);
            node = (COSDictionary) kids.getObject(kids.size() - 1);
        }
        widenLimits(node, key);
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums == null) {
            nums = new COSArray();
            node.setItem(COSName.NUMS, nums);
        }
        nums.add(COSInteger.get(key));
        nums.add(value);
    }

    private static void widenLimits(COSDictionary node, int key) {
        COSArray limits = node.getCOSArray(COSName.LIMITS);
        if (limits != null && limits.size() == 2) {
            limits.set(1, COSInteger.get(key));
        }
    }

    /** The Note whose content is on the page (LibreOffice puts a footnote's back link beside its number). */
    private static PDStructureElement noteOn(PDPage page, List<PDStructureElement> notes) {
        for (PDStructureElement note : notes) {
            PDPage on = pageOf(note);
            if (on != null && on.getCOSObject() == page.getCOSObject()
                    && note.getKids().stream().noneMatch(k -> k instanceof PDStructureElement e && "Link".equals(e.getStructureType()))) {
                return note;
            }
        }
        return null;
    }

    private static PDPage pageOf(PDStructureElement element) {
        if (element.getPage() != null) {
            return element.getPage();
        }
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                PDPage page = pageOf(child);
                if (page != null) {
                    return page;
                }
            }
        }
        return null;
    }

    private static PDStructureNode documentElement(PDStructureTreeRoot root) {
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement element) {
                return element;
            }
        }
        return null;
    }

    private static void levelA(PDDocument document, String title) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        if (!xmp.contains("pdfuaid:part") || !xmp.contains("pdfaid:part")) {
            return;
        }
        String info = document.getDocumentInformation().getTitle();
        if (info == null || info.isBlank()) {
            document.getDocumentInformation().setTitle(title);
        }
        AccessiblePdf.markAndShowTitle(document.getDocumentCatalog());
        String completed = XmpIdentification.withTitle(XmpIdentification.asPdfA2a(xmp),
                info == null || info.isBlank() ? title : info);
        setXmp(document, completed);
    }

    private static void setXmp(PDDocument document, String xmp) throws IOException {
        document.getDocumentCatalog().setMetadata(new PDMetadata(document,
                new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
