package org.packpress.documents.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * One action of the tracker as it stood on a date; texts are Markdown (the layouts convert them).
 *
 * @param updates the notes dated on or before the tracker's date, oldest first
 */
public record TrackerRow(String ref, LocalDate meeting, String meetingMonth, String action, String owner,
        List<String> updates, LocalDate programmedFor, LocalDate due, ActionStatus status, LocalDate completed,
        ActionStatus.Rag rag) {
}
