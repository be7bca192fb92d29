package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.model.AuthoredReport;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.testing.PageBreaks;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestFolders;
import org.packpress.testing.TestRenderers;

/**
 * A report whose sections grow by a sentence from one to the next, so that page breaks fall on every kind of
 * block somewhere: after a heading, a lead-in, inside a table with tall rows, before a figure. No page ends with
 * a heading or a lead-in apart from what follows it, and no table row is split across pages.
 */
class ReportPageBreaksTest {

    static final String SENTENCE = "The Panel examined the figures for the quarter with the Commissioner's office. ";

    @TempDir
    Path temp;

    @Test
    void headingsLeadInsAndTableRowsAreNeverLeftAtAPageBreak() {
        StringBuilder markdown = new StringBuilder();
        for (int k = 1; k <= 36; k++) {
            markdown.append("## Section ").append(k).append(" of the review\n\n");
            if (k % 4 == 1) {
                markdown.append("### Background to section ").append(k).append("\n\n");
            }
            markdown.append(SENTENCE.repeat(k % 9 + 1)).append("\n\n");
            if (k % 3 == 0) {
                markdown.append("### Figures for section ").append(k).append("\n\n")
                        .append("![Referrals to the programme in section ").append(k)
                        .append("](images/divert-referrals.png)\n\nFigure ").append(k).append(". Referrals\n\n");
            }
            markdown.append("The Panel is asked to agree the following:\n\n- the first point of section ").append(k)
                    .append("\n- the second point of section ").append(k).append("\n\n")
                    .append(k % 2 == 0 ? "## Appendix to section " + k + "\n\n" : "") // two headings in a row
                    .append("### Table for section ").append(k).append("\n\n")
                    .append("| Measure | Result |\n|---|---|\n")
                    .append("| Referrals in row one of section ").append(k).append(" | 120 |\n")
                    .append("| A tall row of section ").append(k).append(" | ")
                    .append("the result is explained at some length in this cell. ".repeat(k % 7 * 4 + 1))
                    .append("End of row ").append(k).append(". |\n\n");
        }
        Path pdf = render(markdown.toString(), "page-breaks.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(inspection.pageCount()).isGreaterThan(20);
            for (int k = 1; k <= 36; k++) {
                assertThat(pageOf(inspection, "A tall row of section " + k)).as("row %d starts and ends on one page", k)
                        .isEqualTo(pageOf(inspection, "End of row " + k + "."));
            }
        }
        assertThat(PageBreaks.problems(pdf)).isEmpty();
    }

    /**
     * Parts of one-line paragraphs and items, their lengths varying from one lead-in to the next, so that some
     * lead-in falls on the last line of a page: each stays with the first item it introduces.
     */
    @Test
    void aLeadInIsNeverLeftAtTheFootOfAPage() {
        StringBuilder markdown = new StringBuilder();
        for (int k = 1; k <= 60; k++) {
            markdown.append("Part ").append(k).append(" of the review.\n\n");
            for (int item = 1; item <= k % 11; item++) {
                markdown.append("- a point of part ").append(k).append('\n');
            }
            markdown.append("\nThe Panel is asked to agree the following:\n\n- the first point of part ").append(k)
                    .append("\n- the second point of part ").append(k).append("\n\n");
        }
        Path pdf = render(markdown.toString(), "lead-ins.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(inspection.pageCount()).isGreaterThan(10);
        }
        assertThat(PageBreaks.problems(pdf)).isEmpty();
    }

    /** The row check itself sees a split row: one taller than a page has to split. */
    @Test
    void aRowTallerThanAPageIsSeenSplit() {
        Path pdf = render("Some text before the table.\n\n| Measure | Result |\n|---|---|\n| A tall row of section 1 | "
                + "the result is explained at great length in this cell. ".repeat(300) + "End of row 1. |\n", "tall-row.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(pageOf(inspection, "End of row 1.")).isGreaterThan(pageOf(inspection, "A tall row of section 1"));
        }
    }

