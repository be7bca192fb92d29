package org.packpress.ingest.minutes;

import org.packpress.common.FieldPaths;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.packpress.ingest.Problems;
import org.packpress.model.Body;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.RecordedAction;
import org.packpress.model.minutes.TrackerEntry;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.model.style.TrackerStyle;

/**
 * Checks {@code action-tracker.yaml}: an entry either follows an action recorded in minutes (by its
 * reference) or describes an older action in full; references are unique; updates are dated.
 */
final class TrackerChecks {

    private final Body body;
    private final String file;
    private final Problems problems;

    TrackerChecks(Body body, String file, Problems problems) {
        this.body = body;
        this.file = file;
        this.problems = problems;
    }

    void check(TrackerProgress progress, Map<LocalDate, Minutes> minutes) {
        Map<String, RecordedAction> recorded = new HashMap<>();
        minutes.values().forEach(m -> RecordedAction.of(m, body.style(m.meeting()).minutes().clauseLabels())
                .forEach(a -> recorded.put(a.ref(), a)));
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < progress.actions().size(); i++) {
            TrackerEntry entry = progress.actions().get(i);
            String at = FieldPaths.entry("actions", i);
            String ref = entry.ref() == null ? "" : entry.ref().trim();
            if (!ref.isEmpty()) {
                String earlier = seen.putIfAbsent(ref, at);
                if (earlier != null) {
                    problems.add(file, at + ".ref", "'" + ref + "' is also listed as " + earlier);
                }
            }
            RecordedAction action = recorded.get(ref);
            if (action != null) {
                if (entry.text() != null) {
                    problems.add(file, at + ".text", "action " + ref + " is recorded in the minutes of "
                            + action.meeting() + "; its text comes from there");
                }
                if (entry.meeting() != null && !entry.meeting().equals(action.meeting())) {
                    problems.add(file, at + ".meeting", "action " + ref + " was set on " + action.meeting()
                            + ", not " + entry.meeting());
                }
            } else {
                checkOlderAction(entry, ref, at, minutes);
            }
            checkProgress(entry, at);
        }
    }

    private void checkOlderAction(TrackerEntry entry, String ref, String at, Map<LocalDate, Minutes> minutes) {
        if (entry.meeting() == null) {
            problems.add(file, at + ".meeting", "is required for an action that is not recorded in minutes"
                    + (ref.isEmpty() ? "" : " (no minutes of " + body.id() + " have an action " + ref + ")"));
        } else if (minutes.containsKey(entry.meeting())) {
            problems.add(file, at + ".ref", "the minutes of " + entry.meeting() + " have no action '" + ref
                    + "' (record it under the minute's actions)");
        }
        if (entry.text() == null || entry.text().isBlank()) {
            problems.add(file, at + ".text", "is required for an action that is not recorded in minutes");
        }
    }

    /** A status of the vocabulary in force on the update's date, with a meeting exactly when it needs one. */
    private void checkStatus(TrackerEntry.Update update, String at) {
        TrackerStyle style = body.style(update.date()).tracker();
        if (update.status() == null) {
            if (update.meeting() != null) {
                problems.add(file, at + ".meeting", "is only for a status that needs a meeting");
            }
            return;
        }
        Optional<TrackerStyle.Status> status = style.status(update.status());
        if (status.isEmpty()) {
            problems.add(file, at + ".status", "'" + update.status() + "' is not a status of " + body.id() + " on "
                    + update.date() + (style.statuses().isEmpty() ? " (its house style defines no statuses)"
                    : " (expected one of: " + String.join(", ", style.statuses().stream().map(TrackerStyle.Status::id)
                            .toList()) + ")"));
        } else if (status.get().needsMeeting() && update.meeting() == null) {
            problems.add(file, at + ".meeting", "is required: status '" + update.status() + "' names a meeting");
        } else if (!status.get().needsMeeting() && update.meeting() != null) {
            problems.add(file, at + ".meeting", "status '" + update.status() + "' does not name a meeting");
        }
    }

    private void checkProgress(TrackerEntry entry, String at) {
        for (int u = 0; u < entry.updates().size(); u++) {
            TrackerEntry.Update update = entry.updates().get(u);
            if (update.date() == null) {
                problems.add(file, FieldPaths.entry(at + ".updates", u) + ".date", "is required");
            }
            boolean noStatus = update.status() == null || update.status().isBlank();
            if (noStatus && (update.note() == null || update.note().isBlank())) {
                problems.add(file, FieldPaths.entry(at + ".updates", u) + ".note", "is required (or a status)");
            }
            if (update.date() != null) {
                checkStatus(update, FieldPaths.entry(at + ".updates", u));
            }
        }
        if (entry.completedBefore(entry.meeting())) {
            problems.add(file, at + ".completed", entry.completed() + " is before the meeting that set the action");
        }
    }
}
