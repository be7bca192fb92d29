package org.packpress.documents.minutes;

import java.time.LocalDate;

/**
 * Status of a tracked action on a date, and its red/amber/green rating. The rule, documented in
 * docs/input-format.md:
 * <ul>
 *   <li>completed actions have no rating;</li>
 *   <li>RED: the action is overdue: its due date or the meeting it is programmed for has passed;</li>
 *   <li>AMBER: it is due (or programmed) within the next 31 days, or, with no date at all, it has had
 *       no update for 90 days or more;</li>
 *   <li>GREEN: otherwise.</li>
 * </ul>
 */
public enum ActionStatus {
    OUTSTANDING, COMPLETED;

    public enum Rag {
        RED, AMBER, GREEN
    }

    /** The rating of an outstanding action on {@code asOf}; null for a completed one. */
    public static Rag rag(ActionStatus status, LocalDate due, LocalDate lastActivity, LocalDate asOf) {
        if (status == COMPLETED) {
            return null;
        }
        if (due != null) {
            if (due.isBefore(asOf)) {
                return Rag.RED;
            }
            return due.isBefore(asOf.plusDays(32)) ? Rag.AMBER : Rag.GREEN;
        }
        return lastActivity.isAfter(asOf.minusDays(90)) ? Rag.GREEN : Rag.AMBER;
    }
}
