package org.packpress.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Page furniture PackPress stamps on finished pages, each marked as a pagination Artifact (a screen reader
 * skips it, it is no body text): page numbers, "Page 12" (a pack) or "Page 3 of 12" (a document published on
 * its own), centred in the bottom margin of every page as the page is displayed, where no layout of ours
 * prints anything (the page labels carry the same numbers); and a report's running header, right-aligned at
 * the top of every page after the first, in the band the layout leaves free for it. A page with a /Rotate
 * entry is displayed turned, so its visual foot is another edge.
 */
final class PageStamps {

    private static final float BASELINE = 16f;
    private static final float SIZE = 9f;
    /** Where layouts of ours leave room for the running header: their top and right margins. */
    private static final float HEADER_TOP = 50f;
    private static final float HEADER_RIGHT = 56f;
    private static final Color HEADER_COLOUR = new Color(0x40, 0x40, 0x40);
    /** A security marking's baselines: from the page's top, and from its foot (above the page number's). */
    private static final float MARKING_TOP = 28f;
    private static final float MARKING_FOOT = 30f;
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private PageStamps() {
    }

    /** Stamps every page with its number, worded by {@code wording} from the 1-based page number. */
    static void stamp(PDDocument pack, IntFunction<String> wording) throws IOException {
        PDType0Font font = font(pack, "DejaVuSans.ttf");
        int number = 0;
        for (PDPage page : pack.getPages()) {
            String text = wording.apply(++number);
            float width = font.getStringWidth(text) / 1000 * SIZE;
            Matrix at = footAt(page);
            at.concatenate(Matrix.getTranslateInstance(-width / 2, 0));
            draw(pack, page, new Stamp(font, Color.BLACK, text, "Footer"), at);
        }
    }

    /** Stamps {@code text} in bold at the top right of every page but the first (which opens with the title). */
    static void runningHeader(PDDocument document, String text) throws IOException {
        PDType0Font font = font(document, "DejaVuSans-Bold.ttf");
        float width = font.getStringWidth(text) / 1000 * SIZE;
        float ascent = font.getFontDescriptor().getAscent() / 1000 * SIZE;
        for (int i = 1; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            PDRectangle box = page.getCropBox();
            Matrix at = Matrix.getTranslateInstance(box.getUpperRightX() - HEADER_RIGHT - width,
                    box.getUpperRightY() - HEADER_TOP - ascent);
            draw(document, page, new Stamp(font, HEADER_COLOUR, text, "Header"), at);
        }
    }

    /**
     * Stamps a security marking ("OFFICIAL") in bold, centred in the top and bottom margins of every page, above
     * where a pack's page number goes.
     */
    static void marking(PDDocument document, String text) throws IOException {
        PDType0Font font = font(document, "DejaVuSans-Bold.ttf");
        float width = font.getStringWidth(text) / 1000 * SIZE;
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getCropBox();
            float left = (box.getLowerLeftX() + box.getUpperRightX() - width) / 2;
            draw(document, page, new Stamp(font, Color.BLACK, text, "Header"),
                    Matrix.getTranslateInstance(left, box.getUpperRightY() - MARKING_TOP));
            draw(document, page, new Stamp(font, Color.BLACK, text, "Footer"),
                    Matrix.getTranslateInstance(left, box.getLowerLeftY() + MARKING_FOOT));
        }
    }

    /** The baseline's centre in the bottom margin as the page is displayed, turned with the page. */
    private static Matrix footAt(PDPage page) {
        PDRectangle box = page.getCropBox();
        int rotation = (page.getRotation() % 360 + 360) % 360;
        float midX = (box.getLowerLeftX() + box.getUpperRightX()) / 2;
        float midY = (box.getLowerLeftY() + box.getUpperRightY()) / 2;
        return switch (rotation) {
            case 90 -> Matrix.getRotateInstance(Math.toRadians(rotation), box.getUpperRightX() - BASELINE, midY);
            case 180 -> Matrix.getRotateInstance(Math.toRadians(rotation), midX, box.getUpperRightY() - BASELINE);
            case 270 -> Matrix.getRotateInstance(Math.toRadians(rotation), box.getLowerLeftX() + BASELINE, midY);
            default -> Matrix.getRotateInstance(0, midX, box.getLowerLeftY() + BASELINE);
        };
    }

    /** One line of page furniture: its font, colour and text, and the artifact's subtype (Header, Footer). */
    private record Stamp(PDType0Font font, Color colour, String text, String subtype) {
    }

    private static void draw(PDDocument document, PDPage page, Stamp stamp, Matrix at) throws IOException {
        COSDictionary pagination = new COSDictionary();
        pagination.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        pagination.setItem(COSName.SUBTYPE, COSName.getPDFName(stamp.subtype()));
        try (PDPageContentStream canvas = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            canvas.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(pagination));
            canvas.beginText();
            canvas.setNonStrokingColor(stamp.colour());
            canvas.setFont(stamp.font(), SIZE);
            canvas.setTextMatrix(at);
            canvas.showText(stamp.text());
            canvas.endText();
            canvas.endMarkedContent();
        }
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = PageStamps.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(file + " is missing: jasperreports-fonts must be on the class path"));
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
