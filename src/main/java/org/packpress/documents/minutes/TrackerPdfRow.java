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

    /** @param programmedFor the line naming the meeting the action is programmed for, or null */
    TrackerPdfRow(int section, String sectionTitle, TrackerRow row, String programmedFor) {
        this.section = section;
        this.sectionTitle = sectionTitle;
        this.row = row;
        this.programmedFor = programmedFor;
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

    public String getUpdates() {
        if (row == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        row.updates().forEach(u -> parts.add(StyledText.inline(u)));
        if (row.statusLabel() != null) {
            String status = StyledText.bold(StyledText.escape(row.statusLabel()));
            parts.add(0, parts.isEmpty() ? status : status + " " + parts.remove(0));
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
