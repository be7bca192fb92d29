package org.packpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Iterator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.packpress.common.Hashes;
import org.packpress.render.DocumentInfo;

/**
 * The metadata of every PDF PackPress writes, in one place: the document information and the XMP packet,
 * equal to each other (title, author, subject, creator, producer, and the document's date when it has one),
 * the language, the tagged flag, and the trailer's ID. All of it comes from the {@link DocumentInfo} and the
 * content, never from the clock or chance, so that the same content is written to the same bytes.
 */
final class DocumentMetadata {

    private static final String PACKPRESS = "PackPress";

    private DocumentMetadata() {
    }

    /**
     * Once the content is final: the document information, replacing what the document carried (an exporter's
     * producer and dates, or what a merged attachment added), the XMP packet (identifying PDF/A-2a and PDF/UA-1
     * when the document may claim them), language, the tagged flag and DisplayDocTitle, and an ID derived from
     * the content.
     */
    static void write(PDDocument document, DocumentInfo info, boolean conforming) throws IOException {
        describe(document, info);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(info.language());
        AccessiblePdf.markAndShowTitle(catalog);
        catalog.setMetadata(XmpPacket.of(document, info, conforming));
        COSArray id = new COSArray();
        byte[] digest = contentDigest(document, info);
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        document.getDocument().setDocumentID(id);
    }

    private static void describe(PDDocument document, DocumentInfo info) {
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setSubject(info.subject());
        information.setCreator(PACKPRESS);
        information.setProducer(PACKPRESS);
        if (info.dated() != null) {
            GregorianCalendar date = GregorianCalendar.from(info.dated().toZonedDateTime());
            information.setCreationDate(date);
            information.setModificationDate(date);
        }
        document.setDocumentInformation(information);
    }

    /** The first 16 bytes of a SHA-256 of the metadata and of every page's content streams as stored. */
    private static byte[] contentDigest(PDDocument document, DocumentInfo info) throws IOException {
        MessageDigest digest = Hashes.sha256Digest();
        digest.update(info.toString().getBytes(StandardCharsets.UTF_8));
        byte[] buffer = new byte[16 * 1024];
        for (PDPage page : document.getPages()) {
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
                try (InputStream in = streams.next().getCOSObject().createRawInputStream()) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        }
        return Arrays.copyOf(digest.digest(), 16);
    }
}
