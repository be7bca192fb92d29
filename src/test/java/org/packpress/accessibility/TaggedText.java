package org.packpress.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The text a PDF draws inside marked content with an MCID, i.e. what its structure tree holds (artifacts left out). */
final class TaggedText {

    private TaggedText() {
    }

    static String of(PDDocument document) {
        StringBuilder text = new StringBuilder();
        try {
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                extractor.getMarkedContents().forEach(content -> append(content, false, text));
                text.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void append(PDMarkedContent content, boolean tagged, StringBuilder text) {
        boolean inside = (tagged || content.getMCID() >= 0) && !"Artifact".equals(content.getTag());
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position && inside) {
                text.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent nested) {
                append(nested, inside, text);
            }
        }
    }
}
