package org.packpress.checks.rules;

import java.time.LocalDate;
import java.util.Map;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Body;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.minutes.Minutes;
import org.springframework.stereotype.Component;

/**
 * An action's minute exists among the minutes of the meeting it is dated to; when those minutes are not
 * held, the minutes that are held still bound its number (a later meeting's minutes start after it).
 */
@Component
public class TrackerMinuteMeeting extends CheckRule {

    public TrackerMinuteMeeting() {
        super("tracker.minute-meeting", Severity.ERROR, "An action's minute number must belong to the meeting the"
                + " tracker dates it to: among that meeting's minutes, and between the numbers of the meetings"
                + " before and after it.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (TrackerActions.Row row : TrackerActions.of(subject).rows()) {
            MinuteReference ref = row.meeting() == null || row.ref().isEmpty() ? null
                    : MinuteReference.parse(subject.body(), row.ref(), row.meeting());
            if (ref == null || row.recorded() != null) {
                continue;
            }
            String problem = problem(subject.body(), ref, row.meeting(), subject.store().minutes());
            if (problem != null) {
                findings.add(Documents.TRACKER, Documents.action(row.ref(), row.number()), "meeting",
                        "action " + row.ref() + " is dated to the meeting of " + Documents.date(row.meeting())
                                + ", but " + problem);
            }
        }
    }

    private static String problem(Body body, MinuteReference ref, LocalDate meeting, Map<LocalDate, Minutes> held) {
        Minutes own = held.get(meeting);
        if (own != null) {
            return own.item(ref.minute()).isPresent() ? null
                    : "the minutes of that meeting have no minute " + ref.minute();
        }
        for (Minutes other : held.values()) {
            if (!MinuteNumbers.sameNumberingYear(body, other.meeting(), meeting) || other.items().isEmpty()) {
                continue;
            }
            int first = MinuteNumbers.sequence(body, other.items().get(0).number(), other.meeting());
            int last = MinuteNumbers.sequence(body, other.items().get(other.items().size() - 1).number(), other.meeting());
            if (ref.sequence() >= first && ref.sequence() <= last) {
                return "minute " + ref.minute() + " is in the " + Documents.minutes(other.meeting());
            }
            if (other.meeting().isBefore(meeting) && ref.sequence() <= last
                    || other.meeting().isAfter(meeting) && ref.sequence() >= first) {
                return "the " + Documents.minutes(other.meeting()) + " run from " + other.items().get(0).number()
                        + " to " + other.items().get(other.items().size() - 1).number() + ", so minute "
                        + ref.minute() + " cannot be of that meeting";
            }
        }
        return null;
    }
}
