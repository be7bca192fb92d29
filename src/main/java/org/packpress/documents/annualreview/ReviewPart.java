package org.packpress.documents.annualreview;

import java.util.List;

/**
 * One part of the review, in order: the cover paper, the summary of indicators, a section per
 * indicator, the Panel's recommendations and the inspection grades. The layout prints the band of
 * the part's kind; fields a kind does not use are null.
 */
public final class ReviewPart {

    public enum Kind { COVER, SUMMARY, INDICATOR, RECOMMENDATIONS, RECOMMENDATION, GRADES }

    private final Kind kind;
    private String heading;
    private String subheading;
    private String text;
    private String marker;
    private String board;
    private String meetingDate;
    private String title;
    private String presentedBy;
    private String purpose;
    private String sentences;
    private String status;
    private String statusDetail;
    private String notes;
    private String chartHeading;
    private String chartDescription;
    private List<ReviewRows.TableRow> tableRows = List.of();
    private List<ReviewRows.SummaryRow> summaryRows = List.of();
    private List<ReviewRows.ChartPoint> chartPoints = List.of();

    public ReviewPart(Kind kind) {
        this.kind = kind;
    }

    static ReviewPart cover(String board, String meetingDate, String title, String presentedBy, String purpose,
            String background) {
        ReviewPart p = new ReviewPart(Kind.COVER);
        p.board = board;
        p.meetingDate = meetingDate;
        p.title = title;
        p.presentedBy = presentedBy;
        p.purpose = purpose;
        p.text = background;
        return p;
    }

    static ReviewPart summary(String heading, List<ReviewRows.SummaryRow> rows) {
        ReviewPart p = new ReviewPart(Kind.SUMMARY);
        p.heading = heading;
        p.summaryRows = List.copyOf(rows);
        return p;
    }

    static ReviewPart indicator(String heading, String subheading, List<ReviewRows.TableRow> table, String chartHeading,
            List<ReviewRows.ChartPoint> chart, String chartDescription, String sentences, String status,
            String statusDetail, String notes, String noData) {
        ReviewPart p = new ReviewPart(Kind.INDICATOR);
        p.heading = heading;
        p.subheading = subheading;
        p.tableRows = List.copyOf(table);
        p.chartHeading = chartHeading;
        p.chartPoints = List.copyOf(chart);
        p.chartDescription = chartDescription;
        p.sentences = sentences;
        p.status = status;
        p.statusDetail = statusDetail;
        p.notes = notes;
        p.text = noData;
        return p;
    }

    /** One recommendation, printed as an item of a numbered list ("1." beside its text). */
    static ReviewPart recommendation(String marker, String text) {
        ReviewPart p = new ReviewPart(Kind.RECOMMENDATION);
        p.marker = marker;
        p.text = text;
        return p;
    }

    static ReviewPart text(Kind kind, String heading, String text, List<ReviewRows.TableRow> table) {
        ReviewPart p = new ReviewPart(kind);
        p.heading = heading;
        p.text = text;
        p.tableRows = List.copyOf(table);
        return p;
    }

    public String getKind() {
        return kind.name();
    }

    public Kind kind() {
        return kind;
    }

    public String getHeading() {
        return heading;
    }

    public String getSubheading() {
        return subheading;
    }

    public String getMarker() {
        return marker;
    }

    public String getText() {
        return text;
    }

    public String getBoard() {
        return board;
    }

    public String getMeetingDate() {
        return meetingDate;
    }

    public String getTitle() {
        return title;
    }

    public String getPresentedBy() {
        return presentedBy;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSentences() {
        return sentences;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusDetail() {
        return statusDetail;
    }

    public String getNotes() {
        return notes;
    }

    public String getChartHeading() {
        return chartHeading;
    }

    /**
     * The chart's alternative text, from the data it draws: "Bar chart: Crimes per 1,000 population:
     * year ending June 2021: West Midlands 86.9, England and Wales 83.5; …"; null without a chart.
     */
    public String getChartDescription() {
        return chartDescription;
    }

    public Boolean getHasChart() {
        return !chartPoints.isEmpty();
    }

    public Boolean getHasTable() {
        return !tableRows.isEmpty();
    }

    public List<ReviewRows.TableRow> getTableRows() {
        return tableRows;
    }

    public List<ReviewRows.SummaryRow> getSummaryRows() {
        return summaryRows;
    }

    public List<ReviewRows.ChartPoint> getChartPoints() {
        return chartPoints;
    }
}
