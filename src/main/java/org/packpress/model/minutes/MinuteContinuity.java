package org.packpress.model.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.packpress.model.Body.BodyKind;

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
        public boolean missing(BodyKind kind, LocalDate meeting) {
            return MinuteNumbers.sequence(kind, number, meeting) > expected;
        }
    }

    /**
     * A meeting whose first number does not follow the last number of the meeting before.
     *
     * @param first the meeting's first running number
     * @param previousLast the previous meeting's last running number
     * @param expected the running number the meeting should start at
     */
    public record BetweenMeetings(LocalDate meeting, int first, LocalDate previousMeeting, int previousLast,
            int expected) {
    }

    /** Numbers of one meeting's minutes that do not follow the one before; numbers not written the body's way are skipped. */
    public static List<InMeeting> inMeeting(BodyKind kind, Minutes minutes) {
        List<InMeeting> gaps = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < minutes.items().size(); i++) {
            String number = minutes.items().get(i).number();
            int sequence = MinuteNumbers.sequence(kind, number, minutes.meeting());
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
     * Meetings of {@code ranges} (first and last running number by meeting date) whose first number does
     * not follow the last number of the meeting before them.
     */
    public static List<BetweenMeetings> betweenMeetings(BodyKind kind, SortedMap<LocalDate, int[]> ranges) {
        List<BetweenMeetings> gaps = new ArrayList<>();
        Map.Entry<LocalDate, int[]> previous = null;
        for (Map.Entry<LocalDate, int[]> current : ranges.entrySet()) {
            if (previous != null) {
                int expected = MinuteNumbers.next(kind, previous.getValue()[1], previous.getKey(), current.getKey());
                if (current.getValue()[0] != expected) {
                    gaps.add(new BetweenMeetings(current.getKey(), current.getValue()[0], previous.getKey(),
                            previous.getValue()[1], expected));
                }
            }
            previous = current;
        }
        return gaps;
    }

    /** The first and last running numbers of each set of minutes that has readable ones, by meeting date. */
    public static SortedMap<LocalDate, int[]> ranges(BodyKind kind, Collection<Minutes> minutes) {
        TreeMap<LocalDate, int[]> ranges = new TreeMap<>();
        for (Minutes m : minutes) {
            int[] range = MinuteNumbers.range(kind, m);
            if (range != null) {
                ranges.put(m.meeting(), range);
            }
        }
        return ranges;
    }
}
