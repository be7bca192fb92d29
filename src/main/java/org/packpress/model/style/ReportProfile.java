package org.packpress.model.style;

import java.util.List;

/**
 * How the reports of one originator (the Panel's lead officer, the Commissioner, …) look.
 *
 * @param dateStyle how the header block writes the report's date
 * @param runningHeader the running header of pages after the first when the report gives none;
 *     {@code {title}} is the report's title; "" for none
 * @param headerBlock the lines of the header block in order; at most one before the title
 * @param numberedHeadings whether section headings carry numbers when paragraphs are numbered continuously
 *     (sectioned numbering always numbers them: "2.1" names its section)
 * @param generatedAppendixLabel whether a generated paper printed as an appendix (the work programme, the
 *     tracker, the key decisions) opens with its "Appendix A" line, as an authored appendix does
 */
public record ReportProfile(DateStyle dateStyle, String runningHeader, List<HeaderField> headerBlock,
        Boolean numberedHeadings, Boolean generatedAppendixLabel) {

    /** Today's header block: the title, then date, report of, author(s), email and telephone. */
    public static final List<HeaderField> DEFAULT_HEADER_BLOCK = List.of(HeaderField.TITLE, HeaderField.DATE,
            HeaderField.REPORT_OF, HeaderField.AUTHORS, HeaderField.EMAIL, HeaderField.TELEPHONE);

    public static final ReportProfile DEFAULT = new ReportProfile(null, null, null, null, null);

    /** The most lines the header block may have after the title (the report's layout has a slot for each). */
    public static final int LINES_AFTER_TITLE = 6;

    public ReportProfile {
        dateStyle = Defaults.or(dateStyle, DateStyle.LONG);
        runningHeader = Defaults.or(runningHeader, "");
        headerBlock = headerBlock == null ? DEFAULT_HEADER_BLOCK : List.copyOf(headerBlock);
        numberedHeadings = Defaults.or(numberedHeadings, Boolean.TRUE);
        generatedAppendixLabel = Defaults.or(generatedAppendixLabel, Boolean.FALSE);
    }

    /** A profile with the default header block, headings and appendix lines. */
    public ReportProfile(DateStyle dateStyle, String runningHeader) {
        this(dateStyle, runningHeader, null, null, null);
    }

    public enum DateStyle {
        /** "20 January 2025" */
        LONG,
        /** "Monday January 20th 2025", the ordinal's letters raised */
        WEEKDAY_MONTH_ORDINAL
    }

    /** A line of a report's header block. */
    public enum HeaderField {
        /** "Report to: " and the body's name */
        REPORT_TO,
        /** "Agenda item: " and the number of the agenda item the report is a paper of, in the body's form */
        ITEM,
        /** the report's title (its first heading) */
        TITLE,
        /** "Date: " and the report's date in the profile's date style */
        DATE,
        /** "Report of: " */
        REPORT_OF,
        /** "Report author: " or "Report authors: " by the number of authors */
        AUTHORS,
        /** "Email: " */
        EMAIL,
        /** "Tel: " */
        TELEPHONE
    }
}
