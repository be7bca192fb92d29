package org.packpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps "Page 12" (a pack) or "Page 3 of 12" (a document published on its own) centred in the bottom margin of every page as the page is displayed, where no layout
 * of ours prints anything, marked as a pagination Artifact (a screen reader skips it; the page labels
 * carry the same numbers). A page with a /Rotate entry is displayed turned, so its visual foot is
 * another edge.
 */
final class PageStamps {

    private static final float BASELINE = 16f;
    private static final float SIZE = 9f;

    private PageStamps() {
    }

    /** Stamps every page with its number, worded by {@code wording} from the 1-based page number. */
    static void stamp(PDDocument pack, IntFunction<String> wording) throws IOException {
        PDType0Font font;
        try (InputStream in = PackAssembler.stampFont()) {
            font = PDType0Font.load(pack, in, true);
        }
        int number = 0;
        for (PDPage page : pack.getPages()) {
            stamp(pack, page, font, wording.apply(++number));
        }
    }

    private static void stamp(PDDocument pack, PDPage page, PDType0Font font, String text) throws IOException {
        PDRectangle box = page.getCropBox();
        int rotation = (page.getRotation() % 360 + 360) % 360;
        float midX = (box.getLowerLeftX() + box.getUpperRightX()) / 2;
        float midY = (box.getLowerLeftY() + box.getUpperRightY()) / 2;
        float x;
        float y;
        switch (rotation) {
            case 90 -> {
                x = box.getUpperRightX() - BASELINE;
                y = midY;
            }
            case 180 -> {
                x = midX;
                y = box.getUpperRightY() - BASELINE;
            }
            case 270 -> {
                x = box.getLowerLeftX() + BASELINE;
                y = midY;
            }
            default -> {
                x = midX;
                y = box.getLowerLeftY() + BASELINE;
            }
        }
        float width = font.getStringWidth(text) / 1000 * SIZE;
        Matrix at = Matrix.getRotateInstance(Math.toRadians(rotation), x, y);
        at.concatenate(Matrix.getTranslateInstance(-width / 2, 0));
        try (PDPageContentStream canvas = new PDPageContentStream(pack, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            canvas.beginMarkedContent(COSName.ARTIFACT);
            canvas.beginText();
            canvas.setFont(font, SIZE);
            canvas.setTextMatrix(at);
            canvas.showText(text);
            canvas.endText();
            canvas.endMarkedContent();
        }
    }
}
