package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.TestRenderers;
import org.packpress.model.AuthoredReport;
import org.packpress.common.BuildFailedException;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.jasper.TemplateRegistry;
import org.packpress.render.text.Block;
import org.packpress.render.text.StyledText;
import org.packpress.testing.MarkedContents;
import org.packpress.testing.PdfInspection;

class AuthoredReportRendererTest {

    /** Rendered samples are kept here so that a person can look at them. */
    private static final Path SAMPLES = Path.of("target/md-report-samples");

    private static AuthoredReportRenderer renderer;
    private static Path drugsPdf;
    private static int drugsPages;
    private static Path coverPdf;

    @BeforeAll
    static void renderSamples() throws IOException {
        renderer = new AuthoredReportRenderer(TestRenderers.jasper());
        Files.createDirectories(SAMPLES);
        drugsPdf = SAMPLES.resolve("drugs-paper.pdf");
        drugsPages = renderer.render(SampleReports.drugsPaper(), SampleReports.context(), drugsPdf);
        coverPdf = SAMPLES.resolve("cover-report.pdf");
        renderer.render(SampleReports.coverReport(), SampleReports.context(), coverPdf);
    }

    @Test
    void headerBlockOpensTheFirstPageInTheSeedsOrder() {
        try (PdfInspection pdf = PdfInspection.open(coverPdf)) {
            assertInOrder(pdf.pageText(1),
                    "Report to the West Midlands Police and Crime Panel – HMICFRS 2023-25 PEEL Inspection",
                    "Date: 15 January 2024",
                    "Report of: Kevin O'Keefe, Chief Executive Dudley MBC, Panel Lead Officer",
                    "Report author: Sarah Fradgley, Overview and Scrutiny Manager, Birmingham City Council",
                    "Email: wmpcp@birmingham.gov.uk",
                    "1 Purpose");
        }
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            assertThat(pdf.pageText(1)).contains("Report authors: Esther Whittock and Jody Clark");
        }
    }

    @Test
    void paragraphsAreNumberedContinuouslyInReadingOrder() {
        List<String> expected = numberedParagraphStarts(SampleReports.drugsPaper());
        assertThat(expected).hasSizeGreaterThan(12);
        assertThat(expected.get(0)).startsWith("1. This paper gives");
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            assertInOrder(flat(pdf.text()), expected.toArray(String[]::new));
        }
    }

    @Test
    void coverReportNumbersSectionsAndParagraphsLikeThePanelsTemplate() {
        try (PdfInspection pdf = PdfInspection.open(coverPdf)) {
            String text = flat(pdf.text());
            assertInOrder(text,
                    "1 Purpose", "1.1 On 18 December 2023", "1.2 The inspection report was published",
                    "2 Recommendation", "2.1 That the Police and Crime Panel notes",
                    "3 Background", "3.1 At the extraordinary meeting", "3.2 It is proposed",
                    "4 Examining the inspection", "4.1 The Policing Protocol Order 2023 sets out",
                    "The Panel keeps a regular check",
                    "5 Finance Implications", "5.1 There are no financial implications",
                    "6 Legal Implications", "6.1 The powers and responsibilities",
                    "7 Equalities Implications", "7.1 The Panel has a Public Sector Equality Duty",
                    "1. eliminate discrimination", "2. advance equality", "3. foster good relations",
                    "8 List of Appendices", "8.1 Appendix 1 PEEL 2023-25 inspection report",
                    "9 Background Papers", "9.1 Policing Protocol Order 2023", "9.2 LGA guidance",
                    "10 Contact Officers", "10.1 Sarah Fradgley");
            assertThat(PdfTextStyles.boldText(pdf.document()))
                    .contains("That the Police and Crime Panel notes the findings of the inspection report");
            assertThat(PdfTextStyles.linkTargets(pdf.document()))
                    .contains("https://www.legislation.gov.uk/uksi/2023/649/contents/made", "https://www.local.gov.uk/");
        }
    }

    @Test
    void runningHeaderPrintsOnPagesAfterTheFirstOnly() {
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            assertThat(pdf.pageCount()).isEqualTo(drugsPages).isGreaterThanOrEqualTo(2);
            assertThat(pdf.pageText(1)).doesNotContain("DRUGS PAPER");
            for (int page = 2; page <= pdf.pageCount(); page++) {
                assertThat(pdf.pageText(page)).as("page %d", page).startsWith("DRUGS PAPER");
            }
        }
        try (PdfInspection pdf = PdfInspection.open(coverPdf)) {
            assertThat(pdf.text()).doesNotContain("DRUGS PAPER");
        }
    }

    @Test
    void theRunningHeaderIsAPaginationArtifactNotText() {
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            for (int page = 2; page <= pdf.pageCount(); page++) {
                assertThat(MarkedContents.runs(pdf.document(), page)).as("page %d", page)
                        .filteredOn(run -> run.text().contains("DRUGS PAPER")).singleElement()
                        .satisfies(run -> {
                            assertThat(run.tag()).isEqualTo("Artifact");
                            assertThat(run.type()).isEqualTo("Pagination");
                            assertThat(run.subtype()).isEqualTo("Header");
                        });
            }
            // nothing the structure tree points at reads it
            assertThat(MarkedContents.taggedText(pdf.document())).contains("Purpose").doesNotContain("DRUGS PAPER");
        }
    }

    @Test
    void recommendationsPrintInBoldAsTheirOwnSection() {
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            String text = flat(pdf.text());
            assertInOrder(text, "1 Purpose", "2 Recommendation",
                    "That the Panel notes the progress made against the Police and Crime Plan commitments.",
                    "3 The commitments in the Police and Crime Plan");
            assertThat(PdfTextStyles.boldText(pdf.document()))
                    .contains("That the Panel notes the progress made against the Police and Crime Plan commitments.");
        }
    }

    @Test
    void tablesFiguresAndTheirCaptionsPrintInOrder() {
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            String text = flat(pdf.text());
            assertInOrder(text,
                    "Figure 1 shows referrals to DIVERT",
                    "Figure 1. Referrals to DIVERT 2022/23",
                    "Definition Q1 Q2 Year to date",
                    "Total Voluntary Custody Assessments 251 213 464",
                    "Total Referrals to Specialist Treatment (definition) 501 353 854",
                    "Table 1. Arrest referral data for quarters 1 and 2 of 2023-24",
                    "Outcomes for people seen in custody");
        }
    }

    @Test
    void nestedListsKeepTheirMarkers() {
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            assertInOrder(flat(pdf.text()),
                    "• Police and Crime Plan commitments",
                    "– homicides recorded by West Midlands Police",
                    "◦ shoplifting and other retail crime",
                    "• The National Drugs Strategy",
                    "1. basic harm reduction advice", "2. assessments after a positive test",
                    "a. required assessments", "b. voluntary assessments", "i. in the cell block",
                    "3. case management");
        }
    }

    @Test
    void userTextThatLooksLikeMarkupPrintsLiterally() {
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            String text = flat(pdf.text());
            assertThat(text).contains("free to join & leaves no criminal record")
                    .contains("a literal tag such as <b>not bold</b> and the sum 3 < 4 > 2 must print exactly");
            assertThat(PdfTextStyles.boldText(pdf.document())).doesNotContain("not bold");
        }
    }

    @Test
    void linksAreClickableAndQuotationsAndCodePrint() {
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            assertThat(PdfTextStyles.linkTargets(pdf.document())).contains(
                    "https://www.gov.uk/government/publications/from-harm-to-hope-a-10-year-drugs-plan-to-cut-crime-and-save-lives");
            assertThat(flat(pdf.text()))
                    .contains("The strategy is described in From harm to hope and sets")
                    .contains("Local partners are asked to break drug supply chains")
                    .contains("the CDAP board publishes its minutes")
                    .contains("SELECT area, COUNT(*) FROM referrals WHERE quarter <= 2 & year = '2023-24'");
            assertThat(PdfTextStyles.linkTargets(pdf.document())).as("link in a table cell").contains("https://www.gov.uk/");
            assertThat(pdf.text()).as("code keeps its lines").contains("FROM referrals\n");
        }
    }

    @Test
    void metadataNamesTheReportTheBodyAndTheLanguage() {
        try (PdfInspection pdf = PdfInspection.open(drugsPdf)) {
            assertThat(pdf.title()).isEqualTo("Report to the West Midlands Police and Crime Panel – Drugs");
            assertThat(pdf.author()).isEqualTo(SampleReports.BODY);
            assertThat(pdf.language()).isEqualTo("en-GB");
            assertThat(pdf.document().getDocumentInformation().getSubject()).isEqualTo("Report");
        }
    }

    @Test
    void nothingPrintsInTheBottom36PointsOfAnyPage() {
        for (Path file : List.of(drugsPdf, coverPdf)) {
            try (PdfInspection pdf = PdfInspection.open(file)) {
                float pageHeight = pdf.document().getPage(0).getMediaBox().getHeight();
                assertThat(pageHeight).isEqualTo(842f);
                assertThat(PdfTextStyles.lowestTextFromTop(pdf.document())).isLessThan(pageHeight - 36);
            }
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderRowOnEveryPage(@TempDir Path dir) {
        StringBuilder markdown = new StringBuilder("## Data\n\n| Area | Month | Referrals |\n|---|---|--:|\n");
        for (int row = 1; row <= 90; row++) {
            markdown.append("| Area ").append(row).append(" | January | ").append(row * 7).append(" |\n");
        }
        markdown.append("\nTable 1. Referrals by area\n");
        AuthoredReport report = withBody(SampleReports.coverReport(), markdown.toString());
        Path pdfFile = dir.resolve("long-table.pdf");
        int pages = renderer.render(report, SampleReports.context(), pdfFile);
        try (PdfInspection pdf = PdfInspection.open(pdfFile)) {
            assertThat(pages).isGreaterThanOrEqualTo(3);
            int withRows = 0;
            for (int page = 1; page <= pages; page++) {
                String text = pdf.pageText(page);
                if (text.contains("Area ")) {
                    withRows++;
                    assertThat(text).as("page %d", page).contains("Area Month Referrals");
                }
            }
            assertThat(withRows).as("pages the table runs over").isGreaterThanOrEqualTo(2);
            assertInOrder(flat(pdf.text()), "Area 89 January 623", "Area 90 January 630", "Table 1. Referrals by area");
        }
    }

    @Test
    void aSectionHeadingNeverEndsAPage(@TempDir Path dir) {
        for (int fillers = 20; fillers < 30; fillers++) {
            StringBuilder markdown = new StringBuilder("## One\n\n");
            for (int i = 0; i < fillers; i++) {
                markdown.append("Filler paragraph number ").append(i).append(" with a few words.\n\n");
            }
            markdown.append("## Two\n\nAfter the heading.\n");
            Path pdfFile = dir.resolve("orphan-" + fillers + ".pdf");
            renderer.render(withBody(SampleReports.coverReport(), markdown.toString()), SampleReports.context(), pdfFile);
            try (PdfInspection pdf = PdfInspection.open(pdfFile)) {
                String firstPage = pdf.pageText(1).strip();
                assertThat(firstPage.substring(firstPage.lastIndexOf('\n') + 1)).as("%d fillers", fillers)
                        .isNotEqualTo("2 Two");
            }
        }
    }

    @Test
    void aTableNeverStartsWithItsHeaderRowAloneAtThePageFoot(@TempDir Path dir) {
        for (int fillers = 20; fillers < 30; fillers++) {
            StringBuilder markdown = new StringBuilder("## One\n\n");
            for (int i = 0; i < fillers; i++) {
                markdown.append("Filler paragraph number ").append(i).append(" with a few words.\n\n");
            }
            markdown.append("| Heading | Figure |\n|---|--:|\n| first row | 1 |\n| second row | 2 |\n| third row | 3 |\n");
            Path pdfFile = dir.resolve("table-" + fillers + ".pdf");
            renderer.render(withBody(SampleReports.coverReport(), markdown.toString()), SampleReports.context(), pdfFile);
            try (PdfInspection pdf = PdfInspection.open(pdfFile)) {
                int withHeader = 0;
                for (int page = 1; page <= pdf.pageCount(); page++) {
                    String text = pdf.pageText(page);
                    if (text.contains("Heading Figure")) {
                        withHeader++;
                        assertThat(text).as("%d fillers, page %d", fillers, page).contains("first row 1");
                    }
                }
                assertThat(withHeader).as("%d fillers: the table's header row is printed once", fillers).isEqualTo(1);
            }
        }
    }

    @Test
    void anAttachedFileThatIsNoImageStopsTheBuild(@TempDir Path dir) {
        AuthoredReport base = SampleReports.coverReport();
        AuthoredReport report = new AuthoredReport(base.title(), base.date(), null, List.of(), null, null, List.of(),
                base.numbering(), null, List.of(), "![chart](images/chart.png)\n",
                List.of(new AuthoredReport.ReportImage("images/chart.png", "abc", "image/png")));
        ReportContext context = new ReportContext(SampleReports.BODY, SampleReports.IMPLICATIONS, sha -> "%PDF-1.7".getBytes(),
                SampleReports.LABELS);
        Path target = dir.resolve("report.pdf");
        assertThatThrownBy(() -> renderer.render(report, context, target))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("images/chart.png: not a PNG, JPEG or GIF image");
        assertThat(target).doesNotExist();
    }

    @Test
    void aMissingImageStopsTheBuildNamingItAndWritesNothing(@TempDir Path dir) {
        AuthoredReport report = withBody(SampleReports.coverReport(), "## Purpose\n\n![chart](images/missing.png)\n");
        Path target = dir.resolve("report.pdf");
        assertThatThrownBy(() -> renderer.render(report, SampleReports.context(), target))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("images/missing.png");
        assertThat(target).doesNotExist();
    }

    @Test
    void anUnknownImplicationsBlockStopsTheBuildNamingIt(@TempDir Path dir) {
        AuthoredReport base = SampleReports.coverReport();
        AuthoredReport report = new AuthoredReport(base.title(), base.date(), base.reportOf(), base.authors(),
                base.email(), base.telephone(), base.recommendations(), base.numbering(), null, List.of("procurement"),
                base.markdown(), base.images());
        assertThatThrownBy(() -> renderer.render(report, SampleReports.context(), dir.resolve("r.pdf")))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("implications-procurement");
    }

    @Test
    void implicationsGoBeforeTheSectionsTheBodyCountsAsClosing() {
        AuthoredReport base = SampleReports.coverReport();
        AuthoredReport report = new AuthoredReport(base.title(), base.date(), base.reportOf(), base.authors(),
                base.email(), base.telephone(), List.of(), base.numbering(), null, List.of("finance"),
                "## Purpose\n\nWhy the report is written.\n\n## Annexes\n\nAnnex 1: the figures.\n", base.images());
        assertThat(sectionHeadings(report, SampleReports.context()))
                .containsExactly("Purpose", "Annexes", "Finance Implications");

        Map<String, String> labels = new HashMap<>(SampleReports.LABELS);
        labels.put("report-closing-sections", "Annexes\nBackground documents\n");
        ReportContext annexesClose = new ReportContext(SampleReports.BODY, SampleReports.IMPLICATIONS, sha -> null, labels);
        assertThat(sectionHeadings(report, annexesClose)).containsExactly("Purpose", "Finance Implications", "Annexes");
    }

    private static List<String> sectionHeadings(AuthoredReport report, ReportContext context) {
        return renderer.blocks(report, context).stream()
                .filter(block -> block instanceof Block.Heading heading && heading.isSection())
                .map(block -> StyledText.plain(((Block.Heading) block).text()).strip()).toList();
    }

    private static AuthoredReport withBody(AuthoredReport base, String markdown) {
        return new AuthoredReport(base.title(), base.date(), base.reportOf(), base.authors(), base.email(), base.telephone(),
                List.of(), base.numbering(), base.runningHeader(), List.of(), markdown, base.images());
    }

    /** "N. first words" of every numbered paragraph, as the renderer numbers them. */
    private static List<String> numberedParagraphStarts(AuthoredReport report) {
        List<String> starts = new ArrayList<>();
        for (Block block : renderer.blocks(report, SampleReports.context())) {
            if (block instanceof Block.Paragraph p && p.number() != null) {
                String words = String.join(" ", List.of(StyledText.plain(p.text()).split("\\s+")).subList(0, 3));
                starts.add(p.number() + " " + words);
            }
        }
        return starts;
    }

    /** Text with all runs of white space (line ends included) as single spaces. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertInOrder(String text, String... parts) {
        String flat = flat(text);
        int from = 0;
        for (String part : parts) {
            int at = flat.indexOf(part, from);
            assertThat(at).as("\"%s\" after position %d in:%n%s", part, from, flat).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
