package org.packpress.model.style;

import java.util.List;

/**
 * The type of a body's papers: one font family and a small scale of sizes, in points, which every layout
 * takes from the shared style template ({@code reports/styles.jrtx}) when a paper is filled.
 *
 * @param fontFamily one of {@link #FAMILIES}: "DejaVu Sans", or "Liberation Sans" (free, embeddable and
 *     metric-compatible with Arial, as council papers are set; a paragraph with a character it lacks is set
 *     in DejaVu Sans)
 * @param baseSize running text: minutes, reports, the front sheet's notices
 * @param smallSize tables, notes and captions (at most 10 points, so that the fixed tables' header words fit)
 * @param headingSizes the four heading levels: the front sheet's title; a paper's title; its sections;
 *     their sub-sections
 */
public record Typography(String fontFamily, Double baseSize, Double smallSize, List<Double> headingSizes) {

    /** The families PackPress embeds. */
    public static final List<String> FAMILIES = List.of("DejaVu Sans", "Liberation Sans");

    /** The number of heading levels the layouts use. */
    public static final int HEADING_LEVELS = 4;

    public static final Typography DEFAULT = new Typography(null, null, null, null);

    public Typography {
        fontFamily = Defaults.or(fontFamily, "DejaVu Sans");
        baseSize = Defaults.or(baseSize, 10.5);
        smallSize = Defaults.or(smallSize, 9.5);
        headingSizes = headingSizes == null ? List.of(16.0, 13.0, 12.0, 11.0) : List.copyOf(headingSizes);
    }

    /** The size of heading level {@code level} (1 to {@link #HEADING_LEVELS}). */
    public double headingSize(int level) {
        return headingSizes.get(level - 1);
    }
}
