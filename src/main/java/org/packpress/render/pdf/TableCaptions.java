package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSDictionary;

/**
 * A table's caption ("Table 1. …" under a report's table) is the Caption of its Table, the last of its kids, so a
 * screen reader gives it with the table instead of as a paragraph after it. The layout marks the caption's text
 * ({@link ContentMarks}); {@link TableStructure} moves the marked element into the table before it.
 */
public final class TableCaptions {

    private static final String PREFIX = "packpress-caption";

    private final ContentMarks marks = new ContentMarks(PREFIX);

    /** The ActualText that marks a layout's caption of the table printed just before it. */
    public static String mark() {
        return PREFIX + " table";
    }

    /** Takes a caption's mark off a marked-content sequence's properties, noting it for the page. */
    void take(COSDictionary page, COSDictionary properties) {
        marks.take(page, properties);
    }

    /** Whether a structure element holds a marked caption. */
    boolean isCaption(COSDictionary element) {
        return marks.of(element) != null;
    }
}
