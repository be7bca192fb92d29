package org.packpress.model.minutes;

import org.packpress.model.style.MinutesStyle;

/** The printed labels of resolution clauses in each house style: "ii.", "b)", "2." and their sub-clauses. */
public final class ClauseLabels {

    private ClauseLabels() {
    }

    /** The label of the {@code n}th clause (from 1). */
    public static String clause(MinutesStyle.ClauseLabels labels, int n) {
        return switch (labels) {
            case ROMAN_THEN_LETTER -> RomanNumerals.of(n) + ".";
            case LETTER_THEN_ROMAN -> letter(n) + ")";
            case NUMBER_THEN_LETTER -> n + ".";
        };
    }

    /** The label of the {@code n}th sub-clause (from 1) of a clause. */
    public static String subClause(MinutesStyle.ClauseLabels labels, int n) {
        return switch (labels) {
            case ROMAN_THEN_LETTER, NUMBER_THEN_LETTER -> letter(n) + ".";
            case LETTER_THEN_ROMAN -> RomanNumerals.of(n) + ".";
        };
    }

    private static char letter(int n) {
        return (char) ('a' + n - 1);
    }
}
