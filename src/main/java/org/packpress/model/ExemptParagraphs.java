package org.packpress.model;

/**
 * The exempt-information rule: an item held in private names the paragraph of Part 1 of Schedule 12A
 * to the Local Government Act 1972 that makes it exempt, one of paragraphs 1 to 7. Used by the agenda
 * and the minutes imports alike.
 */
public final class ExemptParagraphs {

    public static final int FIRST = 1;
    public static final int LAST = 7;

    private ExemptParagraphs() {
    }

    /** Whether the value names a paragraph; null (a public item) is always allowed. */
    public static boolean isValid(Integer paragraph) {
        return paragraph == null || (paragraph >= FIRST && paragraph <= LAST);
    }

    /** Why a value is not a paragraph, for error messages. */
    public static String problem(Integer paragraph) {
        return paragraph + " is not a paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 ("
                + FIRST + " to " + LAST + ")";
    }
}
