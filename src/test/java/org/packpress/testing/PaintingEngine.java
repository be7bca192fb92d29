package org.packpress.testing;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * A reader of what a page paints that ignores everything by default: a test overrides the operations it looks at
 * (filled or stroked paths, rectangles).
 */
public abstract class PaintingEngine extends PDFGraphicsStreamEngine {

    protected PaintingEngine(PDPage page) {
        super(page);
    }

    /** Reads the page the engine was made for. */
    public void run() throws IOException {
        processPage(getPage());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
        strokePath();
    }

    @Override
    public void strokePath() throws IOException {
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
