package org.packpress.model.minutes;

/** The lower-case Roman numerals of resolution clauses: i, ii, iii, iv … */
public final class RomanNumerals {

    private static final String[] ONES = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    private static final String[] TENS = {"", "x", "xx", "xxx", "xl"};

    private RomanNumerals() {
    }

    /** 1 → "i", 14 → "xiv" (1 to 49). */
    public static String of(int n) {
        if (n < 1 || n > 49) {
            throw new IllegalArgumentException("No clause numeral for " + n);
        }
        return TENS[n / 10] + ONES[n % 10];
    }

    /** "iv" → 4, or -1 when the text is not a numeral of 1 to 49. */
    public static int parse(String numeral) {
        for (int n = 1; n <= 49; n++) {
            if (of(n).equals(numeral)) {
                return n;
            }
        }
        return -1;
    }
}
