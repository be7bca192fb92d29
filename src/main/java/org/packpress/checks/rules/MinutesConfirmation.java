package org.packpress.checks.rules;

import java.time.LocalDate;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.MinuteItem;
import org.packpress.model.minutes.Minutes;
import org.springframework.stereotype.Component;

/**
 * A minute confirming the minutes of an earlier meeting names a meeting whose minutes are held, unless the
 * next minutes held after that meeting state that their numbering continues from meetings not in the store
 * ({@code firstNumber}): the confirmed minutes are then among those.
 */
@Component
public class MinutesConfirmation extends CheckRule {

    public MinutesConfirmation() {
        super("minutes.confirms-held-meeting", Severity.ERROR, "Minutes can only confirm the minutes of a meeting"
                + " that was held and minuted; a date no minutes exist for is usually a mistyped date.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Minutes minutes : subject.minutes()) {
            for (MinuteItem item : minutes.items()) {
                LocalDate confirmed = item.confirms();
                if (confirmed == null || subject.store().minutes().containsKey(confirmed)
                        || continuesFromMeetingsNotHeld(subject, confirmed)) {
                    continue;
                }
                boolean held = subject.store().meetings().containsKey(confirmed);
                findings.add(Documents.minutes(minutes.meeting()), Documents.minute(item.number()), "confirms",
                        "confirms the minutes of " + Documents.date(confirmed) + ", but "
                                + (held ? "no minutes of that meeting are held"
                                        : "the store holds no meeting of " + Documents.date(confirmed) + " and no minutes of it"));
            }
        }
    }

    /** Whether the first minutes held after a date state that they continue from meetings not in the store. */
    private static boolean continuesFromMeetingsNotHeld(Subject subject, LocalDate date) {
        var later = subject.store().minutes().tailMap(date.plusDays(1));
        return !later.isEmpty() && later.get(later.firstKey()).firstNumber() != null;
    }
}
