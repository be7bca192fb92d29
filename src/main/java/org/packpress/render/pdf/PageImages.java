package org.packpress.render.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Pages of a PDF as PNG images (to look at) and as text (to read aloud), with PDFBox. */
public final class PageImages {

    private PageImages() {
    }

    /** A page as an image and as its text. */
    public record Page(int number, Path image, String text) {
    }

    /**
     * Renders each page (numbered from 1) to {@code <folder>/page-<n>.png} at the resolution given, and reads
     * its text.
     */
    public static List<Page> render(Path pdf, List<Integer> pages, float dpi, Path folder) {
        List<Page> rendered = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page : pages) {
                if (page < 1 || page > document.getNumberOfPages()) {
                    throw new IllegalArgumentException(pdf.getFileName() + " has no page " + page);
                }
                BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.RGB);
                Path target = folder.resolve("page-" + page + ".png");
                ImageIO.write(image, "png", target.toFile());
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                rendered.add(new Page(page, target, stripper.getText(document).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the pages of " + pdf.getFileName(), e);
        }
        return rendered;
    }
}
