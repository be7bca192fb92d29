package org.packpress.ingest.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A Word document's package (a .docx or .odt is a zip file of XML parts) as LibreOffice is given it. It must open as
 * a package of its kind, holding its main part. Tracked changes are refused: LibreOffice prints them, struck through
 * and underlined, so the pack would show deleted wording as if it were the paper's (and a screen reader would read
 * it as such); the author accepts or rejects them first. Comments are left out: they are notes on the paper, not
 * part of it, and LibreOffice without its user interface (the Debian {@code -nogui} packages) stops with a fatal
 * error when it lays out a document that has them.
 */
final class WordPackage {

    /** A kind of package: the part it must hold, its parts of text, and how a tracked change and a comment look. */
    enum Format {
        DOCX("Word document (.docx)", "word/document.xml", Pattern.compile("word/[^/]+\\.xml"),
                Pattern.compile("<w:(?:ins|del|moveFrom|moveTo)[\\s>/]"),
                Pattern.compile("<w:comment(?:RangeStart|RangeEnd|Reference)\\b[^>]*/>")),
        ODT("OpenDocument text (.odt)", "content.xml", Pattern.compile("content\\.xml|styles\\.xml"),
                Pattern.compile("<text:changed-region[\\s>]"),
                Pattern.compile("<office:annotation(?=[\\s>/])(?:[^>]*/>|.*?</office:annotation>)|<office:annotation-end\\b[^>]*/>",
                        Pattern.DOTALL));

        private final String description;
        private final String mainPart;
        private final Pattern textParts;
        private final Pattern trackedChange;
        private final Pattern comment;

        Format(String description, String mainPart, Pattern textParts, Pattern trackedChange, Pattern comment) {
            this.description = description;
            this.mainPart = mainPart;
            this.textParts = textParts;
            this.trackedChange = trackedChange;
            this.comment = comment;
        }
    }

    private WordPackage() {
    }

    /**
     * @param limit the most its parts may unpack to, in all
     * @return the document to convert: as it came, or without its comments
     * @throws WordConversionException when it is not a readable package of its kind, unpacks to more than the limit,
     *     or has tracked changes
     */
    static byte[] prepare(Format format, byte[] document, long limit) {
        Map<String, byte[]> parts = read(format, document, limit);
        if (!parts.containsKey(format.mainPart)) {
            throw unreadable(format, parts.isEmpty() ? "it is not a document package" : "the package has no " + format.mainPart);
        }
        int changes = 0;
        boolean commented = false;
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (format.textParts.matcher(part.getKey()).matches()) {
                String xml = new String(part.getValue(), StandardCharsets.UTF_8);
                changes += count(format.trackedChange.matcher(xml));
                commented |= format.comment.matcher(xml).find();
            }
        }
        if (changes > 0) {
            throw new WordConversionException("has tracked changes (" + changes + "): accept or reject them in the"
                    + " word processor (Review, Accept or Reject) and attach it again, so that the pack shows the final"
                    + " text and not deleted wording");
        }
        return commented ? withoutComments(format, parts) : document;
    }

    private static Map<String, byte[]> read(Format format, byte[] document, long limit) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(document))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit - unpacked + 1));
                unpacked += bytes.length;
                if (unpacked > limit) {
                    throw unreadable(format, "its parts unpack to more than " + limit / (1024 * 1024) + " MB");
                }
                parts.put(entry.getName(), bytes);
            }
        } catch (IOException e) {
            throw unreadable(format, "the package is damaged (" + e.getMessage() + ")");
        }
        return parts;
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    /** The package again, its text parts without the comments' marks (an OpenDocument's mimetype first, stored). */
    private static byte[] withoutComments(Format format, Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                byte[] content = part.getValue();
                if (format.textParts.matcher(part.getKey()).matches()) {
                    content = format.comment.matcher(new String(content, StandardCharsets.UTF_8)).replaceAll("")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(entry(part.getKey(), content));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ZipEntry entry(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        if (name.equals("mimetype")) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }

    private static WordConversionException unreadable(Format format, String reason) {
        return new WordConversionException("is not a readable " + format.description + ": " + reason);
    }
}
