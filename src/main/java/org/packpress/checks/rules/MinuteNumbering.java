package org.packpress.checks.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.minutes.Minutes;
import org.springframework.stereotype.Component;

/**
 * Minute numbers run on without gaps: inside a meeting's minutes, and from the last number of the
 * meeting before (the numbering rule itself is {@link MinuteNumbers}'s).
 */
@Component
public class MinuteNumbering extends CheckRule {

    public MinuteNumbering() {
        super("minutes.numbers-contiguous", Severity.ERROR, "Minute numbers run on from one meeting to the next"
                + " without gaps or repeats, so that a reference such as \"774 ii\" names one minute only.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        BodyKind kind = subject.body().kind();
        for (Minutes minutes : subject.minutes()) {
            String document = Documents.minutes(minutes.meeting());
            int before = -1;
            for (int i = 0; i < minutes.items().size(); i++) {
                String number = minutes.items().get(i).number();
                int sequence = MinuteNumbers.sequence(kind, number, minutes.meeting());
                if (i > 0 && before >= 0 && sequence != before + 1) {
                    findings.add(document, Documents.minute(number), "number", number + " does not follow "
                            + MinuteNumbers.format(kind, before, minutes.meeting()) + ": expected "
                            + MinuteNumbers.format(kind, before + 1, minutes.meeting()));
                }
                before = sequence;
            }
            checkFollowsPrevious(kind, minutes, subject.store().minutes(), findings);
        }
    }

    private static void checkFollowsPrevious(BodyKind kind, Minutes minutes, SortedMap<LocalDate, Minutes> held,
            Sink findings) {
        SortedMap<LocalDate, Minutes> earlier = held.headMap(minutes.meeting());
        if (earlier.isEmpty() || minutes.items().isEmpty()) {
            return;
        }
        Map.Entry<LocalDate, Minutes> previous = Map.entry(earlier.lastKey(), earlier.get(earlier.lastKey()));
        if (previous.getValue().items().isEmpty()) {
            return;
        }
        String last = previous.getValue().items().get(previous.getValue().items().size() - 1).number();
        int expected = MinuteNumbers.next(kind, MinuteNumbers.sequence(kind, last, previous.getKey()), previous.getKey(),
                minutes.meeting());
        String first = minutes.items().get(0).number();
        if (MinuteNumbers.sequence(kind, first, minutes.meeting()) != expected) {
            findings.add(Documents.minutes(minutes.meeting()), Documents.minute(first), "number", "the minutes start at "
                    + first + " but the " + Documents.minutes(previous.getKey()) + " end at " + last + ": expected "
                    + MinuteNumbers.format(kind, expected, minutes.meeting()));
        }
    }
}
