package org.packpress.model.minutes;

import java.time.LocalDate;
import org.packpress.model.Body.BodyKind;

/**
 * The numbering rule of minutes, per house style. A Panel numbers its minutes with one running
 * integer across meetings (756, 757 …); a Board writes {@code NNN/YY} and starts again at 001 each
 * calendar year (077/22).
 */
public final class MinuteNumbers {

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
            return 1;
        }
        return previousLast + 1;
    }

    /** A reference to a resolution clause as trackers print it: "774 ii", "687 iii a", or "764". */
    public static String reference(String minute, String clause) {
        return clause == null || clause.isBlank() ? minute : minute + " " + clause.trim();
    }

    /**
     * The order of references written by {@link #reference} (or by hand in a tracker file): "774 ii" after
     * "774 i" and before "775"; "089/22" before "100/22"; a blank reference last.
     */
    public static String referenceSortKey(String ref) {
        if (ref == null || ref.isBlank()) {
            return "~";
        }
        String[] parts = ref.trim().split("\\s+");
        StringBuilder key = new StringBuilder();
        String number = parts[0];
        key.append(number.matches("\\d+") ? "%08d".formatted(Integer.parseInt(number)) : number);
        for (int i = 1; i < parts.length; i++) {
            int roman = RomanNumerals.parse(parts[i]);
            key.append(' ').append(roman > 0 ? "%02d".formatted(roman) : parts[i]);
        }
        return key.toString();
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
