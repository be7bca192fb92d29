package org.packpress.documents.report;

import java.util.Arrays;
import java.util.List;
import org.packpress.render.text.StyledText;

/**
 * Column widths of a table that follow its content: each column wants room for its longest line
 * (up to a limit) and needs room for its longest word; a table spans the text width, and when it
 * cannot give every column what it wants, the room beyond the needs goes to the columns that want
 * most. Widths are
 * rounded to steps of {@value #STEP}pt so that tables of similar shape share one compiled layout.
 */
final class ColumnWidths {

    static final int STEP = 8;
    /** Cell padding left and right, plus slack for rounding down to a step. */
    private static final int PADDING = 8 + STEP;
    private static final int MINIMUM = 36;
    private static final int LONGEST_WANTED_LINE = 70;

    private ColumnWidths() {
    }

    /** How wide a text is set in the table's font and size, in points. */
    interface Measure {
        double width(String text, boolean bold);
    }

    /**
     * Widths in points for a table's cells (styled text), summing to {@code total}. Header cells wrap
     * freely: they only ask for room for their longest word, so a long heading over a column of
     * figures does not widen it. Every column needs room for its longest word set in bold (header cells
     * are bold), so no word is broken inside, unless the words of all columns together are wider than
     * the table.
     */
    static int[] of(List<String> header, List<List<String>> rows, int columns, int total, Measure measure) {
        double[] wanted = new double[columns];
        double[] needed = new double[columns];
        measure(header, columns, null, needed, measure);
        for (List<String> row : rows) {
            measure(row, columns, wanted, needed, measure);
        }
        for (int c = 0; c < columns; c++) {
            needed[c] = Math.min(Math.max(needed[c], MINIMUM), (double) total / columns * 1.5);
            wanted[c] = Math.max(wanted[c], needed[c]);
        }
        return rounded(share(wanted, needed, total), total);
    }

    private static void measure(List<String> row, int columns, double[] wanted, double[] needed, Measure measure) {
        for (int c = 0; c < columns && c < row.size(); c++) {
            String text = StyledText.plain(row.get(c));
            for (String word : text.split("\\s+")) {
                needed[c] = Math.max(needed[c], measure.width(word, true) + PADDING);
            }
            if (wanted != null) {
                for (String line : text.split("\n")) {
                    String shown = line.length() > LONGEST_WANTED_LINE ? line.substring(0, LONGEST_WANTED_LINE) : line;
                    wanted[c] = Math.max(wanted[c], measure.width(shown, false) + PADDING);
                }
            }
        }
    }

    private static double[] share(double[] wanted, double[] needed, int total) {
        double wantedSum = Arrays.stream(wanted).sum();
        double[] widths = new double[wanted.length];
        if (wantedSum <= total) {
            for (int c = 0; c < wanted.length; c++) {
                widths[c] = wanted[c] * total / wantedSum;
            }
            return widths;
        }
        double neededSum = Arrays.stream(needed).sum();
        if (neededSum >= total) {
            for (int c = 0; c < wanted.length; c++) {
                widths[c] = needed[c] * total / neededSum;
            }
            return widths;
        }
        double spare = total - neededSum;
        double extraWanted = wantedSum - neededSum;
        for (int c = 0; c < wanted.length; c++) {
            widths[c] = needed[c] + spare * (wanted[c] - needed[c]) / extraWanted;
        }
        return widths;
    }

    private static int[] rounded(double[] widths, int total) {
        int[] result = new int[widths.length];
        int sum = 0;
        for (int c = 0; c < widths.length - 1; c++) {
            result[c] = Math.max(STEP, (int) Math.round(widths[c] / STEP) * STEP);
            sum += result[c];
        }
        result[widths.length - 1] = total - sum;
        if (result[widths.length - 1] < STEP) {
            return evenly(widths.length, total);
        }
        return result;
    }

    private static int[] evenly(int columns, int total) {
        int[] result = new int[columns];
        Arrays.fill(result, total / columns);
        result[columns - 1] += total - total / columns * columns;
        return result;
    }
}
