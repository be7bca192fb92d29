package org.packpress.model;

/**
 * The agenda item-number format, for import, checks and rendering: "1" … "999", or a sub-item "7a".
 * Written numbers are read case-insensitively and may end in a full stop ("7A." is item 7a).
 */
public final class ItemNumbers {

    private static final String FORM = "\\d{1,3}[a-z]?";

    private ItemNumbers() {
    }

    /** The number as stored: trimmed, lower case, without a trailing full stop; null stays null. */
    public static String normalise(String written) {
        return written == null ? null : written.trim().toLowerCase().replaceFirst("\\.$", "");
    }

    /** Whether a normalised number is written as an item number. */
    public static boolean isItemNumber(String number) {
        return number != null && number.matches(FORM);
    }

    /** What an item number looks like, for error messages. */
    public static String expectedForm() {
        return "an item number such as 7 or 7a";
    }

    /** The item number without a sub-item letter: "7" for "7a". */
    public static String group(String number) {
        return number.replaceAll("[a-z]+$", "");
    }

    /**
     * Agenda order: by the group's number, then the sub-item letter ("7" before "7a" before "7b" before "8").
     * Both numbers must be {@linkplain #isItemNumber item numbers}.
     */
    public static int compare(String a, String b) {
        int byGroup = Integer.compare(Integer.parseInt(group(a)), Integer.parseInt(group(b)));
        return byGroup != 0 ? byGroup : a.substring(group(a).length()).compareTo(b.substring(group(b).length()));
    }

    /** How messages and change notes name an item: "item 7a". */
    public static String reference(String number) {
        return "item " + number;
    }
}
