package org.packpress.documents.minutes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.packpress.model.Body;
import org.packpress.model.style.MinutesStyle;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.RecordedAction;
import org.packpress.model.minutes.TrackerEntry;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.common.DateStyles;
import org.packpress.model.style.StyleTemplates;
import org.packpress.model.style.TrackerStyle;

/**
 * A body's action tracker on a date, in the house style in force on that date: every action set at a
 * meeting on or before that date, from the minutes and from the tracker file's older actions, with the
 * updates and status known by then. Outstanding actions come first; completed ones follow in the order
 * they were completed; within each, rows are in the style's order.
 */
public record ActionTracker(String bodyName, LocalDate asOf, TrackerStyle style, DateStyles dates,
        List<TrackerRow> outstanding, List<TrackerRow> completed) {

    /** "West Midlands Police and Crime Panel – Action Tracker – January 2024", from the style's template. */
    public String title() {
        return StyleTemplates.fill(style.title(), Map.of("body", bodyName,
                "month", dates.monthYear(YearMonth.from(asOf))));
    }

    /** When a row's action is due ({@link TrackerRow#deadline}) in the style's {@code dueDateFormat}, or null. */
    public String dueDate(TrackerRow row) {
        return row.deadline() == null ? null : dates.pattern(row.deadline(), style.dueDateFormat());
    }

    public List<TrackerRow> all() {
        List<TrackerRow> all = new ArrayList<>(outstanding);
        all.addAll(completed);
        return all;
    }

    /** The tracker of a body on a date, in the house style in force on that date. */
    public static ActionTracker of(Body body, List<Minutes> minutes, TrackerProgress progress, LocalDate asOf) {
        TrackerStyle style = body.style(asOf).tracker();
        DateStyles dates = body.style(asOf).dates();
        Map<String, TrackerEntry> byRef = new HashMap<>();
        progress.actions().stream().filter(e -> e.ref() != null && !e.ref().isBlank())
                .forEach(e -> byRef.put(e.ref().trim(), e));
        List<TrackerRow> rows = new ArrayList<>();
        for (Minutes m : minutes) {
            if (m.meeting().isAfter(asOf)) {
                continue;
            }
            for (RecordedAction action : RecordedAction.of(m, clauseLabels(body, m.meeting()))) {
                rows.add(row(action, byRef.remove(action.ref()), asOf, style, dates));
            }
        }
        for (TrackerEntry older : progress.actions()) {
            boolean fromMinutes = older.ref() != null && !older.ref().isBlank() && !byRef.containsKey(older.ref().trim());
            if (!fromMinutes && older.meeting() != null && !older.meeting().isAfter(asOf)) {
                rows.add(row(new RecordedAction(older.ref() == null ? "" : older.ref().trim(), older.meeting(),
                        older.text(), older.owner(), older.due(), older.programmedFor()), older, asOf, style, dates));
            }
        }
        Comparator<TrackerRow> order = order(style.rowOrder(), rows, body);
        List<TrackerRow> outstanding = rows.stream().filter(r -> r.status() == ActionStatus.OUTSTANDING)
                .sorted(order).toList();
        List<TrackerRow> completed = rows.stream().filter(r -> r.status() == ActionStatus.COMPLETED)
                .sorted(Comparator.comparing(TrackerRow::completed).thenComparing(order)).toList();
        return new ActionTracker(body.name(), asOf, style, dates, outstanding, completed);
    }

    /** The clause labels actions of a meeting's minutes are referred to by (those of the style of its date). */
    private static MinutesStyle.ClauseLabels clauseLabels(Body body, LocalDate meeting) {
        return body.style(meeting).minutes().clauseLabels();
    }

    private static Comparator<TrackerRow> order(TrackerStyle.RowOrder order, List<TrackerRow> listed, Body body) {
        Function<TrackerRow, String> byReference = r -> MinuteNumbers.referenceSortKey(r.ref(), clauseLabels(body, r.meeting()));
        return switch (order) {
            case MEETING_DATE -> Comparator.comparing(TrackerRow::meeting).thenComparing(byReference);
            case REFERENCE -> Comparator.comparingInt((TrackerRow r) -> MinuteNumbers.numberingYear(body, r.meeting()))
                    .thenComparing(byReference);
            case AS_LISTED -> Comparator.comparing(listed::indexOf);
        };
    }

    private static TrackerRow row(RecordedAction action, TrackerEntry progress, LocalDate asOf, TrackerStyle style,
            DateStyles dates) {
        List<String> updates = new ArrayList<>();
        LocalDate lastActivity = action.meeting();
        LocalDate programmedFor = action.targetMeeting();
        LocalDate due = action.due();
        ActionStatus status = ActionStatus.OUTSTANDING;
        LocalDate completed = null;
        String owner = action.owner();
        TrackerEntry.Update statusUpdate = null;
        if (progress != null) {
            for (TrackerEntry.Update u : progress.updates()) {
                if (!u.date().isAfter(asOf)) {
                    if (u.note() != null && !u.note().isBlank()) {
                        updates.add(u.note());
                    }
                    statusUpdate = u.status() != null ? u : statusUpdate;
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
        TrackerStyle.Status vocabulary = statusUpdate == null ? null : style.status(statusUpdate.status()).orElse(null);
        if (vocabulary != null && vocabulary.completed() && status != ActionStatus.COMPLETED) {
            status = ActionStatus.COMPLETED;
            completed = statusUpdate.date();
        }
        LocalDate statusMeeting = vocabulary == null ? null : statusUpdate.meeting();
        String statusLabel = vocabulary == null ? null : StyleTemplates.fill(vocabulary.label(),
                statusMeeting == null ? Map.of() : Map.of("date", dates.longDate(statusMeeting)));
        LocalDate deadline = TrackerRow.deadline(due, statusMeeting, programmedFor);
        return new TrackerRow(action.ref(), action.meeting(),
                dates.pattern(action.meeting(), style.meetingDateFormat()), action.text(), owner, updates,
                programmedFor, due, status, completed, ActionStatus.rag(status, deadline, lastActivity, asOf),
                progress == null ? null : progress.title(), vocabulary == null ? null : vocabulary.id(), statusLabel,
                statusMeeting);
    }
}
