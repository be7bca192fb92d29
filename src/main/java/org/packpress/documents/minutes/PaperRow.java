package org.packpress.documents.minutes;

import java.util.List;
import org.packpress.documents.report.TableLayouts;
import org.packpress.documents.report.TableTextRow;

/**
 * One detail row of the minutes layouts ({@code reports/minutes-panel.jrxml},
 * {@code reports/minutes-board.jrxml}) and the key decisions list. Each layout prints the band of a
 * row's {@link #getKind() kind}. Texts are JasperReports styled text (user words escaped); indents are
 * in steps of 20pt.
 */
public final class PaperRow extends TableTextRow {

    public static final String TITLE = "title";
    public static final String HEADING = "heading";
    public static final String SUBHEADING = "subheading";
    public static final String LINE = "line";
    public static final String ATTENDEE = "attendee";
    public static final String MINUTE = "minute";
    public static final String PARAGRAPH = "paragraph";
    public static final String ITEM = "item";
    public static final String SIGNATURE = "signature";
    /** A Markdown table (a recorded vote), printed with the layouts of {@link TableLayouts}. */
    public static final String TABLE = "table";

    private final String kind;
    private final String ref;
    private final String label;
    private final boolean keepWithNext;
    private String caption;
    private int section;
    private int block;

    private PaperRow(String kind, String ref, String label, String text, String marker, int indent, int markerIndent,
            boolean keepWithNext) {
        super(text, marker, indent, markerIndent);
        this.kind = kind;
        this.ref = ref;
        this.label = label;
        this.keepWithNext = keepWithNext;
    }

    public static PaperRow of(String kind, String text) {
        return new PaperRow(kind, null, null, text, null, 0, 0, false);
    }

    public static PaperRow paragraph(String text, int indent) {
        return new PaperRow(PARAGRAPH, null, null, text, null, indent, 0, false);
    }

    /** A paragraph kept on the page of the row after it (the sentences that introduce a recorded vote's table). */
    static PaperRow leadIn(String text) {
        return new PaperRow(PARAGRAPH, null, null, text, null, 0, 0, true);
    }

    /** A list item or a numbered clause: the marker at {@code markerIndent}, the text one step further. */
    public static PaperRow item(String marker, String text, int markerIndent) {
        return new PaperRow(ITEM, null, null, text, marker, markerIndent + 1, markerIndent, false);
    }

    /** A minute heading: its number and title. */
    public static PaperRow minute(String ref, String title) {
        return new PaperRow(MINUTE, ref, null, title, null, 0, 0, true);
    }

    /** A row of an attendee table: name, then role. */
    public static PaperRow attendee(String name, String role) {
        return new PaperRow(ATTENDEE, null, name, role, null, 0, 0, false);
    }

    /**
     * A table, filled as wide as the text column it is printed in (the layout places it: the Panel's full width,
     * the Board's column beside the minute numbers).
     */
    static PaperRow table(TableLayouts.Filled table) {
        PaperRow row = new PaperRow(TABLE, null, null, null, null, 0, 0, false);
        row.setTable(table);
        return row;
    }

    /** Prints a caption ("Table 1. Recorded vote") below this row's table. */
    void setCaption(String caption) {
        this.caption = caption;
    }

    /** Whether this row is a table without a caption yet. */
    boolean takesCaption() {
        return TABLE.equals(kind) && caption == null;
    }

    /** The same row moved {@code steps} indents to the right (the Board's text column). */
    public PaperRow shifted(int steps) {
        PaperRow row = new PaperRow(kind, ref, label, getText(), getMarker(), getIndent() + steps,
                getMarkerIndent() + steps, keepWithNext);
        row.setTable(table());
        row.caption = caption;
        return row.inLanguage(getLanguage());
    }

    public String getKind() {
        return kind;
    }

    public String getRef() {
        return ref;
    }

    public String getLabel() {
        return label;
    }

    /** Which minute the row belongs to; a minute starts a new page when little room is left. */
    public Integer getSection() {
        return section;
    }

    /**
     * Rows kept together on one page: a lead-in (a heading, "RESOLVED:-", a minute's title, a line
     * ending in a colon such as "be agreed:") with the row after it; every other row is a block of its own.
     */
    public Integer getBlock() {
        return block;
    }

    /**
     * Numbers the rows' sections (a new one at each minute or group heading) and their keep-together
     * blocks (a lead-in joins the block of the row after it).
     */
    public static List<PaperRow> sectioned(List<PaperRow> rows) {
        int section = 0;
        int block = 0;
        boolean previousStarted = false;
        boolean previousLeadIn = false;
        for (PaperRow row : rows) {
            boolean starts = MINUTE.equals(row.kind) || SUBHEADING.equals(row.kind) || HEADING.equals(row.kind);
            if (starts && !previousStarted) {
                section++;
            }
            if (!previousLeadIn) {
                block++;
            }
            previousStarted = starts;
            previousLeadIn = row.isLeadIn();
            row.section = section;
            row.block = block;
        }
        return rows;
    }

    private boolean isLeadIn() {
        return keepWithNext || TITLE.equals(kind) || HEADING.equals(kind) || SUBHEADING.equals(kind)
                || (getText() != null && getText().replaceAll("<[^>]*>", "").strip().endsWith(":"));
    }

    public Boolean getKeepWithNext() {
        return keepWithNext;
    }

    /** For a table: whether it is short enough to be kept on one page, moving to the next if need be. */
    public Boolean getWhole() {
        return table() != null && table().keptWhole();
    }


    public String getCaption() {
        return caption;
    }

    @Override
    public String toString() {
        return kind + (ref == null ? "" : " " + ref) + (getMarker() == null ? "" : " " + getMarker()) + ": " + getText();
    }

    @Override
    public PaperRow inLanguage(String tag) {
        super.inLanguage(tag);
        return this;
    }
}
