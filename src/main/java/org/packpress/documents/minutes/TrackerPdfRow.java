package org.packpress.documents.minutes;

import java.util.ArrayList;
import java.util.List;
import org.packpress.render.text.StyledText;

/**
 * A row of {@code reports/action-tracker.jrxml}: section 1 (outstanding) or 2 (completed, printed in
 * italics). An "empty section" row stands for a section without actions.
 */
public final class TrackerPdfRow {

    private final int section;
    private final String sectionTitle;
    private final TrackerRow row;
    private final String programmedFor;
    private final String due;
    private final String status;

    /**
     * @param programmedFor the line naming the meeting the action is programmed for, or null
     * @param due the date the action is due by, worded, or null
     * @param status the action's status for the status column, or null when the status opens the update instead
     */
    TrackerPdfRow(int section, String sectionTitle, TrackerRow row, String programmedFor, String due, String status) {
        this.section = section;
        this.sectionTitle = sectionTitle;
        this.row = row;
        this.programmedFor = programmedFor;
        this.due = due;
        this.status = status;
    }

    public Integer getSection() {
        return section;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public Boolean getEmptySection() {
        return row == null;
    }

    public String getRef() {
        return row == null ? null : styled(StyledText.escape(row.ref()));
    }

    public String getMonth() {
        return row == null ? null : styled(StyledText.escape(row.meetingLabel()));
    }

    public String getAction() {
        if (row == null) {
            return null;
        }
        String text = StyledText.inline(row.action());
        return styled(row.title() == null ? text : StyledText.bold(StyledText.escape(row.title())) + "<br/>" + text);
    }

    /** The action's owner, printed when the house style's {@code tracker.ownerColumn} says so. */
    public String getOwner() {
        return row == null || row.owner() == null ? null : styled(StyledText.escape(row.owner()));
    }

    /** The date the action is due by, printed when the house style's {@code tracker.dueColumn} says so. */
    public String getDue() {
        return due == null ? null : styled(StyledText.escape(due));
    }

    /** The action's status, printed when the house style's {@code tracker.statusColumn} says so. */
    public String getStatus() {
        return status == null ? null : styled(StyledText.escape(status));
    }

    public String getUpdates() {
        if (row == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        row.updates().forEach(u -> parts.add(StyledText.inline(u)));
        if (row.statusLabel() != null && status == null) {
            String bold = StyledText.bold(StyledText.escape(row.statusLabel()));
            parts.add(0, parts.isEmpty() ? bold : bold + " " + parts.remove(0));
        }
        if (programmedFor != null) {
            parts.add(StyledText.escape(programmedFor));
        }
        return styled(String.join("<br/>", parts));
    }

    private String styled(String text) {
        return section == 2 ? StyledText.italic(text) : text;
    }
}
