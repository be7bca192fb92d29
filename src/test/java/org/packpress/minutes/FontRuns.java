package org.packpress.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Text of a PDF set in a given face (bold, italic), for assertions plain text cannot make. */
final class FontRuns {

    private FontRuns() {
    }

    static String bold(PDDocument document) {
        return matching(document, font -> font.contains("Bold"));
    }

    static String italic(PDDocument document) {
        return matching(document, font -> font.contains("Oblique") || font.contains("Italic"));
    }

    /** Characters whose font name matches, others replaced by spaces; whitespace collapsed. */
    static String matching(PDDocument document, Predicate<String> font) {
        StringBuilder out = new StringBuilder();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        String name = position.getFont().getName();
                        out.append(name != null && font.test(name) ? position.getUnicode() : " ");
                    }
                    out.append(' ');
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replaceAll("\\s+", " ");
    }
}
