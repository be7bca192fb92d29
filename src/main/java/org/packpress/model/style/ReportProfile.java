package org.packpress.model.style;

/**
 * How the reports of one originator (the Panel's lead officer, the Commissioner, …) look.
 *
 * @param dateStyle how the header block writes the meeting date
 * @param numberedHeadings whether section headings carry numbers when paragraphs are numbered
 * @param runningHeader text of the running header, or "" for none; {@code {title}} is the report's title
 */
public record ReportProfile(DateStyle dateStyle, Boolean numberedHeadings, String runningHeader) {

    public static final ReportProfile DEFAULT = new ReportProfile(null, null, null);

    public ReportProfile {
        dateStyle = HouseStyle.or(dateStyle, DateStyle.LONG);
        numberedHeadings = HouseStyle.or(numberedHeadings, Boolean.TRUE);
        runningHeader = HouseStyle.or(runningHeader, "");
    }

    public enum DateStyle {
        /** "20 January 2025" */
        LONG,
        /** "Monday January 20th 2025" */
        DAY_MONTH_ORDINAL
    }
}
