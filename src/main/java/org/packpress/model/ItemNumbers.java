package org.packpress.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agenda item numbers: the one home of how they are stored, written, read and ordered, for import, checks and
 * rendering. A number is stored as "1" … "999", or a sub-item as its item's number and a letter, "7a" … "7z" (the
 * first to the 26th sub-item of item 7). How a sub-item is written, in a body's input files and on its papers, is
 * its house style's form ({@code frontSheet.subItemNumber}): {@code {n}} the item's number, then {@code {a}} the
 * sub-item's letter or {@code {i}} its number, with a separator and a closing bracket of the body's choice:
 * {@code {n}{a}} (7a, the default), {@code {n}.{i}} (7.1), {@code {n}({a})} (7(a)). Written numbers are read
 * case-insensitively and may end in a full stop ("7A." is item 7a, "7.1." item 7.1), as a label printed
 * {@code {number}.} does.
 */
public final class ItemNumbers {

    /** The sub-item form of a body whose house style states none. */
    public static final String DEFAULT_FORM = "{n}{a}";
    /** A form: the item's number, at most one separator, the sub-item's letter or number, a closing bracket. */
    private static final Pattern FORM = Pattern.compile("\\{n}([.(/-]?)\\{([ai])}(\\)?)");
    private static final Pattern STORED = Pattern.compile("(\\d{1,3})([a-z]?)");
    /** Items are numbered up to 999. */
    private static final int ITEM_DIGITS = 3;
    private static final int SUB_ITEMS = 26;
    /** The numbers of today's papers: 7a (after the patterns, which it needs). */
    public static final ItemNumbers DEFAULT = new ItemNumbers(DEFAULT_FORM);
    /** The numbers of each form met, so that a paper's labels do not compile their pattern again. */
    private static final Map<String, ItemNumbers> FORMS = new ConcurrentHashMap<>(Map.of(DEFAULT_FORM, DEFAULT));

    private final String separator;
    private final boolean numbered;
    private final String closing;
    private final Pattern written;

    private ItemNumbers(String form) {
        if (formProblem(form) != null) {
            throw new IllegalArgumentException(formProblem(form));
        }
        Matcher m = FORM.matcher(form);
        m.matches();
        separator = m.group(1);
        numbered = m.group(2).equals("i");
        closing = m.group(3);
        written = Pattern.compile(text() + "\\.?");
    }

    /** The numbers of a form; null is the default form. A form must have no {@link #formProblem problem}. */
    public static ItemNumbers of(String form) {
        return form == null ? DEFAULT : FORMS.computeIfAbsent(form, ItemNumbers::new);
    }

    /**
     * The numbers of the house style in force on a date. A form with a problem is refused when its {@code body.yaml}
     * is imported, so only that import can meet one; it reads the default form meanwhile.
     */
    public static ItemNumbers of(Body body, LocalDate date) {
        String form = body.style(date).frontSheet().subItemNumber();
        return formProblem(form) == null ? of(form) : DEFAULT;
    }

    /** What is wrong with a sub-item form, or null when nothing is (null is the default form). */
    public static String formProblem(String form) {
        if (form == null) {
            return null;
        }
        Matcher m = FORM.matcher(form);
        if (!m.matches()) {
            return "'" + form + "' is not a sub-item form: {n} (the item's number), at most one of . ( / -, then {a}"
                    + " (the sub-item's letter) or {i} (its number), then ) after ( — such as {n}{a}, {n}.{i} or {n}({a})";
        }
        if (m.group(2).equals("i") && m.group(1).isEmpty()) {
            return "'" + form + "' runs the sub-item's number into the item's (41 would be item 4.1 or item 41):"
                    + " separate them, as in {n}.{i}";
        }
        if (m.group(1).equals("(") != m.group(3).equals(")")) {
            return "'" + form + "' must close the bracket it opens, and open the one it closes: {n}({a})";
        }
        return null;
    }

    /** The number as stored, of a number written in this form ("7.1." → "7a"), or null when it is not one. */
    public String read(String writtenNumber) {
        if (writtenNumber == null) {
            return null;
        }
        Matcher m = written.matcher(writtenNumber.trim().toLowerCase());
        if (!m.matches() || m.group(1).length() > ITEM_DIGITS) {
            return null;
        }
        if (m.group(2) == null) {
            return m.group(1);
        }
        int index = numbered ? Integer.parseInt(m.group(2)) : m.group(2).charAt(0) - 'a' + 1;
        return index > SUB_ITEMS ? null : m.group(1) + (char) ('a' + index - 1);
    }

    /** A stored number as this form writes it: "7a" → "7.1" in {@code {n}.{i}}. */
    public String written(String number) {
        Matcher m = STORED.matcher(number);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + number + "' is not a stored item number");
        }
        if (m.group(2).isEmpty()) {
            return number;
        }
        char letter = m.group(2).charAt(0);
        return m.group(1) + separator + (numbered ? Integer.toString(letter - 'a' + 1) : String.valueOf(letter))
                + closing;
    }

    /**
     * A pattern of the numbers written in this form within text (group 1 the item's number, group 2 the sub-item's
     * letter or number, if any), without a trailing full stop: {@code 7}, {@code 7a}, {@code 7.1}.
     */
    public String text() {
        return "(\\d+)(?:" + Pattern.quote(separator) + (numbered ? "([1-9][0-9]?)" : "([a-z])")
                + Pattern.quote(closing) + ")?";
    }

    /** What an item number looks like, for error messages: "an item number such as 7 or 7.1". */
    public String expectedForm() {
        return "an item number such as 7 or " + written("7a");
    }

    /** How messages, change notes and the manifest name an item: "item 7a", "item 7.1". */
    public String reference(String number) {
        return "item " + written(number);
    }

    /** The stored item number without a sub-item letter: "7" for "7a". */
    public static String group(String number) {
        return number.replaceAll("[a-z]+$", "");
    }

    /**
     * Agenda order of stored numbers: by the group's number, then the sub-item ("7" before "7a" before "7b" before
     * "8"; written in {@code {n}.{i}}, 7 before 7.1, 7.2 … 7.10 before 8).
     */
    public static int compare(String a, String b) {
        int byGroup = Integer.compare(Integer.parseInt(group(a)), Integer.parseInt(group(b)));
        return byGroup != 0 ? byGroup : a.substring(group(a).length()).compareTo(b.substring(group(b).length()));
    }

    /** Whether two stored numbers name one item, however many leading zeros either has ("03" is "3"). */
    public static boolean sameItem(String a, String b) {
        return a != null && b != null && compare(a, b) == 0;
    }
}
