package org.packpress.ingest.word;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
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
 * Word papers ({@code .docx}, {@code .odt}) to tagged PDF (PDF/A-2 with PDF/UA, completed to claim PDF/A-2a by
 * {@link ConvertedWordPdf}, so that a paper its author made accessible stays accessible in its pack),
 * by a headless LibreOffice (Debian package {@code libreoffice-writer-nogui}) driven through JODConverter.
 * LibreOffice is started on the first conversion, listens on the loopback interface only (a free port is
 * chosen), and is stopped with the application. A document that is not a well-formed package of its kind
 * is refused before LibreOffice sees it, so that a damaged file is never "converted" as plain text; so is one
 * with tracked changes, and comments are left out ({@link WordPackage}).
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

    private static final Map<String, Kind> KINDS = Map.of(
            "docx", new Kind("docx", WordPackage.Format.DOCX, "MS Word 2007 XML"),
            "odt", new Kind("odt", WordPackage.Format.ODT, "writer8"));

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
            throw new WordConversionException("is not a .docx or .odt document");
        }
        byte[] prepared = WordPackage.prepare(kind.format(), document, maxUnpackedSize);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            LocalConverter.builder().officeManager(office())
                    .loadProperty("FilterName", kind.importFilter())
                    .storeProperty("FilterData", Map.of("UseTaggedPDF", true, "PDFUACompliance", true,
                            "SelectPdfVersion", 2, "ExportBookmarks", true, "ExportFormFields", false))
                    .build()
                    .convert(new ByteArrayInputStream(prepared)).as(kind.documentFormat())
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
