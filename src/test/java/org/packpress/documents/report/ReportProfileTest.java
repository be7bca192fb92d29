package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.TestRenderers;
import org.packpress.model.AuthoredReport;
import org.packpress.model.style.ReportProfile;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.jasper.TemplateRegistry;
import org.packpress.testing.PdfInspection;
import java.util.Arrays;
import java.util.List;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.model.style.ReportProfile.HeaderField;

/**
 * A report profile of the house style sets the header block (its lines, their order, the date style), the
 * running header and whether headings are numbered; the label of the authors' line follows how many are given;
 * a paragraph marked <code>{-}</code> takes no number.
 */
class ReportProfileTest {

    @TempDir
    Path temp;

    @Test
    void theCommissionersProfileWritesTheDateWithARaisedOrdinalAndItsOwnRunningHeader() throws Exception {
        AuthoredReport base = SampleReports.drugsPaper();
        AuthoredReport withoutHeader = new AuthoredReport(base.title(), base.date(), base.reportOf(), base.authors(),
                base.email(), base.telephone(), base.recommendations(), base.numbering(), null, base.implications(), base.markdown(),
                base.images());
        ReportProfile commissioner = new ReportProfile(ReportProfile.DateStyle.WEEKDAY_MONTH_ORDINAL, "COMMISSIONER'S PAPER");
        ReportContext plain = SampleReports.context();
        ReportContext context = new ReportContext(plain.bodyName(), plain.implications(), plain.images(), null, plain.labels(),
                commissioner, null, null);
        Path pdf = temp.resolve("profiled.pdf");
        new AuthoredReportRenderer(TestRenderers.jasper()).render(withoutHeader,
                context, pdf);
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(inspection.pageText(1)).contains("Date: Monday January 15th 2024").doesNotContain("COMMISSIONER'S PAPER");
            assertThat(inspection.pageText(2)).startsWith("COMMISSIONER'S PAPER");
            float[] sizes = new float[2];
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<TextPosition> positions) {
                    int at = text.indexOf("15th");
                    if (at >= 0 && sizes[0] == 0) {
                        sizes[0] = positions.get(at).getHeightDir();
                        sizes[1] = positions.get(at + 2).getHeightDir();
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(inspection.document());
            assertThat(sizes[1]).as("the ordinal is smaller than the day").isLessThan(sizes[0]);
        }
    }

    static final String SHORT_REPORT = """
            ## Purpose

            The Panel is asked to note the work programme.

            ## Contact Officers

            Sarah Fradgley, Overview and Scrutiny Manager {-}

            Closing paragraph of the report.
            """;

    private Path render(AuthoredReport report, ReportProfile profile, String name) {
        ReportContext plain = SampleReports.context();
        Path pdf = temp.resolve(name);
        new AuthoredReportRenderer(TestRenderers.jasper()).render(report,
                new ReportContext(plain.bodyName(), plain.implications(), plain.images(), null, plain.labels(), profile, null, null), pdf);
        return pdf;
    }

    private static AuthoredReport report(List<String> authors, String telephone, String markdown) {
        AuthoredReport base = SampleReports.coverReport();
        return new AuthoredReport(base.title(), base.date(), base.reportOf(), authors, base.email(), telephone,
                List.of(), ParagraphNumbering.CONTINUOUS, null, List.of(), markdown, List.of());
    }

    /** The lines of page 1 from the top, each as one string. */
    private static List<String> lines(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            return Arrays.stream(inspection.pageText(1).split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
        }
    }

    @Test
    void theProfileChoosesTheHeaderBlocksLinesAndTheirOrder() {
        ReportProfile profile = new ReportProfile(null, null, List.of(HeaderField.REPORT_TO, HeaderField.TITLE,
                HeaderField.AUTHORS, HeaderField.TELEPHONE, HeaderField.DATE), null, null);
        List<String> lines = lines(render(report(List.of("Sarah Fradgley"), "0121 303 1727", SHORT_REPORT), profile,
                "header-block.pdf"));
        assertThat(lines.subList(0, 5)).containsExactly("Report to: " + SampleReports.BODY,
                "Report to the West Midlands Police and Crime Panel – HMICFRS",
                "2023-25 PEEL Inspection of West Midlands Police", "Report author: Sarah Fradgley", "Tel: 0121 303 1727");
        assertThat(lines.get(5)).isEqualTo("Date: 15 January 2024");
        // lines the profile leaves out are not printed, though the report has them
        assertThat(lines).noneMatch(l -> l.startsWith("Report of:") || l.startsWith("Email:"));
    }

    @Test
    void theDefaultHeaderBlockAddsTheTelephoneAfterTheEmail() {
        List<String> lines = lines(render(report(List.of("Sarah Fradgley"), "0121 303 1727", SHORT_REPORT),
                ReportProfile.DEFAULT, "telephone.pdf"));
        assertThat(lines).containsSubsequence("Date: 15 January 2024",
                "Report of: Kevin O'Keefe, Chief Executive Dudley MBC, Panel Lead Officer",
                "Report author: Sarah Fradgley", "Email: wmpcp@birmingham.gov.uk", "Tel: 0121 303 1727", "1 Purpose");
    }

    @Test
    void theAuthorsLabelFollowsHowManyAuthorsAreGivenNeverAWordInAName() {
        assertThat(lines(render(report(List.of("Rees and Partners, Auditors"), null, SHORT_REPORT), ReportProfile.DEFAULT,
                "one-author.pdf"))).contains("Report author: Rees and Partners, Auditors");
        assertThat(lines(render(report(List.of("Gill Anderson", "Lee Sand", "Kim Ho"), null, SHORT_REPORT),
                ReportProfile.DEFAULT, "three-authors.pdf"))).contains("Report authors: Gill Anderson, Lee Sand and Kim Ho");
    }

    @Test
    void headingsAreUnnumberedWhenTheProfileSaysSoAndAMarkedParagraphTakesNoNumber() {
        Path numbered = render(report(List.of("Sarah Fradgley"), null, SHORT_REPORT), ReportProfile.DEFAULT, "numbered.pdf");
        assertThat(lines(numbered)).containsSubsequence("1 Purpose", "1. The Panel is asked to note the work programme.",
                "2 Contact Officers", "Sarah Fradgley, Overview and Scrutiny Manager", "2. Closing paragraph of the report.");
        assertThat(lines(numbered)).noneMatch(l -> l.contains("{-}"));
        Path plain = render(report(List.of("Sarah Fradgley"), null, SHORT_REPORT),
                new ReportProfile(null, null, null, false, null), "unnumbered-headings.pdf");
        assertThat(lines(plain)).containsSubsequence("Purpose", "1. The Panel is asked to note the work programme.",
                "Contact Officers", "Sarah Fradgley, Overview and Scrutiny Manager", "2. Closing paragraph of the report.");
        assertThat(lines(plain)).doesNotContain("1 Purpose", "2 Contact Officers");
    }
}
