package org.packpress.model.minutes;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;

/**
 * An action arising from a minute.
 *
 * @param clause the resolution clause it came from ("ii", "iii a"), or null
 * @param text what is to be done (Markdown); when null, the text of the clause
 * @param owner who is to do it, or null when the minutes do not say
 * @param due the date it is due, or null
 * @param targetMeeting the meeting it is programmed for, or null
 */
public record MinuteAction(@Limit(TextLimit.CODE) String clause, String text, @Limit(TextLimit.LINE) String owner, LocalDate due, LocalDate targetMeeting) {
}
