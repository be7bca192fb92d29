package org.packpress.checks;

import java.util.Locale;

/** Compares titles as a reader would: case, dashes, "&" against "and" and punctuation do not count. */
public final class Titles {

    private Titles() {
    }

    public static String normalised(String title) {
        if (title == null) {
            return "";
        }
        return title.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    public static boolean same(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    /** Whether {@code text} contains {@code part} as whole words, compared as titles. */
    public static boolean contains(String text, String part) {
        String p = normalised(part);
        return !p.isEmpty() && (" " + normalised(text) + " ").contains(" " + p + " ");
    }
}
