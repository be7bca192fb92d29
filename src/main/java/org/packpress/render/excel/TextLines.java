package org.packpress.render.excel;

/**
 * How many lines a wrapped cell's text takes in a column of a given width, so that rows can be given the
 * height their text needs: neither Excel nor LibreOffice grows a row written without a height, and a header
 * that wraps would otherwise run into the row below.
 */
public final class TextLines {

    /** The height of one line of 11-point text, in points. */
    public static final float LINE_HEIGHT = 13.5f;

    /** Characters of 11-point text are about this much wider than the column's unit (a digit) on average. */
    private static final double CHARACTER_WIDTH = 1.1;

    private TextLines() {
    }

    /**
     * @param width the column's width in characters (as in {@code setColumnWidth(c, width * 256)})
     * @return the lines the text wraps to, words kept whole where they fit (at least 1)
     */
    public static int count(String text, int width) {
        double room = width / CHARACTER_WIDTH;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double length = word.length();
                if (used > 0 && used + 1 + length > room) {
                    lines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + length;
                while (used > room) { // a word longer than the column breaks where it must
                    lines++;
                    used -= room;
                }
            }
        }
        return lines;
    }

    /** The height in points of a row whose tallest cell has this many lines. */
    public static float height(int lines) {
        return lines * LINE_HEIGHT + 2;
    }
}
