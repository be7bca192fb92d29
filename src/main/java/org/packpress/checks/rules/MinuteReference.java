package org.packpress.checks.rules;

import java.time.LocalDate;
import org.packpress.model.Body;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.style.MinutesStyle;

/**
 * A tracker reference read as a minute number and an optional clause ("774 ii", "687 iii a"; "43 b" in a
 * body whose minutes label clauses a), b)).
 *
 * @param sequence the running number of the minute
 */
record MinuteReference(String minute, int sequence, String clause) {

    /**
     * The reference, or null when it is not a number the body's way followed by a clause in the labels of
     * the house style of the meeting's date.
     */
    static MinuteReference parse(Body body, String ref, LocalDate meeting) {
        MinuteNumbers.Reference read = MinuteNumbers.reference(body, ref, meeting);
        return read == null ? null : new MinuteReference(read.minute(), read.sequence(), read.clause());
    }

    static String example(Body body, LocalDate meeting) {
        return MinuteNumbers.reference(MinuteNumbers.format(body, body.kind() == Body.BodyKind.PANEL ? 774 : 77,
                meeting), MinuteNumbers.clauseReference(labels(body, meeting), new MinuteNumbers.Clause(2, 0)));
    }

    private static MinutesStyle.ClauseLabels labels(Body body, LocalDate meeting) {
        return body.style(meeting).minutes().clauseLabels();
    }
}
