package org.packpress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.packpress.model.style.StandaloneStyle;
import org.packpress.render.DocumentInfo;

/**
 * The render layer's accessibility step: completes what JasperReports 7.0.6's tagged PDF/A-2a export
 * leaves undone, so that every generated paper conforms to PDF/UA-1 and PDF/A-2a (checked by veraPDF in
 * the tests), whatever JasperReports release exports it.
 *
 * <ul>
 * <li>the structure's root is a Document (Jasper writes a Sect called "All"), its text P;</li>
 * <li>rows tagged by the layouts, and cells they mark with their place in a table ({@link TableCells}), are
 * gathered into tables, header cells scoped ({@link TableStructure}); header rows repeated on a continuation
 * page become Artifacts ({@link RepeatedHeaderRows}, {@link TableCells});</li>
 * <li>list items that layouts mark, label beside body, become LI items of L lists ({@link ListItems}), and the
 * fields of a line they mark one paragraph ({@link LineParts});</li>
 * <li>a space ends each line of a wrapped text, where JasperReports leaves it out ({@link WordBreaks});</li>
 * <li>content outside any tag (rules, cell borders, rectangles, backgrounds) is marked as Artifact, and so are
 * decorative images (figures without alternative text) and JasperReports' empty page anchors
 * ({@link SkippedElements});</li>
 * <li>links become Link elements holding their annotation, with a description and the print flag
 * ({@link LinkTags});</li>
 * <li>CIDSets, which Jasper's subset fonts carry incomplete, are dropped (they are optional);</li>
 * <li>subset fonts are tagged after their content, not at random ({@link SubsetTags});</li>
 * <li>the metadata is PackPress's ({@link DocumentMetadata}): XMP that identifies PDF/UA-1 beside PDF/A-2a, with
 * the extension schema PDF/A requires for it, language, marked flag and DisplayDocTitle.</li>
 * </ul>
 */
public final class AccessiblePdf {

    private AccessiblePdf() {
    }

    /**
     * Completes an exported document and stamps its page furniture: a running header, a security marking, and for one
     * published
     * on its own page numbers, worded by the house style, and an outline of its headings ({@link SectionOutline}).
     */
    public static void complete(byte[] exported, DocumentInfo info, PageFurniture furniture, OutputStream out)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(exported)) {
            complete(document);
            if (furniture.runningHeader() != null) {
                PageStamps.runningHeader(document, furniture.runningHeader());
            }
            if (furniture.marking() != null) {
                PageStamps.marking(document, furniture.marking());
            }
            StandaloneStyle standalone = furniture.pageNumbers();
            if (standalone != null) {
                int pages = document.getNumberOfPages();
                PageStamps.stamp(document, page -> standalone.pageNumber(page, pages));
                SectionOutline.add(document);
            }
            DocumentMetadata.write(document, info, true);
            document.save(out);
        }
    }

    static void complete(PDDocument document) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDStructureTreeRoot root = catalog.getStructureTreeRoot();
        if (root == null) {
            throw new IllegalStateException("The exported PDF is not tagged");
        }
        StructureRoles.standardise(root);
        UntaggedContent untagged = new UntaggedContent();
        SkippedElements.untag(root.getCOSObject(), root.getRoleMap(), untagged);
        RepeatedHeaderRows.untag(root.getCOSObject(), untagged);
        untagged.forgetIn(root.getCOSObject());
        LinkTags links = new LinkTags(root);
        LayoutMarks marks = new LayoutMarks();
        for (PDPage page : document.getPages()) {
            ArtifactMarker.markUntagged(document, page, untagged, marks);
            links.tag(page);
        }
        links.finish();
        untagged.takeElementsOfEmptyContent(root);
        marks.gather(root.getCOSObject());
        dropCidSets(document);
        SubsetTags.fromContent(document);
    }

    /** Every font descriptor without its CIDSet. */
    static void dropCidSets(PDDocument document) {
        for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
            COSBase value = object.getObject();
            if (value instanceof COSDictionary descriptor) {
                descriptor.removeItem(COSName.CID_SET);
            }
        }
    }

    /** Marks the document as tagged and has viewers show its title rather than its file name. */
    static void markAndShowTitle(PDDocumentCatalog catalog) {
        PDMarkInfo mark = catalog.getMarkInfo() == null ? new PDMarkInfo() : catalog.getMarkInfo();
        mark.setMarked(true);
        // false is its default; poppler (pdftotext, Evince) reports "Suspects false" as a syntax error
        mark.getCOSObject().removeItem(COSName.getPDFName("Suspects"));
        catalog.setMarkInfo(mark);
        PDViewerPreferences preferences = catalog.getViewerPreferences() == null
                ? new PDViewerPreferences(new COSDictionary()) : catalog.getViewerPreferences();
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
