package org.packpress.accessibility;

/** WCAG 2.1's contrast ratio of two sRGB colours (1 to 21; AA asks 4.5 for normal text). */
public final class WcagContrast {

    public static final double AA_TEXT = 4.5;

    private WcagContrast() {
    }

    /** @param rgb1 red, green, blue 0–255 */
    public static double ratio(int[] rgb1, int[] rgb2) {
        double a = luminance(rgb1);
        double b = luminance(rgb2);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** "#1F3D7A" as red, green, blue. */
    public static int[] hex(String colour) {
        int value = Integer.parseInt(colour.replace("#", ""), 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
