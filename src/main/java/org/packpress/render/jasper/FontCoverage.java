package org.packpress.render.jasper;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which characters of a text an embedded font family cannot print, nor DejaVu Sans, which sets what another family
 * lacks ({@link StyleSheets#FONTS}). JasperReports leaves such a character out of the PDF without a trace (an emoji,
 * a script no embedded font covers), so a paper would lose it unseen.
 */
public final class FontCoverage {

    private static final Map<String, List<Font>> FACES = new ConcurrentHashMap<>();

    private FontCoverage() {
    }

    /** The family that sets what the others lack, in the font sets of {@link StyleSheets#FONTS}. */
    public static final String FALLBACK = "DejaVu Sans";

    /**
     * The characters of {@code text} that neither the family nor its fallback can print in both their regular and
     * bold faces, each once, in order.
     */
    public static List<Integer> missing(String family, String text) {
        List<Integer> missing = new ArrayList<>();
        text.codePoints().filter(c -> c > '~' && shown(c)).distinct().forEach(c -> {
            if (!prints(family, c) && !prints(FALLBACK, c)) {
                missing.add(c);
            }
        });
        return missing;
    }

    private static boolean prints(String family, int c) {
        return faces(family).stream().allMatch(face -> face.canDisplay(c));
    }

    /** Not a control, a format character (a soft hyphen, a joiner), a space or a variation selector: one printed. */
    private static boolean shown(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c) && !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0100 && c <= 0xE01EF);
    }

    private static List<Font> faces(String family) {
        return FACES.computeIfAbsent(family, name -> List.of(TextWidths.font(name, false, 10),
                TextWidths.font(name, true, 10)));
    }
}
