package org.packpress.model.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.packpress.model.Body;

/**
 * The one home of "minute numbers are contiguous": inside a meeting's minutes each number follows the
 * one before it, and a meeting's first number follows the last number of the meeting before (by the
 * numbering rule of {@link MinuteNumbers}). The import and the {@code minutes.numbers-contiguous} check
 * both ask this class and word its gaps for their own readers.
 */
public final class MinuteContinuity {

    private MinuteContinuity() {
    }

    /**
     * A number inside a meeting's minutes that does not follow the (readable) number before it.
     *
     * @param index the item's position in the minutes, from 0
     * @param previous the running number before it
     * @param expected the running number it should have
     */
    public record InMeeting(int index, String number, int previous, int expected) {

        /** Whether numbers were skipped (rather than repeated or going backwards). */
        public boolean missing(Body body, LocalDate meeting) {
            return MinuteNumbers.sequence(body, number, meeting) > expected;
        }
    }

    /**
     * A meeting whose first number does not follow the last number of the meeting before, or, with no
     * earlier minutes held, is not the first number of the body's numbering, without saying that it
     * continues from meetings not in the store.
     *
     * @param first the meeting's first running number
     * @param previousMeeting the meeting of the minutes before, or null when no earlier minutes are held
     * @param previousLast the previous meeting's last running number (0 without one)
     * @param expected the running number the meeting should start at
     */
    public record BetweenMeetings(LocalDate meeting, int first, LocalDate previousMeeting, int previousLast,
            int expected) {

        /**
         * Whether the meeting starts after the number expected, as minutes that continue from meetings not in
         * the store do: stating {@code firstNumber} then accepts the gap.
         */
        public boolean skipsNumbers() {
            return first > expected;
        }
    }

    /** Numbers of one meeting's minutes that do not follow the one before; numbers not written the body's way are skipped. */
    public static List<InMeeting> inMeeting(Body body, Minutes minutes) {
        List<InMeeting> gaps = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < minutes.items().size(); i++) {
            String number = minutes.items().get(i).number();
            int sequence = MinuteNumbers.sequence(body, number, minutes.meeting());
            if (sequence < 0) {
                continue;
            }
            if (previous >= 0 && sequence != MinuteNumbers.nextInMeeting(previous)) {
                gaps.add(new InMeeting(i, number, previous, MinuteNumbers.nextInMeeting(previous)));
            }
            previous = sequence;
        }
        return gaps;
    }

    /**
     * Where a meeting's minute numbers run.
     *
     * @param stated whether the minutes state their first number ({@code firstNumber}): their numbering
     *     continues from meetings whose minutes are not in the store
     */
    public record Range(int first, int last, boolean stated) {
    }

    /**
     * Meetings of {@code ranges} (by meeting date) whose first number does not follow the last number of the
     * meeting before them (or start the numbering, when none is before them), unless they state that they
     * continue from meetings not in the store and start after that number.
     */
    public static List<BetweenMeetings> betweenMeetings(Body body, SortedMap<LocalDate, Range> ranges) {
        List<BetweenMeetings> gaps = new ArrayList<>();
        Map.Entry<LocalDate, Range> previous = null;
        for (Map.Entry<LocalDate, Range> current : ranges.entrySet()) {
            Range range = current.getValue();
            int expected = previous == null ? MinuteNumbers.FIRST
                    : MinuteNumbers.next(body, previous.getValue().last(), previous.getKey(), current.getKey());
            boolean continuesFromOutside = range.stated() && range.first() > expected;
            if (range.first() != expected && !continuesFromOutside) {
                gaps.add(previous == null ? new BetweenMeetings(current.getKey(), range.first(), null, 0, expected)
                        : new BetweenMeetings(current.getKey(), range.first(), previous.getKey(),
                                previous.getValue().last(), expected));
            }
            previous = current;
        }
        return gaps;
    }

    /** The number ranges of each set of minutes that has readable numbers, by meeting date. */
    public static SortedMap<LocalDate, Range> ranges(Body body, Collection<Minutes> minutes) {
        TreeMap<LocalDate, Range> ranges = new TreeMap<>();
        for (Minutes m : minutes) {
            int[] range = MinuteNumbers.range(body, m);
            if (range != null) {
                ranges.put(m.meeting(), new Range(range[0], range[1], m.firstNumber() != null));
            }
        }
        return ranges;
    }
}
