package org.packpress.model.style;

import java.util.List;
import java.util.Optional;

/**
 * The action tracker.
 *
 * @param meetingDateFormat the pattern of the "meeting" column ({@code MMM yyyy} → "Dec 2023",
 *     {@code dd/MM/yy} → "07/10/24")
 * @param rowOrder the order of the rows within each section
 * @param emptyCompleted whether a "Completed Actions" section without actions still prints
 * @param title template of the title: {@code {body}} and {@code {month}} ("January 2024")
 * @param statuses the statuses an action may have, in the order the status summary lists them; empty
 *     for a body that only tells outstanding from completed
 * @param ownerColumn whether the PDF has a column of the actions' owners (the workbook always has one)
 * @param dueColumn whether the PDF has a column of the date each action is due by: its due date, or else the
 *     meeting it is scheduled or programmed for (the workbook always has a column of due dates)
 * @param dueDateFormat the pattern of the due dates ({@code d MMM yyyy} → "5 Feb 2024"), in the PDF and the workbook
 * @param statusColumn whether the PDF has a column of the actions' statuses, which then no longer open the update
 */
public record TrackerStyle(String meetingDateFormat, RowOrder rowOrder, Boolean emptyCompleted, String title,
        List<Status> statuses, Boolean ownerColumn, Boolean dueColumn, String dueDateFormat, Boolean statusColumn) {

    public static final TrackerStyle DEFAULT = new TrackerStyle(null, null, null, null, null, null, null, null, null);

    public TrackerStyle {
        meetingDateFormat = Defaults.or(meetingDateFormat, "MMM yyyy");
        rowOrder = Defaults.or(rowOrder, RowOrder.MEETING_DATE);
        emptyCompleted = Defaults.or(emptyCompleted, Boolean.TRUE);
        title = Defaults.or(title, "{body} \u2013 Action Tracker \u2013 {month}");
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        ownerColumn = Defaults.or(ownerColumn, Boolean.FALSE);
        dueColumn = Defaults.or(dueColumn, Boolean.FALSE);
        dueDateFormat = Defaults.or(dueDateFormat, "d MMM yyyy");
        statusColumn = Defaults.or(statusColumn, Boolean.FALSE);
    }

    public Optional<Status> status(String id) {
        return statuses.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public enum RowOrder {
        /** by the date of the meeting that set the action, then by reference */
        MEETING_DATE,
        /** by minute reference ("774 ii" after "774 i") */
        REFERENCE,
        /** as the minutes and the tracker file list them */
        AS_LISTED
    }

    /**
     * A status of the body's vocabulary.
     *
     * @param id what the tracker file writes ({@code scheduled})
     * @param label what the tracker prints, in bold at the start of the update (or in its status column); {@code
     *     {date}} is the meeting the action is scheduled for ("Scheduled for the meeting on {date}")
     * @param needsMeeting whether an action with this status must name the meeting it is scheduled for
     * @param completed whether an action with this status is listed under completed actions
     */
    public record Status(String id, String label, Boolean needsMeeting, Boolean completed) {

        public Status {
            needsMeeting = Defaults.or(needsMeeting, Boolean.FALSE);
            completed = Defaults.or(completed, Boolean.FALSE);
        }
    }
}
