package org.packpress.render.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * Checks that a file can be merged into a pack as it is: present, not empty, a PDF, not encrypted,
 * and readable page by page. Import checks attachments with it, and the build checks them again when
 * it reads them back from the store.
 */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** What is wrong with the file as an attachment, or null if nothing is. */
    public static String problem(Path pdf) {
        if (!Files.isRegularFile(pdf)) {
            return "file " + pdf.getFileName() + " does not exist";
        }
        try {
            if (Files.size(pdf) == 0) {
                return pdf.getFileName() + " is empty";
            }
            if (!startsWithPdfHeader(pdf)) {
                return pdf.getFileName() + " is not a PDF";
            }
        } catch (IOException e) {
            return pdf.getFileName() + " cannot be read: " + e.getMessage();
        }
        return readProblem(pdf);
    }

    private static boolean startsWithPdfHeader(Path pdf) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(pdf)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    private static String readProblem(Path pdf) {
        PdfReader reader = null;
        try {
            if (isEncrypted(pdf)) {
                return pdf.getFileName() + " is encrypted; attach an unprotected copy";
            }
            reader = new PdfReader(new RandomAccessFileOrArray(pdf.toString(), false, false), null);
            if (reader.getNumberOfPages() < 1) {
                return pdf.getFileName() + " has no pages";
            }
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                reader.getPageContent(page);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return pdf.getFileName() + " is corrupt and cannot be read as a PDF (" + e.getMessage() + ")";
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /**
     * Whether the PDF's trailer has an encryption dictionary. Only the cross-reference data and the trailer are
     * read, and nothing is decrypted, so no cryptography (and no Bouncy Castle) is needed: an encrypted
     * attachment is refused whatever its cipher, its passwords or its security handler.
     */
    static boolean isEncrypted(Path pdf) throws IOException {
        try (RandomAccessReadBufferedFile file = new RandomAccessReadBufferedFile(pdf.toFile())) {
            return new TrailerReader(file).hasEncryption();
        }
    }

    /** PDFBox's parser, stopped after the trailer, with decryption left unprepared. */
    private static final class TrailerReader extends PDFParser {

        TrailerReader(RandomAccessReadBufferedFile file) throws IOException {
            super(file);
        }

        boolean hasEncryption() throws IOException {
            return retrieveTrailer().containsKey(COSName.ENCRYPT);
        }

        @Override
        protected void prepareDecryption() {
            // deciding that the file is encrypted needs no keys
        }
    }

    /** The number of pages of a PDF already checked with {@link #problem}. */
    public static int pageCount(Path pdf) {
        PdfReader reader = null;
        try {
            reader = new PdfReader(new RandomAccessFileOrArray(pdf.toString(), false, false), null);
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pdf, e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
