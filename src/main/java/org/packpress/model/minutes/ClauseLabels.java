package org.packpress.model.minutes;

import org.packpress.model.style.MinutesStyle;

/**
 * The labels of resolution clauses in each house style: the numeral of a clause or sub-clause ("ii", "b",
 * "2"; "a", "i") and its printed label with punctuation ("ii.", "b)", "2."; "a.", "i.").
 */
public final class ClauseLabels {

    private ClauseLabels() {
    }

    /** The printed label of the {@code n}th clause (from 1): "ii.", "b)", "2.". */
    public static String clause(MinutesStyle.ClauseLabels labels, int n) {
        return numeral(labels, 1, n) + (labels == MinutesStyle.ClauseLabels.LETTER_THEN_ROMAN ? ")" : ".");
    }

    /** The printed label of the {@code n}th sub-clause (from 1) of a clause: "a.", "i.". */
    public static String subClause(MinutesStyle.ClauseLabels labels, int n) {
        return numeral(labels, 2, n) + ".";
    }

    /**
     * The numeral of the {@code n}th clause ({@code level} 1) or sub-clause ({@code level} 2), without
     * punctuation: what a reference such as "774 ii" or "43 c i" is made of.
     */
    public static String numeral(MinutesStyle.ClauseLabels labels, int level, int n) {
        return switch (kind(labels, level)) {
            case ROMAN -> RomanNumerals.of(n);
            case LETTER -> letter(n);
            case NUMBER -> Integer.toString(n);
        };
    }

    /** The position (from 1) a numeral of a level stands for, or -1 when it is not one of that level's numerals. */
    public static int position(MinutesStyle.ClauseLabels labels, int level, String numeral) {
        return switch (kind(labels, level)) {
            case ROMAN -> RomanNumerals.parse(numeral);
            case LETTER -> numeral.matches("[a-z]") ? numeral.charAt(0) - 'a' + 1 : -1;
            case NUMBER -> numeral.matches("[1-9][0-9]?") ? Integer.parseInt(numeral) : -1;
        };
    }

    private enum Kind {
        ROMAN, LETTER, NUMBER
    }

    private static Kind kind(MinutesStyle.ClauseLabels labels, int level) {
        return switch (labels) {
            case ROMAN_THEN_LETTER -> level == 1 ? Kind.ROMAN : Kind.LETTER;
            case LETTER_THEN_ROMAN -> level == 1 ? Kind.LETTER : Kind.ROMAN;
            case NUMBER_THEN_LETTER -> level == 1 ? Kind.NUMBER : Kind.LETTER;
        };
    }

    private static String letter(int n) {
        if (n < 1 || n > 26) {
            throw new IllegalArgumentException("No clause letter for " + n);
        }
        return String.valueOf((char) ('a' + n - 1));
    }
}
