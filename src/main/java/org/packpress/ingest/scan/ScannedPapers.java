package org.packpress.ingest.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.packpress.common.AtomicFiles;
import org.packpress.common.Hashes;
import org.packpress.render.DocumentInfo;
import org.packpress.render.pdf.PdfFiles;
import org.packpress.render.pdf.RecognisedTextPdf;
import org.packpress.store.BlobStore;
import org.packpress.store.WordConversions;
import org.packpress.store.WordConversions.Conversion;
import org.springframework.stereotype.Component;

/**
 * A scanned paper (a PDF whose pages are pictures, without text or tags: a signed letter, an old report) becomes a
 * tagged PDF a screen reader can read: its text recognised by Tesseract and laid over its pages
 * ({@link RecognisedTextPdf}). The PDF is stored as a blob in the import's transaction and remembered by the scan's
 * SHA-256 and the paper's title ({@code word_conversion}, as a converted Word paper is), so that importing the same
 * scan again gives the same PDF without reading it again (and the paper is not re-issued in a supplement).
 */
@Component
public class ScannedPapers {

    /** Pages read for text to tell a scan: a scan has none on any of them. */
    private static final int PAGES_LOOKED_AT = 3;

    private final BlobStore blobs;
    private final WordConversions conversions;
    private volatile Boolean tesseract;

    public ScannedPapers(BlobStore blobs, WordConversions conversions) {
        this.blobs = blobs;
        this.conversions = conversions;
    }

    /** Whether a readable PDF is a scan: not tagged, and no text on its first pages. */
    public static boolean isScanned(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0 || document.getDocumentCatalog().getStructureTreeRoot() != null) {
                return false;
            }
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(PAGES_LOOKED_AT);
            return text.getText(document).isBlank();
        } catch (IOException e) {
            return false; // PdfFiles.problem names it
        }
    }

    /** Whether scans can be read here: Tesseract is installed. */
    public boolean canRead() {
        if (tesseract == null) {
            tesseract = TextRecognition.available();
        }
        return tesseract;
    }

    /**
     * The tagged PDF of a scan with its recognised text, stored as a blob.
     *
     * @param title the paper's title, the PDF's
     */
    public Conversion recognised(Path scan, String title) {
        String key = Hashes.sha256(Hashes.sha256(scan) + "\nrecognised text\n" + title);
        Optional<Conversion> known = conversions.find(key).filter(c -> blobs.contains(c.pdfSha256()));
        return known.orElseGet(() -> recognise(scan, title, key));
    }

    private Conversion recognise(Path scan, String title, String key) {
        Path pdf = null;
        try {
            pdf = Files.createTempFile("packpress-recognised-", ".pdf");
            RecognisedTextPdf.write(scan, TextRecognition.pages(scan), new DocumentInfo(title, null, null), pdf);
            Conversion conversion = new Conversion(Hashes.sha256(pdf), PdfFiles.pageCount(pdf));
            blobs.put(conversion.pdfSha256(), "application/pdf", pdf);
            conversions.save(key, conversion);
            return conversion;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the recognised text of " + scan.getFileName(), e);
        } finally {
            if (pdf != null) {
                AtomicFiles.deleteQuietly(pdf);
            }
        }
    }
}
