package org.packpress.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Resolves a part's named destinations (an attached report's contents links, its outline) to the pages
 * they name, before the part is merged: the merge maps page references to the pack's pages, but names
 * from different parts would collide in one pack, so the parts' name trees are not carried over.
 */
final class NamedDestinations {

    private NamedDestinations() {
    }

    static void resolve(PDDocument part) throws IOException {
        PDDocumentCatalog catalog = part.getDocumentCatalog();
        for (PDPage page : part.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    resolve(catalog, link);
                }
            }
        }
        PDDocumentOutline outline = catalog.getDocumentOutline();
        if (outline != null) {
            resolve(catalog, outline);
        }
        if (catalog.getNames() != null) {
            catalog.getNames().getCOSObject().removeItem(COSName.DESTS);
        }
        catalog.getCOSObject().removeItem(COSName.DESTS);
    }

    private static void resolve(PDDocumentCatalog catalog, PDAnnotationLink link) throws IOException {
        PDDestination destination = link.getDestination();
        if (destination instanceof PDNamedDestination named) {
            link.setDestination(catalog.findNamedDestinationPage(named));
        }
        PDAction action = link.getAction();
        if (action instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDNamedDestination named) {
            PDPageDestination page = catalog.findNamedDestinationPage(named);
            if (page != null) {
                goTo.setDestination(page);
            }
        }
    }

    private static void resolve(PDDocumentCatalog catalog, PDOutlineNode node) throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (item.getDestination() instanceof PDNamedDestination named) {
                item.setDestination(catalog.findNamedDestinationPage(named));
            }
            if (item.getAction() instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDNamedDestination named) {
                PDPageDestination page = catalog.findNamedDestinationPage(named);
                if (page != null) {
                    goTo.setDestination(page);
                }
            }
            resolve(catalog, item);
        }
    }
}
