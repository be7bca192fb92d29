package org.packpress.render.jasper;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Collection;
import java.util.Locale;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * The width of text set in one of the embedded font families, measured with the font's own metrics as
 * JasperReports measures it when it breaks lines, so that a layout built in code can give a word the room it
 * needs.
 */
public final class TextWidths {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextWidths() {
    }

    /**
     * @param family a family of the font extensions ("DejaVu Sans", "Liberation Sans")
     * @return the advance of {@code text} in points
     */
    public static double width(String family, boolean bold, double size, String text) {
        return font(family, bold, size).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The advance of the widest of {@code texts} in points (0 for none), the font looked up once. */
    public static double widest(String family, boolean bold, double size, Collection<String> texts) {
        Font font = font(family, bold, size);
        return texts.stream().mapToDouble(text -> font.getStringBounds(text, CONTEXT).getWidth()).max().orElse(0);
    }

    static Font font(String family, boolean bold, double size) {
        Font font = FontUtil.getInstance(JasperReportsContexts.DEFAULT).getAwtFontFromBundles(family,
                bold ? Font.BOLD : Font.PLAIN, (float) size, Locale.UK, true);
        if (font == null) {
            throw new IllegalArgumentException("No embedded font family " + family);
        }
        return font;
    }
}
