package org.packpress.documents.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What plain text extraction loses: which text is bold, where text sits, which links exist. */
final class PdfTextStyles {

    private PdfTextStyles() {
    }

    /** All characters set in a bold face, in reading order, with spaces between words kept. */
    static String boldText(PDDocument document) {
        StringBuilder bold = new StringBuilder();
        strip(document, new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    String font = position.getFont().getName();
                    bold.append(font != null && font.contains("Bold") ? position.getUnicode() : " ");
                }
                bold.append(' ');
            }
        });
        return bold.toString().replaceAll("\\s+", " ");
    }

    /** The largest distance of any text's baseline from the top of its page, in points. */
    static float lowestTextFromTop(PDDocument document) {
        float[] lowest = {0};
        strip(document, new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    lowest[0] = Math.max(lowest[0], position.getYDirAdj());
                }
            }
        });
        return lowest[0];
    }

    /** URIs of the link annotations on all pages. */
    static List<String> linkTargets(PDDocument document) {
        List<String> targets = new java.util.ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return targets;
    }

    private static void strip(PDDocument document, PDFTextStripper stripper) {
        try {
            stripper.setSortByPosition(true);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
