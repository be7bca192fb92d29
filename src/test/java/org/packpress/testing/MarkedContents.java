package org.packpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page's content streams read back as marked content: what is tagged (an MCID the structure tree points at)
 * and what is an artifact, which screen readers skip.
 */
public final class MarkedContents {

    /**
     * One outermost run of marked content on a page and the text drawn inside it.
     *
     * @param type for an Artifact, its /Type (Pagination, Layout, ...), else null
     * @param subtype for an Artifact, its /Subtype (Header, Footer, ...), else null
     * @param actualText the ActualText that replaces the run's text for a screen reader, or null
     */
    public record Run(String tag, int mcid, String type, String subtype, String text, String actualText) {
    }

    private MarkedContents() {
    }

    /** The outermost marked-content runs of one page (1-based). */
    public static List<Run> runs(PDDocument document, int page) {
        List<Run> runs = new ArrayList<>();
        for (PDMarkedContent content : extract(document.getPage(page - 1))) {
            COSDictionary properties = content.getProperties();
            StringBuilder text = new StringBuilder();
            appendAll(content, text);
            runs.add(new Run(content.getTag(), content.getMCID(), name(properties, COSName.TYPE),
                    name(properties, COSName.SUBTYPE), text.toString(), content.getActualText()));
        }
        return runs;
    }

    /** The text a PDF draws inside marked content with an MCID, i.e. what its structure tree holds (artifacts left out). */
    public static String taggedText(PDDocument document) {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            extract(page).forEach(content -> append(content, false, text));
            text.append('\n');
        }
        return text.toString();
    }

    private static List<PDMarkedContent> extract(PDPage page) {
        try {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            return extractor.getMarkedContents();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void appendAll(PDMarkedContent content, StringBuilder text) {
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent nested) {
                appendAll(nested, text);
            }
        }
    }

    private static String name(COSDictionary properties, COSName key) {
        return properties == null ? null : properties.getNameAsString(key);
    }
}
