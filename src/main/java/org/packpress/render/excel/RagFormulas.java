package org.packpress.render.excel;

import java.util.ArrayList;
import java.util.List;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Rag;

/**
 * The {@link Rag} rule as spreadsheet formulas, generated from {@link Rag#of} for every direction and
 * every sign of the change, so that the workbook recalculates exactly what the model computes. The
 * change and direction are cell references; the direction cell holds the direction's word and the formula gives
 * the colour's, both the workbook's ({@link WorkbookLabels#word}).
 */
final class RagFormulas {

    private static final int[] SIGNS = {1, 0, -1};

    private RagFormulas() {
    }

    /** The colour's word, or "" when the change cell is empty. */
    static String label(String change, String direction, WorkbookLabels words) {
        StringBuilder formula = new StringBuilder("IF(" + change + "=\"\",\"\",");
        Direction[] directions = Direction.values();
        for (Direction d : directions) {
            formula.append("IF(").append(direction).append('=').append(text(words.word(d))).append(',')
                    .append(bySign(change, d, words)).append(',');
        }
        formula.append("\"\"").append(")".repeat(directions.length)).append(')');
        return formula.toString();
    }

    /** A condition that is true when the rule gives this colour (for a conditional format). */
    static String condition(Rag colour, String change, String direction, WorkbookLabels words) {
        List<String> cases = new ArrayList<>();
        for (Direction d : Direction.values()) {
            for (int sign : SIGNS) {
                if (Rag.of(sign, d) == colour) {
                    cases.add("AND(" + direction + "=" + text(words.word(d)) + "," + change + compare(sign) + ")");
                }
            }
        }
        return "AND(" + change + "<>\"\",OR(" + String.join(",", cases) + "))";
    }

    /** A word as a formula's text: {@code "Partly met"}, a quotation mark in it doubled. */
    static String text(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }

    private static String bySign(String change, Direction d, WorkbookLabels words) {
        return "IF(" + change + ">0," + text(words.word(Rag.of(1, d))) + ",IF(" + change + "<0,"
                + text(words.word(Rag.of(-1, d))) + "," + text(words.word(Rag.of(0, d))) + "))";
    }

    private static String compare(int sign) {
        return sign > 0 ? ">0" : sign < 0 ? "<0" : "=0";
    }
}
