package org.packpress.render.text;

/** Letters and Roman numerals for the markers of nested numbered lists. */
final class ListNumbers {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private ListNumbers() {
    }

    /** 1 → a, 26 → z, 27 → aa. */
    static String letter(int n) {
        StringBuilder out = new StringBuilder();
        for (int rest = Math.max(n, 1); rest > 0; rest = (rest - 1) / 26) {
            out.insert(0, (char) ('a' + (rest - 1) % 26));
        }
        return out.toString();
    }

    /** 1 → i, 4 → iv, 14 → xiv. */
    static String roman(int n) {
        StringBuilder out = new StringBuilder();
        int rest = Math.max(n, 1);
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(NUMERALS[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }
}