    /**
     * A table too long for what is left of a page starts on that page, right after the header block, a short
     * paragraph, a heading or a lead-in, and continues on the next under its header row printed again (it used to
     * move to the next page whole with what came before it, leaving page 1 with the header block only).
     */
    @Test
    void aLongTableStartsOnThePageOfTheTitleAndContinuesUnderItsHeaderRow() {
        List<String> leads = List.of("", "A short paragraph before the table.\n\n", "## Patrols by area\n\n",
                "The patrols by area were as follows:\n\n", "## Patrols\n\n### By area\n\nThey were as follows:\n\n");
        for (int k = 0; k < leads.size(); k++) {
            Path pdf = render(leads.get(k) + table(40) + "The Panel is asked to note the table.\n", "long-table-" + k + ".pdf");
            try (PdfInspection inspection = PdfInspection.open(pdf)) {
                String lead = "lead " + k;
                assertThat(pageOf(inspection, "Report to the West Midlands Police and Crime Panel")).as(lead).isEqualTo(1);
                assertThat(pageOf(inspection, "Area 001 ")).as(lead).isEqualTo(1);
                assertThat(pageOf(inspection, "Area 002 ")).as(lead).isEqualTo(1);
                int last = pageOf(inspection, "Area 040 ");
                assertThat(last).as(lead).isEqualTo(2);
                assertThat(inspection.pageText(last).replaceAll("\\s+", " ")).as(lead)
                        .containsPattern("Area Patrols Notes Area 0[0-9]{2} ");
            }
            assertThat(PageBreaks.problems(pdf)).isEmpty();
        }
    }

    /**
     * A heading and a lead-in before a long table, moved down a line at a time towards the foot of page 1: they
     * always start on the page of the table's header row and first two rows.
     */
    @Test
    void theHeadingAndLeadInOfALongTableStayWithItsFirstRows() {
        for (int lines = 20; lines <= 26; lines++) {
            Path pdf = render(lines(lines) + "### Patrols by area\n\nThe patrols by area were as follows:\n\n" + table(40),
                    "lead-" + lines + ".pdf");
            try (PdfInspection inspection = PdfInspection.open(pdf)) {
                int heading = pageOf(inspection, "Patrols by area");
                assertThat(List.of(pageOf(inspection, "were as follows:"), pageOf(inspection, "Area 001 "),
                        pageOf(inspection, "Area 002 "))).as("%d lines before", lines).containsOnly(heading);
            }
            assertThat(PageBreaks.problems(pdf)).isEmpty();
        }
    }

    /** A table of a few rows that does not fit at the foot of a page moves whole to the next. */
    @Test
    void aShortTableIsKeptOnOnePage() {
        Path pdf = render(lines(24) + table(6) + "The Panel is asked to note the table.\n", "short-table.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(pageOf(inspection, "Line 24 before the table.")).isEqualTo(1);
            assertThat(pageOf(inspection, "Area 001 ")).isEqualTo(2).isEqualTo(pageOf(inspection, "Area 006 "));
        }
    }

    /** One-line paragraphs "Line 1 before the table.", "Line 2 …" */
    private static String lines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int line = 1; line <= count; line++) {
            lines.append("Line ").append(line).append(" before the table.\n\n");
        }
        return lines.toString();
    }

    /** A Markdown table of patrols by area, with {@code rows} rows named "Area 001", "Area 002" … */
    private static String table(int rows) {
        StringBuilder table = new StringBuilder("| Area | Patrols | Notes |\n|---|---:|---|\n");
        for (int row = 1; row <= rows; row++) {
            table.append("| Area ").append("%03d".formatted(row)).append(" | ").append(row * 3).append(" | patrolled at night |\n");
        }
        return table.append('\n').toString();
    }

    /** The page (from 1) whose text holds a phrase, which occurs once in the report. */
    private static int pageOf(PdfInspection inspection, String phrase) {
        for (int page = 1; page <= inspection.pageCount(); page++) {
            if (inspection.pageText(page).replaceAll("\\s+", " ").contains(phrase)) {
                return page;
            }
        }
        throw new AssertionError("'" + phrase + "' is on no page");
    }

    private Path render(String markdown, String name) {
        AuthoredReport base = SampleReports.drugsPaper();
        AuthoredReport report = new AuthoredReport(base.title(), base.date(), base.reportOf(), base.authors(), null, null,
                List.of(), ParagraphNumbering.CONTINUOUS, "PAGE BREAKS", List.of(), markdown, base.images());
        Path pdf = temp.resolve(name);
        new AuthoredReportRenderer(TestRenderers.jasper()).render(report, SampleReports.context(), pdf);
        TestFolders.keep(pdf, Path.of("target/page-breaks"));
        return pdf;
    }
}
