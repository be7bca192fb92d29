package org.packpress.ingest.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.packpress.common.Hashes;
import org.packpress.ingest.RememberedPdfs;
import org.packpress.render.DocumentInfo;
import org.packpress.render.pdf.RecognisedTextPdf;
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

    private static final String ENGLISH = "eng";

    private final RememberedPdfs pdfs;
    private volatile Set<String> installed;

    /**
     * A scan's tagged copy, and the languages its text was read in, in words ("Welsh and English"; "English only:
     * Tesseract's Welsh (cym) is not installed").
     */
    public record Recognised(Conversion conversion, String readIn) {
    }

    public ScannedPapers(RememberedPdfs pdfs) {
        this.pdfs = pdfs;
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

    /** Whether scans can be read here: Tesseract is installed, with its English. */
    public boolean canRead() {
        return installed().contains(ENGLISH);
    }

    private Set<String> installed() {
        if (installed == null) {
            installed = TextRecognition.installedLanguages();
        }
        return installed;
    }

    /**
     * The tagged PDF of a scan with its recognised text, stored as a blob.
     *
     * @param title the paper's title, the PDF's
     * @param language the language of the body's papers: its text is read in it (when Tesseract has it) and in
     *     English, which bilingual papers hold too
     */
    public Recognised recognised(Path scan, String title, Locale language) {
        String own = language.getISO3Language();
        boolean ownInstalled = installed().contains(own);
        String languages = own.equals(ENGLISH) || !ownInstalled ? ENGLISH : own + "+" + ENGLISH;
        String key = Hashes.sha256(Hashes.sha256(scan) + "\nrecognised text\n" + title + "\n" + languages);
        DocumentInfo info = new DocumentInfo(title, null, null).inLanguage(language.toLanguageTag());
        Conversion conversion = pdfs.get(key, scan.getFileName().toString(),
                pdf -> RecognisedTextPdf.write(scan, TextRecognition.pages(scan, languages), info, pdf));
        String name = language.getDisplayLanguage(Locale.UK);
        String readIn = own.equals(ENGLISH) ? "English" : ownInstalled ? name + " and English"
                : "English only (Tesseract's " + name + ", Debian package tesseract-ocr-" + own + ", is not installed)";
        return new Recognised(conversion, readIn);
    }
}
