package org.packpress.checks.rules;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Meeting;
import org.springframework.stereotype.Component;

/** A meeting falls on a working day; a Saturday or Sunday is nearly always a mistyped date. */
@Component
public class MeetingWeekday extends CheckRule {

    public MeetingWeekday() {
        super("meeting.weekend", Severity.WARNING, "Panels and boards meet on working days; a meeting dated to a"
                + " Saturday or Sunday is usually a typing error in its date.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Meeting meeting : subject.meetings()) {
            DayOfWeek day = meeting.date().getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                findings.add(Documents.agenda(meeting), "meeting", "date", Documents.date(meeting.date()) + " is a "
                        + day.getDisplayName(TextStyle.FULL, Locale.UK));
            }
        }
    }
}
