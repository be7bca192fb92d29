package org.packpress.ingest.word;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.packpress.common.PackPressProperties;
import org.packpress.render.pdf.ConvertedWordPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Word papers ({@code .docx}, {@code .odt}, {@code .doc}, {@code .rtf}) to tagged PDF (PDF/A-2 with PDF/UA, completed
 * to claim PDF/A-2a by {@link ConvertedWordPdf}, so that a paper its author made accessible stays accessible in its pack),
 * by a headless LibreOffice (Debian package {@code libreoffice-writer-nogui}) driven through JODConverter.
 * LibreOffice is started on the first conversion, listens on the loopback interface only (a free port is
 * chosen), and is stopped with the application. A document that is not a well-formed package of its kind
 * is refused before LibreOffice sees it, so that a damaged file is never "converted" as plain text; so is one
 * with tracked changes, and comments are left out ({@link WordPackage}). A {@code .doc} or {@code .rtf} has no
 * package: it must start as its kind does, and LibreOffice saves it as a {@code .docx} first, which those checks
 * then read, so that it is refused, or converted, as the same paper saved as {@code .docx} would be.
 */
@Component
public class WordConverter {

    private static final Logger LOG = LoggerFactory.getLogger(WordConverter.class);

    /** A kind of Word document: its extension, its package, LibreOffice's import filter. */
    private record Kind(String extension, WordPackage.Format format, String importFilter) {

        /**
         * JODConverter's format; looked up only when converting, since its registry is read from JSON when
         * first used, which every command's start-up would otherwise pay.
         */
        DocumentFormat documentFormat() {
            return DefaultDocumentFormatRegistry.getFormatByExtension(extension);
        }
    }

    private static final Kind DOCX = new Kind("docx", WordPackage.Format.DOCX, "MS Word 2007 XML");
    private static final Kind DOC = new Kind("doc", null, "MS Word 97");
    private static final Kind RTF = new Kind("rtf", null, "Rich Text Format");

    /** The kinds by extension; a .doc or .rtf ({@code format} null) is told apart by its first bytes. */
    private static final Map<String, Kind> KINDS = Map.of("docx", DOCX,
            "odt", new Kind("odt", WordPackage.Format.ODT, "writer8"), "doc", DOC, "rtf", RTF);

    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    private final String officeHome;
    private final Duration timeout;
    private final long maxUnpackedSize;
    private OfficeManager office;

    @Autowired
    public WordConverter(PackPressProperties properties) {
        this(properties.word(), properties.input());
    }

    public WordConverter(PackPressProperties.Word word, PackPressProperties.Input input) {
        this.officeHome = word.officeHome();
        this.timeout = word.timeout();
        this.maxUnpackedSize = input.maxUnpackedSize().toBytes();
    }

    /** Whether a file name is of a document this converter takes. */
    public static boolean converts(String fileName) {
        return KINDS.containsKey(extension(fileName));
    }

    /**
     * @param fileName the document's name, for its kind (and nothing else)
     * @param title the paper's title, for a PDF whose document properties have none
     * @return the PDF's bytes
     * @throws WordConversionException naming the reason: not a well-formed document, tracked changes, LibreOffice missing,
     *     the conversion failed or took longer than {@code packpress.word.timeout}
     */
    public byte[] toPdf(String fileName, String title, byte[] document) {
        Kind kind = KINDS.get(extension(fileName));
        if (kind == null) {
            throw new WordConversionException("is not a .docx, .odt, .doc or .rtf document");
        }
        boolean legacy = kind.format() == null;
        Kind converted = legacy ? DOCX : kind;
        byte[] prepared = WordPackage.prepare(converted.format(), legacy ? asDocx(legacyKind(document), document)
                : document, maxUnpackedSize);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            LocalConverter.builder().officeManager(office())
                    .loadProperty("FilterName", converted.importFilter())
                    .storeProperty("FilterData", Map.of("UseTaggedPDF", true, "PDFUACompliance", true,
                            "SelectPdfVersion", 2, "ExportBookmarks", true, "ExportFormFields", false))
                    .build()
                    .convert(new ByteArrayInputStream(prepared)).as(converted.documentFormat())
                    .to(pdf).as(DefaultDocumentFormatRegistry.PDF)
                    .execute();
        } catch (OfficeException e) {
            throw new WordConversionException("LibreOffice could not convert it (" + reason(e) + ")", e);
        }
        if (pdf.size() == 0) {
            throw new WordConversionException("LibreOffice produced no PDF");
        }
        return ConvertedWordPdf.complete(pdf.toByteArray(), title);
    }

    private byte[] asDocx(Kind kind, byte[] document) {
        return SavedAsDocx.of(document, kind.extension(), kind.importFilter(), officeHome, timeout);
    }

    /**
     * A .doc or .rtf by what its first bytes say it is (a rich text saved with the name .doc is common), so that
     * LibreOffice never takes a damaged or other file for plain text.
     */
    private static Kind legacyKind(byte[] document) {
        if (document.length >= OLE2_SIGNATURE.length
                && Arrays.equals(document, 0, OLE2_SIGNATURE.length, OLE2_SIGNATURE, 0, OLE2_SIGNATURE.length)) {
            return DOC;
        }
        if (new String(document, 0, Math.min(5, document.length), StandardCharsets.US_ASCII).equals("{\\rtf")) {
            return RTF;
        }
        throw new WordConversionException("is not a readable Word 97–2003 document (.doc) or rich text (.rtf): it"
                + " starts as neither does");
    }

    private synchronized OfficeManager office() {
        if (office != null) {
            return office;
        }
        LocalOfficeManager.Builder builder = LocalOfficeManager.builder().hostName("127.0.0.1")
                .portNumbers(freeLoopbackPort()).taskExecutionTimeout(timeout.toMillis())
                .processTimeout(timeout.toMillis());
        if (!officeHome.isBlank()) {
            builder.officeHome(officeHome);
        }
        OfficeManager started;
        try {
            started = builder.build();
            started.start();
        } catch (OfficeException | IllegalStateException | IllegalArgumentException e) {
            throw new WordConversionException("LibreOffice cannot be started (" + reason(e)
                    + "); install the Debian package libreoffice-writer-nogui", e);
        }
        LOG.info("LibreOffice started for Word papers");
        office = started;
        return office;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for LibreOffice", e);
        }
    }

    private String reason(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return "it took longer than " + timeout.toSeconds() + " s";
            }
            root = t;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String extension(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf('.') + 1);
    }

    @PreDestroy
    synchronized void stop() {
        if (office != null) {
            try {
                office.stop();
            } catch (OfficeException e) {
                LOG.warn("LibreOffice did not stop cleanly: {}", e.getMessage());
            }
            office = null;
        }
    }
}
