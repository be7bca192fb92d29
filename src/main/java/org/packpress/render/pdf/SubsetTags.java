package org.packpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.packpress.common.Hashes;

/**
 * The tags of subset fonts ({@code ABCDEF+DejaVuSans}) taken from the subset's own bytes. JasperReports' PDF
 * library draws them at random, so a paper exported twice from the same content differed in its font names, and
 * a document built again with nothing changed looked like a new version. A tag must tell different subsets of
 * one font apart (ISO 32000-1, 9.6.4); a digest of the embedded program does, and is the same for the same subset.
 */
final class SubsetTags {

    private static final Pattern TAGGED = Pattern.compile("([A-Z]{6})\\+(.*)");
    private static final List<COSName> FONT_FILES = List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3);

    private SubsetTags() {
    }

    /** Renames every embedded subset font of the document after the digest of its font program. */
    static void fromContent(PDDocument document) throws IOException {
        Map<String, String> renamed = new HashMap<>();
        for (COSDictionary descriptor : dictionaries(document, COSName.FONT_DESC)) {
            Matcher name = TAGGED.matcher(descriptor.getNameAsString(COSName.FONT_NAME, ""));
            COSStream program = program(descriptor);
            if (name.matches() && program != null) {
                String tag = tagOf(program);
                renamed.put(name.group(1), tag);
                descriptor.setName(COSName.FONT_NAME, tag + "+" + name.group(2));
            }
        }
        for (COSDictionary font : dictionaries(document, COSName.FONT)) {
            Matcher name = TAGGED.matcher(font.getNameAsString(COSName.BASE_FONT, ""));
            if (name.matches() && renamed.containsKey(name.group(1))) {
                font.setName(COSName.BASE_FONT, renamed.get(name.group(1)) + "+" + name.group(2));
            }
        }
    }

    private static List<COSDictionary> dictionaries(PDDocument document, COSName type) {
        return document.getDocument().getObjectsByType(type).stream().map(COSObject::getObject)
                .filter(COSDictionary.class::isInstance).map(COSDictionary.class::cast).toList();
    }

    private static COSStream program(COSDictionary descriptor) {
        for (COSName key : FONT_FILES) {
            if (descriptor.getDictionaryObject(key) instanceof COSStream stream) {
                return stream;
            }
        }
        return null;
    }

    /** Six capitals from a SHA-256 of the program as stored. */
    private static String tagOf(COSStream program) throws IOException {
        byte[] digest;
        try (InputStream in = program.createRawInputStream()) {
            digest = Hashes.sha256Digest().digest(in.readAllBytes());
        }
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(digest[i], 26)));
        }
        return tag.toString();
    }
}
