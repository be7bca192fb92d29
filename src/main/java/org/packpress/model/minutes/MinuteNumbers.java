package org.packpress.model.minutes;

import java.time.LocalDate;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.style.MinutesStyle;

/**
 * The numbering rule of minutes, per house style. A Panel numbers its minutes with one running
 * integer across meetings (756, 757 …); a Board writes {@code NNN/YY} and starts again at 001 each
 * calendar year (077/22).
 */
public final class MinuteNumbers {

    /** The running number a body's numbering starts at (a Board's each year). */
    public static final int FIRST = 1;

    private MinuteNumbers() {
    }

    /** The running number of a minute reference, or -1 if it is not written the body's way. */
    public static int sequence(BodyKind kind, String number, LocalDate meeting) {
        if (number == null) {
            return -1;
        }
        if (kind == BodyKind.PANEL) {
            return number.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(number) : -1;
        }
        if (!number.matches("[0-9]{3}/[0-9]{2}")) {
            return -1;
        }
        int year = Integer.parseInt(number.substring(4));
        return year == meeting.getYear() % 100 ? Integer.parseInt(number.substring(0, 3)) : -1;
    }

    /** How a number is written: 776, or 089/22. */
    public static String format(BodyKind kind, int sequence, LocalDate meeting) {
        return kind == BodyKind.PANEL ? Integer.toString(sequence)
                : "%03d/%02d".formatted(sequence, meeting.getYear() % 100);
    }

    /** What a number must look like, for error messages. */
    public static String expectedForm(BodyKind kind, LocalDate meeting) {
        return kind == BodyKind.PANEL ? "a whole number such as 756"
                : "NNN/" + "%02d".formatted(meeting.getYear() % 100) + " such as 077/" + "%02d".formatted(meeting.getYear() % 100);
    }

    /** The number a minute must have after the one before it in the same meeting. */
    public static int nextInMeeting(int previous) {
        return previous + 1;
    }

    /**
     * The first number a meeting must use after the previous meeting's last one; a Board restarts
     * at 1 in a new year.
     */
    public static int next(BodyKind kind, int previousLast, LocalDate previousMeeting, LocalDate meeting) {
        if (kind == BodyKind.BOARD && previousMeeting.getYear() != meeting.getYear()) {
            return FIRST;
        }
        return previousLast + 1;
    }

    /**
     * A clause of a minute's resolution, by position.
     *
     * @param clause the clause, from 1
     * @param subClause its sub-clause, from 1, or 0 for the clause itself
     */
    public record Clause(int clause, int subClause) {
    }

    /**
     * A reference to a resolution clause as minutes files, tracker files and trackers write it, in the clause
     * labels of the minutes' house style without their punctuation: "774 ii" and "687 iii a" (i. with a.),
     * "43 b" and "43 c i" (a) with i.), "12 2" (1. with a.); "764" for a minute without a clause.
     */
    public static String reference(String minute, String clause) {
        return clause == null || clause.isBlank() ? minute : minute + " " + clause.trim();
    }

    /** The clause part of a reference: "iii a" for the first sub-clause of the third clause (i. with a.). */
    public static String clauseReference(MinutesStyle.ClauseLabels labels, Clause clause) {
        String numeral = ClauseLabels.numeral(labels, 1, clause.clause());
        return clause.subClause() == 0 ? numeral : numeral + " " + ClauseLabels.numeral(labels, 2, clause.subClause());
    }

    /**
     * The clause a reference's clause part names in the given labels ("iii a", "c i"; the labels' own
     * punctuation, as in "c) i.", is allowed), or null when it is not written that way.
     */
    public static Clause clause(MinutesStyle.ClauseLabels labels, String written) {
        String[] parts = written.replaceAll("[.)]", " ").trim().split("\s+");
        if (parts.length > 2) {
            return null;
        }
        int clause = ClauseLabels.position(labels, 1, parts[0]);
        int subClause = parts.length == 2 ? ClauseLabels.position(labels, 2, parts[1]) : 0;
        return clause < 1 || subClause < 0 ? null : new Clause(clause, subClause);
    }

    /**
     * The order of references written by {@link #reference} (or by hand in a tracker file), in the given
     * clause labels: "774 ii" after "774 i" and before "775"; "43 b" after "43 a"; "089/22" before "100/22";
     * a blank reference last.
     */
    public static String referenceSortKey(String ref, MinutesStyle.ClauseLabels labels) {
        if (ref == null || ref.isBlank()) {
            return "~";
        }
        String[] parts = ref.trim().split("\\s+", 2);
        String number = parts[0];
        String key = number.matches("\\d+") ? "%08d".formatted(Integer.parseInt(number)) : number;
        if (parts.length == 1) {
            return key;
        }
        Clause clause = clause(labels, parts[1]);
        return clause == null ? key + " ~" + parts[1] : key + " %02d %02d".formatted(clause.clause(), clause.subClause());
    }

    /**
     * The first and last running numbers of a meeting's minutes, or null when there are none or a number is
     * not written the body's way (reported by the minutes checks).
     */
    public static int[] range(BodyKind kind, Minutes minutes) {
        if (minutes.items().isEmpty() || minutes.meeting() == null) {
            return null;
        }
        int first = sequence(kind, minutes.items().get(0).number(), minutes.meeting());
        int last = sequence(kind, minutes.items().get(minutes.items().size() - 1).number(), minutes.meeting());
        return first < 0 || last < 0 ? null : new int[] {first, last};
    }
}
