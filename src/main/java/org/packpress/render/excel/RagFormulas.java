package org.packpress.render.excel;

import java.util.ArrayList;
import java.util.List;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Rag;

/**
 * The {@link Rag} rule as spreadsheet formulas, generated from {@link Rag#of} for every direction and
 * every sign of the change, so that the workbook recalculates exactly what the model computes. The
 * change and direction are cell references; the direction cell holds {@link Direction#label()}.
 */
final class RagFormulas {

    private static final int[] SIGNS = {1, 0, -1};

    private RagFormulas() {
    }

    /** The colour's label, or "" when the change cell is empty. */
    static String label(String change, String direction) {
        StringBuilder formula = new StringBuilder("IF(" + change + "=\"\",\"\",");
        Direction[] directions = Direction.values();
        for (Direction d : directions) {
            formula.append("IF(").append(direction).append("=\"").append(d.label()).append("\",")
                    .append(bySign(change, d)).append(',');
        }
        formula.append("\"\"").append(")".repeat(directions.length)).append(')');
        return formula.toString();
    }

    /** A condition that is true when the rule gives this colour (for a conditional format). */
    static String condition(Rag colour, String change, String direction) {
        List<String> cases = new ArrayList<>();
        for (Direction d : Direction.values()) {
            for (int sign : SIGNS) {
                if (Rag.of(sign, d) == colour) {
                    cases.add("AND(" + direction + "=\"" + d.label() + "\"," + change + compare(sign) + ")");
                }
            }
        }
        return "AND(" + change + "<>\"\",OR(" + String.join(",", cases) + "))";
    }

    private static String bySign(String change, Direction d) {
        return "IF(" + change + ">0,\"" + Rag.of(1, d).label() + "\",IF(" + change + "<0,\"" + Rag.of(-1, d).label()
                + "\",\"" + Rag.of(0, d).label() + "\"))";
    }

    private static String compare(int sign) {
        return sign > 0 ? ">0" : sign < 0 ? "<0" : "=0";
    }
}
