package org.packpress.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A workbook as LibreOffice Calc prints it (Debian's libreoffice-calc-nogui, headless), and what its PDF shows:
 * the colours painted on a page, and where its words are.
 */
final class LibreOfficeCalc {

    /** A word printed on a page: its text, the baseline's distance from the top of the page, its height. */
    record Word(String text, float baseline, float height) {
    }

    private LibreOfficeCalc() {
    }

    static PDDocument print(byte[] xlsx, Path folder) throws IOException, InterruptedException {
        Path workbook = Files.write(folder.resolve("workbook.xlsx"), xlsx);
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(300, TimeUnit.SECONDS)).as("LibreOffice converted within 5 minutes").isTrue();
        Path pdf = folder.resolve("workbook.pdf");
        assertThat(pdf).as("LibreOffice's PDF (see soffice.log)").isNotEmptyFile();
        return Loader.loadPDF(pdf.toFile());
    }

    /** The index of the first page whose text starts with this (a sheet's title starts its first page). */
    static int pageStarting(PDDocument pdf, String start) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            text.setStartPage(p);
            text.setEndPage(p);
            if (text.getText(pdf).startsWith(start)) {
                return p - 1;
            }
        }
        throw new AssertionError("no page starts with " + start);
    }

    /** The RGB colours a page fills areas with ({@code filled}) or strokes lines with. */
    static Set<Integer> coloursPainted(PDPage page, boolean filled) throws IOException {
        Set<Integer> colours = new TreeSet<>();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void fillPath(int windingRule) throws IOException {
                if (filled) {
                    colours.add(getGraphicsState().getNonStrokingColor().toRGB());
                }
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
                strokePath();
            }

            @Override
            public void strokePath() throws IOException {
                if (!filled) {
                    colours.add(getGraphicsState().getStrokingColor().toRGB());
                }
            }

            @Override
            public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                    java.awt.geom.Point2D p3) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
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
            public java.awt.geom.Point2D getCurrentPoint() {
                return new java.awt.geom.Point2D.Float();
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

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        return colours;
    }

    /** The words of a page with their positions. */
    static List<Word> words(PDDocument pdf, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int start = 0;
                for (int i = 0; i <= positions.size(); i++) {
                    boolean end = i == positions.size() || positions.get(i).getUnicode().isBlank();
                    if (end && i > start) {
                        StringBuilder word = new StringBuilder();
                        positions.subList(start, i).forEach(p -> word.append(p.getUnicode()));
                        TextPosition first = positions.get(start);
                        words.add(new Word(word.toString(), first.getYDirAdj(), first.getHeightDir()));
                    }
                    if (end) {
                        start = i + 1;
                    }
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(pdf);
        return words;
    }
}
