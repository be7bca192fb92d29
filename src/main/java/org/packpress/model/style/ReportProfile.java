package org.packpress.model.style;

/**
 * How the reports of one originator (the Panel's lead officer, the Commissioner, …) look.
 *
 * @param dateStyle how the header block writes the report's date
 * @param runningHeader the running header of pages after the first when the report gives none;
 *     {@code {title}} is the report's title; "" for none
 */
public record ReportProfile(DateStyle dateStyle, String runningHeader) {

    public static final ReportProfile DEFAULT = new ReportProfile(null, null);

    public ReportProfile {
        dateStyle = Defaults.or(dateStyle, DateStyle.LONG);
        runningHeader = Defaults.or(runningHeader, "");
    }

    public enum DateStyle {
        /** "20 January 2025" */
        LONG,
        /** "Monday January 20th 2025", the ordinal's letters raised */
        WEEKDAY_MONTH_ORDINAL
    }
}
