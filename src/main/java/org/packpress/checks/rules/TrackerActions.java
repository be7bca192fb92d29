package org.packpress.checks.rules;

import org.packpress.common.FieldPaths;

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

        /**
         * The meeting the action is scheduled for: the meeting field of its latest status (a status such
         * as "scheduled", never its label), else the tracker's {@code programmedFor}, else the minutes' target.
         */
        LocalDate scheduledFor() {
            TrackerEntry.Update status = latestStatus();
            if (status != null) {
                return status.meeting();
            }
            if (entry.programmedFor() != null) {
                return entry.programmedFor();
            }
            return recorded == null ? null : recorded.targetMeeting();
        }

        /** Where {@link #scheduledFor()} comes from, as the tracker file names the field. */
        String scheduledField() {
            TrackerEntry.Update status = latestStatus();
            if (status != null) {
                return FieldPaths.entry("updates", entry.updates().indexOf(status)) + ".meeting";
            }
            return entry.programmedFor() != null ? "programmedFor" : "targetMeeting";
        }

        /** The last update that sets a status, or null. */
        private TrackerEntry.Update latestStatus() {
            TrackerEntry.Update latest = null;
            for (TrackerEntry.Update update : entry.updates()) {
                if (update.status() != null) {
                    latest = update;
                }
            }
            return latest;
        }
    }

    static TrackerActions of(Subject subject) {
        Map<String, RecordedAction> recorded = new HashMap<>();
        subject.store().minutes().values().forEach(m -> RecordedAction.of(m,
                subject.body().style(m.meeting()).minutes().clauseLabels()).forEach(a -> recorded.put(a.ref(), a)));
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
