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
 * error when it lays out a document that has them. Bullets drawn from a symbol font's private characters become the
 * Unicode characters they show.
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

    private static final Pattern PRIVATE_BULLET = Pattern.compile("(<w:lvlText w:val=\"|text:bullet-char=\")([\uF000-\uF0FF])\"");

    /** Symbol's and Wingdings' bullets that Word offers, as the characters they draw. */
    private static final Map<Character, String> UNICODE_BULLETS = Map.of('\uF0B7', "\u2022", '\uF0A7', "\u25AA",
            '\uF0D8', "\u27A2", '\uF0FC', "\u2713", '\uF06E', "\u25A0", '\uF076', "\u2756");

    private WordPackage() {
    }

    /**
     * @param limit the most its parts may unpack to, in all
     * @return the document to convert: as it came, or without its comments and with Unicode bullets
     * @throws WordConversionException when it is not a readable package of its kind, unpacks to more than the limit,
     *     or has tracked changes
     */
    static byte[] prepare(Format format, byte[] document, long limit) {
        Map<String, byte[]> parts = read(format, document, limit);
        if (!parts.containsKey(format.mainPart)) {
            throw unreadable(format, parts.isEmpty() ? "it is not a document package" : "the package has no " + format.mainPart);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        parts.forEach((name, content) -> {
            if (format.textParts.matcher(name).matches()) {
                texts.put(name, new String(content, StandardCharsets.UTF_8));
            }
        });
        long changes = texts.values().stream().mapToLong(xml -> format.trackedChange.matcher(xml).results().count()).sum();
        if (changes > 0) {
            throw new WordConversionException("has tracked changes (" + changes + "): accept or reject them in the"
                    + " word processor (Review, Accept or Reject) and attach it again, so that the pack shows the final"
                    + " text and not deleted wording");
        }
        Map<String, byte[]> rewritten = new LinkedHashMap<>(parts);
        boolean changed = false;
        for (Map.Entry<String, String> text : texts.entrySet()) {
            String plain = withUnicodeBullets(format.comment.matcher(text.getValue()).replaceAll(""));
            if (!plain.equals(text.getValue())) {
                rewritten.put(text.getKey(), plain.getBytes(StandardCharsets.UTF_8));
                changed = true;
            }
        }
        return changed ? zip(rewritten) : document;
    }

    /**
     * A list's bullet written as a symbol font's private character (Word's "" in Symbol, "" in Wingdings) as the
     * Unicode character it shows: text in the PDF must not map to the private use area (PDF/A-2a 6.2.11.7.3).
     */
    private static String withUnicodeBullets(String xml) {
        Matcher bullet = PRIVATE_BULLET.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (bullet.find()) {
            String unicode = UNICODE_BULLETS.getOrDefault(bullet.group(2).charAt(0), bullet.group(2));
            bullet.appendReplacement(out, Matcher.quoteReplacement(bullet.group(1) + unicode + "\""));
        }
        bullet.appendTail(out);
        return out.toString();
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

    /** The package again (an OpenDocument's mimetype first, stored). */
    private static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(entry(part.getKey(), part.getValue()));
                zip.write(part.getValue());
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
