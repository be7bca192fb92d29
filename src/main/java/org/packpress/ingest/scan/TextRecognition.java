package org.packpress.ingest.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.packpress.render.pdf.RecognisedTextPdf;
import org.springframework.util.FileSystemUtils;

/**
 * Optical character recognition of a scanned PDF by Tesseract (Debian package {@code tesseract-ocr}): each page is
 * rendered at 300 dpi in shades of grey and read in the paper's languages; Tesseract's TSV output gives every word with its box,
 * its paragraph and its place in the reading order.
 */
final class TextRecognition {

    private static final int DPI = 300;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** TSV columns: level, page, block, paragraph, line, word, left, top, width, height, confidence, text. */
    private static final int WORD_LEVEL = 5;

    private TextRecognition() {
    }

    /**
     * The languages Tesseract can read here (ISO 639-2 codes: eng, cym), as {@code tesseract --list-langs} lists
     * them; none when Tesseract is not installed.
     */
    static Set<String> installedLanguages() {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
            boolean listed = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
            return listed ? Set.copyOf(lines.subList(Math.min(1, lines.size()), lines.size())) : Set.of();
        } catch (IOException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    /**
     * The paragraphs of words found on each page of a PDF.
     *
     * @param languages Tesseract's languages, the most likely first ({@code cym+eng})
     */
    static List<RecognisedTextPdf.Page> pages(Path pdf, String languages) {
        Path dir = null;
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            dir = Files.createTempDirectory("packpress-ocr-");
            PDFRenderer renderer = new PDFRenderer(document);
            List<RecognisedTextPdf.Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                Path png = dir.resolve("page-" + (i + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                pages.add(page(tesseract(png, dir.resolve("page-" + (i + 1)), languages)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot recognise the text of " + pdf.getFileName(), e);
        } finally {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir.toFile());
            }
        }
    }

    /** Tesseract's TSV of one page image. */
    private static List<String> tesseract(Path png, Path base, String languages) throws IOException {
        Path log = base.resolveSibling(base.getFileName() + ".log");
        Process process = new ProcessBuilder("tesseract", png.toString(), base.toString(), "-l", languages, "tsv")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("Tesseract took longer than " + TIMEOUT.toSeconds() + " s on a page");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Tesseract was stopped", e);
        }
        Path tsv = base.resolveSibling(base.getFileName() + ".tsv");
        if (process.exitValue() != 0 || !Files.isRegularFile(tsv)) {
            throw new IOException("Tesseract failed: " + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
        return Files.readAllLines(tsv, StandardCharsets.UTF_8);
    }

    /** The words of a page's TSV grouped by block and paragraph, in Tesseract's reading order, in points. */
    static RecognisedTextPdf.Page page(List<String> tsv) {
        Map<String, List<RecognisedTextPdf.Word>> paragraphs = new LinkedHashMap<>();
        float points = 72f / DPI;
        for (String row : tsv.subList(Math.min(1, tsv.size()), tsv.size())) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || Integer.parseInt(cells[0]) != WORD_LEVEL || cells[11].isBlank()) {
                continue;
            }
            paragraphs.computeIfAbsent(cells[2] + "/" + cells[3], k -> new ArrayList<>())
                    .add(new RecognisedTextPdf.Word(cells[11].strip(), Integer.parseInt(cells[6]) * points,
                            Integer.parseInt(cells[7]) * points, Integer.parseInt(cells[8]) * points,
                            Integer.parseInt(cells[9]) * points));
        }
        return new RecognisedTextPdf.Page(paragraphs.values().stream().map(RecognisedTextPdf.Paragraph::new).toList());
    }
}
