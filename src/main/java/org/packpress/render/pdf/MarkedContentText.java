package org.packpress.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text a document's pages draw inside marked content, by page and MCID: what a structure element that
 * points at that content reads as. Each page is read once, when first asked for.
 */
public final class MarkedContentText {

    private final Map<COSDictionary, Map<Integer, String>> byPage = new IdentityHashMap<>();

    /** The text of one marked-content sequence of a page, or "" when there is none with that MCID. */
    public String of(COSDictionary page, int mcid) {
        return byPage.computeIfAbsent(page, MarkedContentText::read).getOrDefault(mcid, "");
    }

    private static Map<Integer, String> read(COSDictionary page) {
        PDFMarkedContentExtractor extractor;
        try {
            extractor = new PDFMarkedContentExtractor();
            extractor.processPage(new PDPage(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, String> text = new HashMap<>();
        extractor.getMarkedContents().forEach(content -> gather(content, text));
        return text;
    }

    private static void gather(PDMarkedContent content, Map<Integer, String> into) {
        List<TextPosition> glyphs = new ArrayList<>();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                glyphs.add(position);
            } else if (part instanceof PDMarkedContent nested) {
                gather(nested, into);
            }
        }
        if (content.getMCID() >= 0) {
            into.merge(content.getMCID(), text(glyphs), String::concat);
        }
    }

    /**
     * The text of glyphs drawn in this order: a text wrapped onto the next line keeps its words apart (a line that
     * ends without a space, as a viewer separates lines).
     */
    static String text(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        for (TextPosition position : glyphs) {
            if (previous != null && Math.abs(position.getYDirAdj() - previous.getYDirAdj()) > previous.getHeightDir() / 2
                    && !previous.getUnicode().isBlank()) {
                text.append(' ');
            }
            text.append(position.getUnicode());
            previous = position;
        }
        return text.toString();
    }
}
