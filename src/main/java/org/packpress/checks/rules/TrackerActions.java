package org.packpress.checks.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packpress.checks.Subject;
import org.packpress.model.minutes.RecordedAction;
import org.packpress.model.minutes.TrackerEntry;

/**
 * The rows of the tracker with the meeting that set each action: the meeting of the minutes that record
 * it, or, for an older action, the meeting the tracker file gives.
 */
record TrackerActions(List<Row> rows) {

    /** A tracker row, 1-based as the file lists it. */
    record Row(int number, TrackerEntry entry, LocalDate meeting, RecordedAction recorded) {

        String ref() {
            return entry.ref() == null ? "" : entry.ref().trim();
        }

        /** The meeting the action is scheduled for: the tracker's date, else the one the minutes set. */
        LocalDate scheduledFor() {
            if (entry.programmedFor() != null) {
                return entry.programmedFor();
            }
            return recorded == null ? null : recorded.targetMeeting();
        }
    }

    static TrackerActions of(Subject subject) {
        Map<String, RecordedAction> recorded = new HashMap<>();
        subject.store().minutes().values().forEach(m -> RecordedAction.of(m).forEach(a -> recorded.put(a.ref(), a)));
        List<Row> rows = new ArrayList<>();
        subject.tracker().ifPresent(progress -> {
            for (int i = 0; i < progress.actions().size(); i++) {
                TrackerEntry entry = progress.actions().get(i);
                RecordedAction action = recorded.get(entry.ref() == null ? "" : entry.ref().trim());
                rows.add(new Row(i + 1, entry, action != null ? action.meeting() : entry.meeting(), action));
            }
        });
        return new TrackerActions(rows);
    }
}
