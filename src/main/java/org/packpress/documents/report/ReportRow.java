package org.packpress.documents.report;

import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.renderers.Renderable;

/**
 * One detail row of {@code reports/authored-report.jrxml}. The layout prints the band of its
 * {@link #getKind() kind}; fields that do not apply to a kind are null. Indents are in steps of 20pt.
 */
public final class ReportRow {

    static final String SECTION = "section";
    static final String SUBHEADING = "subheading";
    static final String PARAGRAPH = "paragraph";
    static final String ITEM = "item";
    static final String QUOTE = "quote";
    static final String CODE = "code";
    static final String IMAGE = "image";
    static final String TABLE = "table";
    static final String CAPTION = "caption";

    private final String kind;
    private final int group;
    private String number;
    private String text;
    private String marker;
    private int indent;
    private int markerIndent;
    private String caption;
    private Renderable image;
    private String imageDescription;
    private TableLayouts.Filled table;

    private ReportRow(String kind, int group) {
        this.kind = kind;
        this.group = group;
    }

    static ReportRow text(String kind, int group, String number, String text, int indent) {
        ReportRow row = new ReportRow(kind, group);
        row.number = number;
        row.text = text;
        row.indent = indent;
        return row;
    }

    static ReportRow item(int group, String marker, int markerIndent, String text) {
        ReportRow row = new ReportRow(ITEM, group);
        row.marker = marker;
        row.markerIndent = markerIndent;
        row.indent = markerIndent + 1;
        row.text = text;
        return row;
    }

    /** @param description the image's alternative text (Markdown's {@code ![alt](file)}) */
    static ReportRow image(int group, Renderable image, String description) {
        ReportRow row = new ReportRow(IMAGE, group);
        row.image = image;
        row.imageDescription = description;
        return row;
    }

    static ReportRow table(int group, TableLayouts.Filled table) {
        ReportRow row = new ReportRow(TABLE, group);
        row.table = table;
        return row;
    }

    /** Prints a caption below this row's image or table. */
    void setCaption(String caption, int indent) {
        this.caption = caption;
        this.indent = indent;
    }

    boolean takesCaption() {
        return (IMAGE.equals(kind) || TABLE.equals(kind)) && caption == null;
    }

    public String getKind() {
        return kind;
    }

    /**
     * A number that changes at every heading and every table. The layout starts a new page at such a
     * change when little room is left, so that a heading is not left alone at the foot of a page and
     * a table does not begin with its header row only.
     */
    public Integer getGroup() {
        return group;
    }

    public String getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getMarker() {
        return marker;
    }

    public Integer getIndent() {
        return indent;
    }

    public Integer getMarkerIndent() {
        return markerIndent;
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

    public JasperReport getTableLayout() {
        return table == null ? null : table.layout();
    }

    public JRDataSource getTableData() {
        return table == null ? null : table.data();
    }

    public Map<String, Object> getTableParameters() {
        return table == null ? null : table.parameters();
    }
}
