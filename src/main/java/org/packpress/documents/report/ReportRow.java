package org.packpress.documents.report;

import net.sf.jasperreports.renderers.Renderable;

/**
 * One detail row of {@code reports/authored-report.jrxml}. The layout prints the band of its
 * {@link #getKind() kind}; fields that do not apply to a kind are null. Indents are in steps of 20pt.
 */
public final class ReportRow extends TableTextRow {

    static final String SECTION = "section";
    static final String SUBHEADING = "subheading";
    static final String PARAGRAPH = "paragraph";
    static final String ITEM = "item";
    static final String QUOTE = "quote";
    static final String CODE = "code";
    static final String IMAGE = "image";
    static final String TABLE = "table";
    static final String CAPTION = "caption";
    /** An empty row at the start of a report and before a table that may split across pages (see {@link #spacer}). */
    static final String SPACER = "spacer";

    private final String kind;
    private final int group;
    private int keep;
    private int chain;
    private int tableStart;
    private String number;
    private String caption;
    private Renderable image;
    private String imageDescription;
    private boolean whole;

    private ReportRow(String kind, int group, String text, String marker, int indent, int markerIndent) {
        super(text, marker, indent, markerIndent);
        this.kind = kind;
        this.group = group;
    }

    static ReportRow text(String kind, int group, String number, String text, int indent) {
        ReportRow row = new ReportRow(kind, group, text, null, indent, 0);
        row.number = number;
        return row;
    }

    static ReportRow item(int group, String marker, int markerIndent, String text) {
        return new ReportRow(ITEM, group, text, marker, markerIndent + 1, markerIndent);
    }

    /** @param description the image's alternative text (Markdown's {@code ![alt](file)}) */
    static ReportRow image(int group, Renderable image, String description) {
        ReportRow row = new ReportRow(IMAGE, group, null, null, 0, 0);
        row.image = image;
        row.imageDescription = description;
        return row;
    }

    static ReportRow table(int group, TableLayouts.Filled table, boolean whole) {
        ReportRow row = new ReportRow(TABLE, group, null, null, 0, 0);
        row.setTable(table);
        row.whole = whole;
        return row;
    }

    /**
     * A row that prints nothing. The layout keeps a heading or lead-in with the row after it by holding back the
     * first rows of a group until enough of them are complete (minDetailsToStartFromTop); such rows in front of a
     * table that may split fill that quota, so that the table starts on the page of what comes before it instead
     * of being moved whole to the next page. At the start of a report they do the same for whatever comes first
     * (a group's first rows there follow the header block, not a heading or a lead-in).
     */
    static ReportRow spacer(int group, int keep, int chain, int tableStart) {
        ReportRow row = new ReportRow(SPACER, group, null, null, 0, 0);
        row.setKeep(keep, chain, tableStart);
        return row;
    }

    /** Prints a caption below this row's image or table. */
    void setCaption(String caption, int indent) {
        this.caption = caption;
        setIndent(indent);
    }

    boolean takesCaption() {
        return (IMAGE.equals(kind) || TABLE.equals(kind)) && caption == null;
    }

    public String getKind() {
        return kind;
    }

    /**
     * A number that changes at every heading and every table that does not follow a heading. The layout
     * starts a new page at such a change when little room is left, so that a heading has room for the first
     * lines of what follows it and a table does not begin with its header row only.
     */
    public Integer getGroup() {
        return group;
    }

    /**
     * A number that changes at a heading and at a lead-in (except a heading followed by a long paragraph, which
     * splits after its first lines): the layout prints such a row and the row after it on the same page, moving
     * both to the next page if need be.
     */
    public Integer getKeep() {
        return keep;
    }

    /**
     * A number that changes at a heading followed by another heading ("Appendix", then "Appendix A – …"): the
     * layout prints both headings and the row after them on the same page.
     */
    public Integer getChain() {
        return chain;
    }

    /**
     * A number that changes where a table that may split begins with what leads into it (the headings and the
     * lead-in right before it): the layout starts a new page there unless the lead, the table's header row and its
     * first rows fit on this one.
     */
    public Integer getTableStart() {
        return tableStart;
    }

    void setKeep(int keep, int chain, int tableStart) {
        this.keep = keep;
        this.chain = chain;
        this.tableStart = tableStart;
    }

    /** For a table: whether it is short enough to be kept on one page, moving to the next if need be. */
    public Boolean getWhole() {
        return whole;
    }

    public String getNumber() {
        return number;
    }

    public String getCaption() {
        return caption;
    }

    public Renderable getImage() {
        return image;
    }

    /** The image's alternative text, which the tagged PDF carries as the Figure's Alt. */
    public String getImageDescription() {
        return imageDescription;
    }

    @Override
    public ReportRow inLanguage(String tag) {
        super.inLanguage(tag);
        return this;
    }
}
