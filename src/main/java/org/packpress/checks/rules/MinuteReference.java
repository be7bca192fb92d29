package org.packpress.checks.rules;

import java.time.LocalDate;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.minutes.RomanNumerals;

/**
 * A tracker reference read as a minute number and an optional clause ("774 ii", "687 iii a").
 *
 * @param sequence the running number of the minute
 */
record MinuteReference(String minute, int sequence, String clause) {

    /** The reference, or null when it is not a number the body's way followed by a clause. */
    static MinuteReference parse(BodyKind kind, String ref, LocalDate meeting) {
        String[] parts = ref.trim().split(" ", 2);
        int sequence = MinuteNumbers.sequence(kind, parts[0], meeting);
        if (sequence < 0) {
            return null;
        }
        if (parts.length == 1) {
            return new MinuteReference(parts[0], sequence, null);
        }
        String[] clause = parts[1].split(" ");
        boolean valid = RomanNumerals.parse(clause[0]) > 0 && clause.length <= 2
                && (clause.length == 1 || clause[1].matches("[a-z]"));
        return valid ? new MinuteReference(parts[0], sequence, parts[1]) : null;
    }

    static String example(BodyKind kind, LocalDate meeting) {
        return MinuteNumbers.reference(MinuteNumbers.format(kind, kind == BodyKind.PANEL ? 774 : 77, meeting), "ii");
    }
}
