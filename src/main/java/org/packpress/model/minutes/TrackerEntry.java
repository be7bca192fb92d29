package org.packpress.model.minutes;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of the action tracker file ({@code action-tracker.yaml}). For an action recorded in minutes
 * it gives only {@code ref} and the progress; for an older action (set before its minutes were kept
 * as data) it also gives {@code meeting} and {@code text}.
 *
 * @param ref "774 ii", "687 iii a", "764"; may be blank only for an older action
 * @param completed the date the action was completed, or null while outstanding
 * @param programmedFor the meeting the action is programmed for, or null
 * @param title a short title printed in bold before the action's text, or null
 */
public record TrackerEntry(@Limit(TextLimit.CODE) String ref, LocalDate meeting, String text, @Limit(TextLimit.LINE) String owner, List<Update> updates,
        LocalDate programmedFor, LocalDate due, LocalDate completed, String title) {

    public TrackerEntry {
        updates = Minutes.copy(updates);
    }

    /**
     * Whether the action is marked completed before the meeting that set it (a typing error): the one
     * home of that comparison, for the import and the {@code tracker.completion-date} check.
     */
    public boolean completedBefore(LocalDate setOn) {
        return completed != null && setOn != null && completed.isBefore(setOn);
    }

    /**
     * A dated note on the progress of an action (Markdown).
     *
     * @param note the note, or null for an update that only sets a status
     * @param status from this date on, the action's status: an id of the body's status vocabulary
     *     (its house style's {@code tracker.statuses}), or null to keep the previous one
     * @param meeting the meeting the action is scheduled for, for a status that needs one, else null
     */
    public record Update(LocalDate date, String note, String status, LocalDate meeting) {
    }
}
