package org.packpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The pack's outline: the front sheet's own entries (its bookmarked headings), then an entry per agenda item,
 * under it an entry per paper, and under a paper the entries of its own outline (an attached report's
 * sections), which PDFBox's merge copies with their destinations mapped to the pack's pages.
 */
final class PackOutline {

    private final PDDocument pack;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDOutlineItem section;

    PackOutline(PDDocument pack) {
        this.pack = pack;
    }

    /** The merge copies a part's outline into an empty catalog outline, which is then taken apart. */
    void beforeAppend() {
        pack.getDocumentCatalog().setDocumentOutline(null);
    }

    void frontSheet() {
        appended().forEach(outline::addLast);
    }

    void startSection(String title) {
        section = new PDOutlineItem();
        section.setTitle(title);
        outline.addLast(section);
    }

    /** @param start the 0-based index of the paper's first page */
    void paper(String title, int start) throws IOException {
        PDOutlineItem paper = item(title, start);
        if (section.getDestination() == null) {
            section.setDestination(destination(start));
        }
        appended().forEach(paper::addLast);
        section.addLast(paper);
    }

    void finish() {
        pack.getDocumentCatalog().setDocumentOutline(outline);
    }

    private List<PDOutlineItem> appended() {
        PDDocumentCatalog catalog = pack.getDocumentCatalog();
        PDDocumentOutline copied = catalog.getDocumentOutline();
        List<PDOutlineItem> items = new ArrayList<>();
        if (copied != null) {
            copied.children().forEach(items::add);
            for (PDOutlineItem item : items) {
                item.getCOSObject().removeItem(COSName.PREV);
                item.getCOSObject().removeItem(COSName.NEXT);
                item.getCOSObject().removeItem(COSName.PARENT);
            }
            catalog.setDocumentOutline(null);
        }
        return items;
    }

    private PDOutlineItem item(String title, int page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination(page));
        return item;
    }

    private PDPageFitDestination destination(int page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(pack.getPage(page));
        return destination;
    }

}
