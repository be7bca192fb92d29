package org.packpress.model.style;

/**
 * Font and sizes of every layout.
 *
 * @param fontFamily a font family packaged with PackPress ("DejaVu Sans", "Liberation Sans")
 * @param baseSize the size of body text in points
 * @param headingScale how much larger each heading level is than the one below (1.2 → 10, 12, 14.4)
 */
public record Typography(String fontFamily, Float baseSize, Float headingScale) {

    public static final Typography DEFAULT = new Typography(null, null, null);

    public Typography {
        fontFamily = HouseStyle.or(fontFamily, "DejaVu Sans");
        baseSize = HouseStyle.or(baseSize, 10f);
        headingScale = HouseStyle.or(headingScale, 1.2f);
    }
}
