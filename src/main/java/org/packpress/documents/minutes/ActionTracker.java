package org.packpress.documents.minutes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.RecordedAction;
import org.packpress.model.minutes.TrackerEntry;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.common.DateStyles;

/**
 * A body's action tracker on a date: every action set at a meeting on or before that date, from the
 * minutes and from the tracker file's older actions, with the updates known by then. Outstanding
 * actions come first, by meeting date; completed ones follow in the order they were completed.
 */
public record ActionTracker(String bodyName, LocalDate asOf, List<TrackerRow> outstanding, List<TrackerRow> completed) {

    /** "West Midlands Police and Crime Panel – Action Tracker – January 2024". */
    public String title() {
        return bodyName + " \u2013 Action Tracker \u2013 " + DateStyles.monthYear(YearMonth.from(asOf));
    }

    public List<TrackerRow> all() {
        List<TrackerRow> all = new ArrayList<>(outstanding);
        all.addAll(completed);
        return all;
    }

    public static ActionTracker of(String bodyName, List<Minutes> minutes, TrackerProgress progress, LocalDate asOf) {
        Map<String, TrackerEntry> byRef = new HashMap<>();
        progress.actions().stream().filter(e -> e.ref() != null && !e.ref().isBlank())
                .forEach(e -> byRef.put(e.ref().trim(), e));
        List<TrackerRow> rows = new ArrayList<>();
        for (Minutes m : minutes) {
            if (m.meeting().isAfter(asOf)) {
                continue;
            }
            for (RecordedAction action : RecordedAction.of(m)) {
                rows.add(row(action, byRef.remove(action.ref()), asOf));
            }
        }
        for (TrackerEntry older : progress.actions()) {
            boolean fromMinutes = older.ref() != null && !older.ref().isBlank() && !byRef.containsKey(older.ref().trim());
            if (!fromMinutes && older.meeting() != null && !older.meeting().isAfter(asOf)) {
                rows.add(row(new RecordedAction(older.ref() == null ? "" : older.ref().trim(), older.meeting(),
                        older.text(), older.owner(), older.due(), older.programmedFor()), older, asOf));
            }
        }
        Comparator<TrackerRow> byMeeting = Comparator.comparing(TrackerRow::meeting)
                .thenComparing(r -> MinuteNumbers.referenceSortKey(r.ref()));
        List<TrackerRow> outstanding = rows.stream().filter(r -> r.status() == ActionStatus.OUTSTANDING)
                .sorted(byMeeting).toList();
        List<TrackerRow> completed = rows.stream().filter(r -> r.status() == ActionStatus.COMPLETED)
                .sorted(Comparator.comparing(TrackerRow::completed).thenComparing(byMeeting)).toList();
        return new ActionTracker(bodyName, asOf, outstanding, completed);
    }

    private static TrackerRow row(RecordedAction action, TrackerEntry progress, LocalDate asOf) {
        List<String> updates = new ArrayList<>();
        LocalDate lastActivity = action.meeting();
        LocalDate programmedFor = action.targetMeeting();
        LocalDate due = action.due();
        ActionStatus status = ActionStatus.OUTSTANDING;
        LocalDate completed = null;
        String owner = action.owner();
        if (progress != null) {
            for (TrackerEntry.Update u : progress.updates()) {
                if (!u.date().isAfter(asOf)) {
                    updates.add(u.note());
                    lastActivity = u.date().isAfter(lastActivity) ? u.date() : lastActivity;
                }
            }
            programmedFor = progress.programmedFor() != null ? progress.programmedFor() : programmedFor;
            due = progress.due() != null ? progress.due() : due;
            owner = progress.owner() != null ? progress.owner() : owner;
            if (progress.completed() != null && !progress.completed().isAfter(asOf)) {
                status = ActionStatus.COMPLETED;
                completed = progress.completed();
            }
        }
        LocalDate deadline = due != null ? due : programmedFor;
        return new TrackerRow(action.ref(), action.meeting(), DateStyles.shortMonthYear(YearMonth.from(action.meeting())),
                action.text(), owner, updates, programmedFor, due, status, completed,
                ActionStatus.rag(status, deadline, lastActivity, asOf));
    }
}
