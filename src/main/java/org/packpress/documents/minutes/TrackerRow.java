package org.packpress.documents.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One action of the tracker as it stood on a date; texts are Markdown (the layouts convert them).
 *
 * @param meetingLabel the meeting that set the action, in the style's format ("Dec 2023", "07/10/24")
 * @param updates the notes dated on or before the tracker's date, oldest first
 * @param title the action's short bold title, or null
 * @param statusId the status of the body's vocabulary on the tracker's date, or null
 * @param statusLabel that status as printed ("Scheduled for the meeting on 7 October 2024"), or null
 * @param statusMeeting the meeting the action is scheduled for by its status, or null
 */
public record TrackerRow(String ref, LocalDate meeting, String meetingLabel, String action, String owner,
        List<String> updates, LocalDate programmedFor, LocalDate due, ActionStatus status, LocalDate completed,
        ActionStatus.Rag rag, String title, String statusId, String statusLabel, LocalDate statusMeeting) {

    /**
     * The status the tracker prints (the workbook's Status column, the PDF's with the house style's
     * {@code statusColumn}): its label in the house style's vocabulary, else {@link #plainStatus}.
     */
    public String statusWord(Map<String, String> labels) {
        return statusLabel != null ? statusLabel : plainStatus(labels);
    }

    /** "Completed" or "Outstanding" (text blocks {@code tracker-status-completed}, {@code tracker-status-outstanding}). */
    public String plainStatus(Map<String, String> labels) {
        return labels.get(status == ActionStatus.COMPLETED ? "tracker-status-completed" : "tracker-status-outstanding");
    }

    /** The date the action is due by (its RAG's date, the tracker's column of due dates), or null. */
    public LocalDate deadline() {
        return deadline(due, statusMeeting, programmedFor);
    }

    /** Its due date, or else the meeting its status schedules it for, or else the meeting it is programmed for. */
    static LocalDate deadline(LocalDate due, LocalDate statusMeeting, LocalDate programmedFor) {
        return due != null ? due : statusMeeting != null ? statusMeeting : programmedFor;
    }
}
