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
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            policy.setPreferAES(false);
            document.protect(policy);
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
