package org.packpress.testing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The rectangles a page fills (a table's shaded header cells, for instance), with their colour, in PDF user space
 * with y measured from the top of the page.
 */
public final class FilledRectangles {

    /** A filled rectangle; {@code rgb} is the fill colour as 0xRRGGBB. */
    public record Rectangle(float x, float y, float width, float height, int rgb) {
    }

    private FilledRectangles() {
    }

    public static List<Rectangle> of(PDPage page) {
        Engine engine = new Engine(page);
        try {
            engine.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return engine.filled;
    }

    private static final class Engine extends PaintingEngine {

        private final List<Rectangle> filled = new ArrayList<>();
        private final List<Point2D[]> path = new ArrayList<>();
        private final float pageHeight;

        Engine(PDPage page) {
            super(page);
            pageHeight = page.getMediaBox().getHeight();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.add(new Point2D[] {p0, p1, p2, p3});
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            int rgb = getGraphicsState().getNonStrokingColor().toRGB();
            for (Point2D[] corners : path) {
                double left = Math.min(corners[0].getX(), corners[2].getX());
                double right = Math.max(corners[0].getX(), corners[2].getX());
                double bottom = Math.min(corners[0].getY(), corners[2].getY());
                double top = Math.max(corners[0].getY(), corners[2].getY());
                filled.add(new Rectangle((float) left, (float) (pageHeight - top), (float) (right - left),
                        (float) (top - bottom), rgb));
            }
            path.clear();
        }

        @Override
        public void strokePath() {
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }
    }
}
