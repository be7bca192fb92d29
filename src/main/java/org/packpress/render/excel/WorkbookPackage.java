package org.packpress.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Supplier;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.packpress.common.AtomicFiles;
import org.packpress.common.BuildFolders;
import org.packpress.render.DocumentInfo;
import org.packpress.render.text.StyledText;

/**
 * The last step of every workbook PackPress writes: the package POI wrote, with PackPress's own core
 * properties (title, the body as creator, subject, and the workbook's date) and every zip entry stamped with
 * that date. POI stamps entries with the time of writing and the properties with the time the workbook was
 * made, so a workbook written twice from the same data differed, and looked like a new version. The other
 * entries are copied as compressed, not compressed again.
 */
public final class WorkbookPackage {

    private static final String CORE = "docProps/core.xml";

    private WorkbookPackage() {
    }

    /**
     * Writes the workbook {@code workbook} makes to {@code out}, finished.
     *
     * @param info the workbook's metadata and date, asked for once the workbook is written (a writer that hashes
     *     its inputs while it writes knows the date only then)
     */
    public static void write(AtomicFiles.Writer workbook, Supplier<DocumentInfo> info, OutputStream out)
            throws IOException {
        Path work = BuildFolders.create();
        try {
            Path written = work.resolve("workbook.xlsx");
            try (OutputStream file = Files.newOutputStream(written)) {
                workbook.writeTo(file);
            }
            finish(written, info.get(), out);
        } finally {
            BuildFolders.delete(work);
        }
    }

    private static void finish(Path written, DocumentInfo info, OutputStream out) throws IOException {
        long time = info.dated().toInstant().toEpochMilli();
        boolean described = false;
        try (ZipFile zip = ZipFile.builder().setPath(written).get();
                ZipArchiveOutputStream copy = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry stamped = new ZipArchiveEntry(entry.getName());
                stamped.setTime(time);
                stamped.setMethod(entry.getMethod());
                if (entry.getName().equals(CORE)) {
                    copy.putArchiveEntry(stamped);
                    copy.write(coreProperties(info).getBytes(StandardCharsets.UTF_8));
                    copy.closeArchiveEntry();
                    described = true;
                } else {
                    stamped.setCrc(entry.getCrc());
                    stamped.setSize(entry.getSize());
                    stamped.setCompressedSize(entry.getCompressedSize());
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        copy.addRawArchiveEntry(stamped, raw);
                    }
                }
            }
        }
        if (!described) {
            throw new IllegalStateException("The workbook has no " + CORE);
        }
    }

    private static String coreProperties(DocumentInfo info) {
        String date = info.dated().toInstant().toString();
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
                <dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:subject>%s</dc:subject>\
                <dc:language>%s</dc:language>\
                <dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>\
                <dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>\
                </cp:coreProperties>""".formatted(StyledText.escape(info.title()), StyledText.escape(info.author()), StyledText.escape(info.subject()),
                info.language(), date, date);
    }
}
