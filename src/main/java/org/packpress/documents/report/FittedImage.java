package org.packpress.documents.report;

import java.awt.geom.Dimension2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.SimpleDimension2D;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DataRenderable;
import net.sf.jasperreports.renderers.DimensionRenderable;

/**
 * An image with the size it should print at: its natural size at 96 dpi (as a word processor
 * places a screenshot), scaled down, keeping its shape, to fit the text width and a page. The
 * layout's image element ({@code scaleImage="RealHeight"}) takes its height from this size, so
 * a tall image never runs off the page.
 */
final class FittedImage extends AbstractRenderer implements DataRenderable, DimensionRenderable {

    private static final double POINTS_PER_PIXEL = 0.75;

    private final byte[] data;
    private final double width;
    private final double height;

    private FittedImage(byte[] data, double width, double height) {
        this.data = data;
        this.width = width;
        this.height = height;
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a PNG, JPEG or GIF image
     */
    static FittedImage of(byte[] data, double maxWidth, double maxHeight) {
        double[] pixels = pixelSize(data);
        double naturalWidth = pixels[0] * POINTS_PER_PIXEL;
        double naturalHeight = pixels[1] * POINTS_PER_PIXEL;
        double scale = Math.min(1.0, Math.min(maxWidth / naturalWidth, maxHeight / naturalHeight));
        return new FittedImage(data, Math.min(maxWidth, naturalWidth * scale), Math.min(maxHeight, naturalHeight * scale));
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    @Override
    public byte[] getData(JasperReportsContext context) {
        return data;
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new SimpleDimension2D(width, height);
    }

    private static double[] pixelSize(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IllegalArgumentException("not a PNG, JPEG or GIF image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new double[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable image: " + e.getMessage(), e);
        }
    }
}
