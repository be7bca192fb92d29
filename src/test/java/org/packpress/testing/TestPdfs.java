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

/** Small PDFs for tests: attachments with known text, and encrypted ones. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A PDF whose page {@code n} reads "{text} page n". */
    public static Path write(Path file, int pages, String text) {
        return write(file, pages, text, false);
    }

    /** A PDF that opens only with a password. */
    public static Path writeEncrypted(Path file) {
        return write(file, 1, "secret", true);
    }

    private static Path write(Path file, int pages, String text, boolean encrypted) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Document document = new Document(PageSize.A4);
                PdfWriter writer = PdfWriter.getInstance(document, out);
                if (encrypted) {
                    writer.setEncryption("user".getBytes(), "owner".getBytes(), PdfWriter.ALLOW_PRINTING,
                            PdfWriter.STANDARD_ENCRYPTION_128);
                }
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
}
