package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Body;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.MinuteContinuity;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.minutes.Minutes;
import org.springframework.stereotype.Component;

/**
 * Minute numbers run on without gaps: inside a meeting's minutes, and from the last number of the
 * meeting before (or from the start of the numbering), unless the minutes state that they continue from
 * meetings not in the store ({@code firstNumber}). The comparison is {@link MinuteContinuity}'s, the same the import makes.
 */
@Component
public class MinuteNumbering extends CheckRule {

    public MinuteNumbering() {
        super("minutes.numbers-contiguous", Severity.ERROR, "Minute numbers run on from one meeting to the next"
                + " without gaps or repeats, so that a reference such as \"774 ii\" names one minute only.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        Body body = subject.body();
        var betweenMeetings = MinuteContinuity.betweenMeetings(body,
                MinuteContinuity.ranges(body, subject.store().minutes().values()));
        for (Minutes minutes : subject.minutes()) {
            String document = Documents.minutes(minutes.meeting());
            for (MinuteContinuity.InMeeting gap : MinuteContinuity.inMeeting(body, minutes)) {
                findings.add(document, Documents.minute(gap.number()), "number", gap.number() + " does not follow "
                        + MinuteNumbers.format(body, gap.previous(), minutes.meeting()) + ": expected "
                        + MinuteNumbers.format(body, gap.expected(), minutes.meeting()));
            }
            betweenMeetings.stream().filter(gap -> gap.meeting().equals(minutes.meeting())).forEach(gap -> {
                String first = MinuteNumbers.format(body, gap.first(), gap.meeting());
                findings.add(document, Documents.minute(first), "number", (gap.previousMeeting() == null
                        ? "the minutes start at " + first + ", but no earlier minutes are held"
                        : "the minutes start at " + first + " but the " + Documents.minutes(gap.previousMeeting())
                                + " end at " + MinuteNumbers.format(body, gap.previousLast(), gap.previousMeeting())
                                + ": expected " + MinuteNumbers.format(body, gap.expected(), gap.meeting()))
                        + (gap.skipsNumbers() ? "; minutes that continue from meetings not in the store say so"
                                + " (firstNumber)" : ""));
            });
        }
    }
}
