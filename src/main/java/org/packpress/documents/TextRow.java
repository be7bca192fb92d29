package org.packpress.documents;

/**
 * The text of a layout's detail row: styled text, an optional list marker, and their indents in steps
 * of 20pt. JasperReports reads the getters as the layout's fields of the same names.
 */
public abstract class TextRow {

    private final String text;
    private final String marker;
    private int indent;
    private final int markerIndent;

    protected TextRow(String text, String marker, int indent, int markerIndent) {
        this.text = text;
        this.marker = marker;
        this.indent = indent;
        this.markerIndent = markerIndent;
    }

    protected void setIndent(int indent) {
        this.indent = indent;
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
}
