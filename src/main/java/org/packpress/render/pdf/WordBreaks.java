package org.packpress.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Spaces where the text of a tagged element needs a word break that the page does not draw. JasperReports draws
 * each line of a wrapped text without the space it broke at, so the text a screen reader, a reflowing viewer or a
 * copy takes from the element ran the last word of a line into the first of the next ("can beviewed"); and the
 * fields of one line ({@link LineParts}) ran into each other. The font's own space glyph is appended to a
 * line's last text when the next line of the same marked content starts, and to the text of a line's part when
 * the next part of that line starts. It is drawn after the last glyph of its line, where it shows nothing. (Tagged PDF wants word breaks
 * as real spaces, ISO 32000-1 14.8.2.5; LaTeX's tagging inserts them in the same way.)
 *
 * <p>Whether the line broke at a space is judged from the text on both sides, as JasperReports breaks lines (Java's
 * line breaking, which also breaks after a hyphen or dash inside a word, and after a URL's dots and colons): no
 * space after a line that ends with one or before a line that starts with one, after a hyphen or dash inside a
 * word ("Williams-", "2020–"), or before a line that goes on with a slash ("https:", "//www…"). A line ending
 * with a URL's dot gets a space, as a sentence's full stop does: the two cannot be told apart. A font without a
 * space glyph in its subset gets none, since a glyph the font does not carry would break PDF/A.
 */
final class WordBreaks {

    /** Characters Java's line breaking breaks after inside a word, where the text has no space. */
    private static final String BREAKS_INSIDE_A_WORD = "-\u2010\u2011\u2013\u2014";
    /** A new line starts lower than this share of the font size below the line (a subscript does not). */
    private static final float LINE_DROP = 0.8f;

    private final PDResources resources;
    private final Map<COSName, Optional<PDFont>> fonts = new HashMap<>();
    private final Map<PDFont, Optional<byte[]>> spaces = new HashMap<>();
    private COSName font;
    private float size;
    private float lineY = Float.NaN;
    private COSBase lastShown;
    private PDFont lastShownFont;
    /** A line's last text, when the next line of its marked content has begun: its space waits for that text. */
    private COSBase lineEnd;
    private PDFont lineEndFont;
    /** The last text of the line's part that ended last. */
    private COSBase partEnd;
    private PDFont partEndFont;
    private boolean changed;

    WordBreaks(PDResources resources) {
        this.resources = resources;
    }

    /** Follows an operator of the page's content, adding a space where a line of a marked content ends. */
    void accept(List<Object> operands, String operator) {
        switch (operator) {
            case "BDC", "BMC", "EMC" -> {
                lastShown = null;
                lineEnd = null;
            }
            case "Tf" -> {
                font = operands.get(0) instanceof COSName name ? name : null;
                size = operands.size() > 1 && operands.get(1) instanceof COSNumber n ? Math.abs(n.floatValue()) : 0;
            }
            case "Tm" -> moveTo(number(operands, 5));
            case "Td", "TD" -> moveTo(lineY + number(operands, 1));
            case "Tj", "TJ", "'", "\"" -> shown(operands);
            default -> {
            }
        }
    }

    /** A text shown: the line that ended before it, if any, gets its space now that the text after it is known. */
    private void shown(List<Object> operands) {
        if (operands.isEmpty()) {
            return;
        }
        lastShown = (COSBase) operands.get(operands.size() - 1);
        lastShownFont = font(font);
        if (lineEnd != null && lastShownFont != null) {
            appendSpace(lineEnd, lineEndFont, text(lastShownFont, firstString(lastShown)));
        }
        lineEnd = null;
    }

    /** The end of a part of a line: its last text, which the line's next part, if any, is spaced from. */
    void partEnds() {
        partEnd = lastShown;
        partEndFont = lastShownFont;
        lastShown = null;
    }

    /** The start of a part of a line: after an earlier part of the same line, that part's text ends with a space. */
    void partBegins(boolean sameLine) {
        if (sameLine) {
            appendSpace(partEnd, partEndFont, "");
        }
        partEnd = null;
    }

    /** Whether a space was added to the page's content. */
    boolean changed() {
        return changed;
    }

    private void moveTo(float y) {
        if (!Float.isNaN(lineY) && y < lineY - LINE_DROP * size && lastShown != null) {
            lineEnd = lastShown;
            lineEndFont = lastShownFont;
            lastShown = null;
        }
        if (Float.isNaN(lineY) || Math.abs(y - lineY) >= LINE_DROP * size) {
            lineY = y;
        }
    }

    private void appendSpace(COSBase shown, PDFont font, String next) {
        if (shown == null || font == null) {
            return;
        }
        COSString last = shown instanceof COSString string ? string : lastString(shown);
        byte[] space = last == null ? null : space(font).orElse(null);
        if (space == null || !wantsSpaceBetween(text(font, last.getBytes()), next)) {
            return;
        }
        if (shown instanceof COSArray array) {
            array.add(new COSString(space));
        } else {
            byte[] bytes = last.getBytes();
            byte[] longer = Arrays.copyOf(bytes, bytes.length + space.length);
            System.arraycopy(space, 0, longer, bytes.length, space.length);
            last.setValue(longer);
        }
        changed = true;
    }

    private static COSString lastString(COSBase shown) {
        if (shown instanceof COSArray array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.getObject(i) instanceof COSString string) {
                    return string;
                }
            }
        }
        return null;
    }

    private static byte[] firstString(COSBase shown) {
        if (shown instanceof COSString string) {
            return string.getBytes();
        }
        if (shown instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSString string) {
                    return string.getBytes();
                }
            }
        }
        return new byte[0];
    }

    /** Whether a line (or a line's part) ending with {@code before} was broken at a space before {@code next}. */
    static boolean wantsSpaceBetween(String before, String next) {
        if (before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1))
                || !next.isEmpty() && (Character.isWhitespace(next.charAt(0)) || next.charAt(0) == '/')) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        boolean insideAWord = before.length() < 2 || !Character.isWhitespace(before.charAt(before.length() - 2));
        return !(BREAKS_INSIDE_A_WORD.indexOf(last) >= 0 && insideAWord);
    }

    private static String text(PDFont font, byte[] codes) {
        StringBuilder text = new StringBuilder();
        try (ByteArrayInputStream in = new ByteArrayInputStream(codes)) {
            while (in.available() > 0) {
                String unicode = font.toUnicode(font.readCode(in));
                text.append(unicode == null ? "\uFFFD" : unicode);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The code of the font's space, if the font maps it to U+0020 and its subset has its width. */
    private Optional<byte[]> space(PDFont font) {
        return spaces.computeIfAbsent(font, f -> {
            try {
                byte[] code = f.encode(" ");
                int value = f.readCode(new ByteArrayInputStream(code));
                return " ".equals(f.toUnicode(value)) && f.hasExplicitWidth(value) ? Optional.of(code) : Optional.empty();
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty(); // a font that cannot encode a space gets none
            }
        });
    }

    private PDFont font(COSName name) {
        if (name == null || resources == null) {
            return null;
        }
        return fonts.computeIfAbsent(name, n -> {
            try {
                return Optional.ofNullable(resources.getFont(n));
            } catch (IOException e) {
                return Optional.empty(); // text in a font that cannot be read gets no spaces
            }
        }).orElse(null);
    }

    private static float number(List<Object> operands, int index) {
        return operands.size() > index && operands.get(index) instanceof COSNumber n ? n.floatValue() : Float.NaN;
    }
}
