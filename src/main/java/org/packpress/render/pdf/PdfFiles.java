package org.packpress.render.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks that a file can be merged into a pack as it is: present, not empty, a PDF, not encrypted,
 * and readable page by page. Import checks attachments with it, and the build checks them again when
 * it reads them back from the store. A PDF that opens without a password but carries permission restrictions
 * (an owner password) is imported as a copy without them ({@link #writeUnrestricted}): a pack must not be
 * encrypted (PDF/A), and the store holds what the pack attaches.
 */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** How a PDF is protected: not at all, by permission restrictions only, or by a password needed to open it. */
    public enum Protection {
        NONE, RESTRICTED, PASSWORD
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
                return encryptedProblem(pdf);
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

    private static String encryptedProblem(Path pdf) {
        try {
            return protection(pdf) == Protection.PASSWORD
                    ? pdf.getFileName() + " needs a password to open; attach a copy that opens without one"
                    : pdf.getFileName() + " carries permission restrictions (an owner password); a pack attaches"
                            + " the copy without them that the import stores";
        } catch (IOException e) {
            return pdf.getFileName() + " is encrypted and cannot be opened (" + e.getMessage()
                    + "); attach an unprotected copy";
        }
    }

    /**
     * How the PDF is protected. Opening it with the empty password needs only the JDK's ciphers (RC4, AES-128,
     * AES-256), not Bouncy Castle.
     *
     * @throws IOException when it cannot be read, or is encrypted in a way PDFBox cannot open (a certificate)
     */
    public static Protection protection(Path pdf) throws IOException {
        if (!isEncrypted(pdf)) {
            return Protection.NONE;
        }
        try (PDDocument document = openWithoutPassword(pdf)) {
            return Protection.RESTRICTED;
        } catch (InvalidPasswordException e) {
            return Protection.PASSWORD;
        }
    }

    /** Writes a copy of a PDF that opens without a password, without its encryption and permission restrictions. */
    public static void writeUnrestricted(Path pdf, Path target) throws IOException {
        try (PDDocument document = openWithoutPassword(pdf)) {
            document.setAllSecurityToBeRemoved(true);
            document.save(target.toFile());
        }
    }

    private static PDDocument openWithoutPassword(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
    }

    /**
     * Whether the PDF's trailer has an encryption dictionary. Only the cross-reference data and the trailer are
     * read, and nothing is decrypted, so no cryptography (and no Bouncy Castle) is needed.
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
