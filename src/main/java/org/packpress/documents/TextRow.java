package org.packpress.documents;

/**
 * The text of a layout's detail row: styled text, an optional list marker, their indents in steps
 * of 20pt, and the text's language when it is not the paper's. JasperReports reads the getters as the layout's fields of the same names.
 */
public abstract class TextRow {

    private final String text;
    private final String marker;
    private int indent;
    private final int markerIndent;
    private String language;

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

    /**
     * The text is in this language, not the paper's ({@link org.packpress.render.text.PartLanguage}); a row class
     * overrides it to return its own type.
     */
    public TextRow inLanguage(String tag) {
        this.language = tag;
        return this;
    }

    /** The BCP 47 tag of a passage in another language than the paper's, or null. */
    public String getLanguage() {
        return language;
    }
}
