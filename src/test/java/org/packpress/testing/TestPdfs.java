package org.packpress.testing;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Small PDFs for tests: attachments with known text, and encrypted ones. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A PDF whose page {@code n} reads "{text} page n". */
    public static Path write(Path file, int pages, String text) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Document document = new Document(PageSize.A4);
                PdfWriter.getInstance(document, out);
                document.open();
                for (int page = 1; page <= pages; page++) {
                    if (page > 1) {
                        document.newPage();
                    }
                    document.add(new Paragraph(text + " page " + page));
                }
                document.close();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password (RC4, 128 bits: PDFBox encrypts with the JDK's ciphers). */
    public static Path writeEncrypted(Path file) {
        write(file, 1, "secret");
        return protect(file, file, "user", 128, false);
    }

    /**
     * A copy of a PDF that opens without a password but carries permission restrictions (no printing, copying or
     * changing), under an owner password, as many published council papers do.
     *
     * @param keyLength 40 or 128 with RC4 ({@code aes} false), 128 or 256 with AES
     */
    public static Path writeRestricted(Path source, Path file, int keyLength, boolean aes) {
        return protect(source, file, "", keyLength, aes);
    }

    private static Path protect(Path source, Path file, String userPassword, int keyLength, boolean aes) {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(source))) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(false);
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, permissions);
            policy.setEncryptionKeyLength(keyLength);
            policy.setPreferAES(aes);
            document.protect(policy);
            Files.createDirectories(file.getParent());
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
