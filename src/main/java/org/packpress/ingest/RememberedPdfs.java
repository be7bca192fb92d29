package org.packpress.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.packpress.common.AtomicFiles;
import org.packpress.common.Hashes;
import org.packpress.render.pdf.PdfFiles;
import org.packpress.store.BlobStore;
import org.packpress.store.WordConversions;
import org.packpress.store.WordConversions.Conversion;
import org.springframework.stereotype.Component;

/**
 * PDFs the import makes from a paper (a Word document converted, a scan's text recognised), stored as blobs in the
 * import's transaction and remembered by a key of what they were made from ({@code word_conversion}), so that the
 * same input gives the same PDF without making it again: a remade PDF differs from run to run, and a paper that
 * seemed changed would be re-issued in a supplement.
 */
@Component
public class RememberedPdfs {

    /** Writes a PDF made from a paper. */
    @FunctionalInterface
    public interface Maker {
        void write(Path pdf) throws IOException;
    }

    private final BlobStore blobs;
    private final WordConversions conversions;

    public RememberedPdfs(BlobStore blobs, WordConversions conversions) {
        this.blobs = blobs;
        this.conversions = conversions;
    }

    /**
     * The PDF remembered by {@code key}, or the one {@code make} writes, then stored and remembered.
     *
     * @param source what it is made from, for an error
     * @return the PDF: its blob's SHA-256 and its pages
     */
    public Conversion get(String key, String source, Maker make) {
        return conversions.find(key).filter(known -> blobs.contains(known.pdfSha256()))
                .orElseGet(() -> made(key, source, make));
    }

    private Conversion made(String key, String source, Maker make) {
        Path pdf = null;
        try {
            pdf = Files.createTempFile("packpress-made-", ".pdf");
            make.write(pdf);
            Conversion conversion = new Conversion(Hashes.sha256(pdf), PdfFiles.pageCount(pdf));
            blobs.put(conversion.pdfSha256(), "application/pdf", pdf);
            conversions.save(key, conversion);
            return conversion;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF of " + source, e);
        } finally {
            if (pdf != null) {
                AtomicFiles.deleteQuietly(pdf);
            }
        }
    }
}
