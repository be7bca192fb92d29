package org.packpress.ingest.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.packpress.common.Hashes;
import org.packpress.ingest.RememberedPdfs;
import org.packpress.render.pdf.AttachmentVerdicts;
import org.packpress.store.WordConversions.Conversion;
import org.springframework.stereotype.Component;

/**
 * A Word paper ({@code .docx}, {@code .odt}, {@code .doc}, {@code .rtf}) that a meeting file names ({@code file: papers/budget.docx}, as a file sent
 * to the API may) becomes the PDF attached to the pack: converted by {@link WordConverter}, as the meeting form's
 * uploads are, with the same refusals. The PDF is stored as a blob, with the document and title it came from
 * ({@link RememberedPdfs}), in the import's transaction: importing the same document again gives the same PDF
 * without converting it again.
 */
@Component
public class WordPapers {

    private final WordConverter converter;
    private final RememberedPdfs pdfs;
    private final AttachmentVerdicts verdicts;

    public WordPapers(WordConverter converter, RememberedPdfs pdfs, AttachmentVerdicts verdicts) {
        this.converter = converter;
        this.pdfs = pdfs;
        this.verdicts = verdicts;
    }

    /** Whether a paper's file is a Word document this converts. */
    public static boolean isWordPaper(Path file) {
        return WordConverter.converts(file.getFileName().toString());
    }

    /**
     * @param title the paper's title, for a PDF whose document properties have none
     * @return the PDF: its blob's SHA-256 and its pages
     * @throws WordConversionException naming the reason (not a readable document, tracked changes, LibreOffice)
     */
    public Conversion pdf(Path document, String title) {
        byte[] bytes = read(document);
        String fileName = document.getFileName().toString();
        return pdfs.get(Hashes.sha256(Hashes.sha256(bytes) + "\n" + title), fileName,
                pdf -> Files.write(pdf, toPdf(fileName, title, bytes)));
    }

    /**
     * A Word document's PDF, judged by veraPDF: claiming PDF/UA-1 and PDF/A-2a only when it passes them.
     *
     * @param fileName the document's name, for its kind (and nothing else)
     * @param title the paper's title, for a PDF whose document properties have none
     * @throws WordConversionException naming the reason the document cannot be converted
     */
    public byte[] toPdf(String fileName, String title, byte[] document) {
        return verdicts.upheld(converter.toPdf(fileName, title, document));
    }

    private static byte[] read(Path document) {
        try {
            return Files.readAllBytes(document);
        } catch (IOException e) {
            throw new WordConversionException("cannot be read: " + e.getMessage(), e);
        }
    }
}
