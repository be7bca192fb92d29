package org.packpress.documents.annualreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.packpress.common.DateStyles;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.ingest.performance.PerformanceImporter;
import org.packpress.performance.PerformanceTestSupport;
import org.packpress.testing.PdfInspection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The acceptance checks of the annual-report review PDF built from the example's imported data. */
@SpringBootTest(properties = PerformanceTestSupport.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReviewBuilderTest {

    @Autowired
    PerformanceImporter importer;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AnnualReviewBuilder builder;
    @Autowired
    org.packpress.store.performance.PerformanceRepository repository;
    @Autowired
    org.packpress.render.text.TextBlocks blocks;

    @TempDir
    static Path out;

    Path pdf;
    String text;

    @BeforeAll
    void build() {
        PerformanceTestSupport.importFolder(importer, tx, PerformanceTestSupport.EXAMPLE);
        pdf = builder.build("wm-spcb", "2020-21", out, null);
        try {
            java.nio.file.Files.copy(pdf, Path.of("target/annual-review-example.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            text = inspection.text().replaceAll("\\s+", " ");
            assertThat(inspection.title()).isEqualTo("Annual Report 2020/21: review");
        }
    }

    @Test
    void isPublishedUnderTheBodysAnnualReviewFolder() {
        assertThat(pdf).isEqualTo(out.resolve("wm-spcb/annual-review/annual-review-2020-21.pdf"));
        assertThat(out.resolve("wm-spcb/annual-review/manifest.json")).content().contains("annual-review-2020-21.pdf");
    }

    @Test
    void coverPaperCarriesBoardDateTitlePresenterAndPurpose() {
        assertThat(text).contains("Strategic Policing and Crime Board", "Date of meeting: 26 September 2021",
                "Title: Annual Report 2020/21", "Presented by: Jonathan Jardine, Chief Executive",
                "Purpose of paper The SPCB to note the annual report for 2020/21.", "Background");
    }

    @Test
    void indicatorOneHasItsTableChartAndGeneratedSentences() {
        String section = between(text, "Indicator 1: West Midlands Police to continue", "Indicator 2:");
        assertThat(section).contains("England and Wales 83.5", "West Midlands 85.5 86.9", "Metropolitan Police 91.7",
                "Merseyside 94.2", "Greater Manchester 98.1", "West Yorkshire 115.3");
        assertThat(section).contains("The rate of 86.9 for the West Midlands was an increase on the 85.5 reported "
                + "for the year ending June 2020.");
        assertThat(section).contains("Whilst this is 3.4 points above the rate for England and Wales, it is the lowest "
                + "when compared to the most similar force areas (MSF) and the Metropolitan Police.");
        assertThat(section).contains("Status for 2020/21: Met", "Chart: Total recorded crime rate (excluding fraud)");
        JasperPrint print = builder.fill("wm-spcb", "2020/21").print();
        List<JRPrintImage> charts = charts(print);
        assertThat(charts).as("one chart per indicator with figures").hasSize(7);
        assertThat(charts.get(0).getRenderer().getClass().getName()).containsIgnoringCase("chart");
    }

    @Test
    void aBodyWordsItsReviewItsOwnWayThroughItsTextBlocks() {
        var paper = repository.review("wm-spcb", "2020/21").orElseThrow();
        var data = repository.load("wm-spcb", paper.planId()).orElseThrow();
        var board = new org.packpress.model.Body("other-board", "Other Board", null,
                org.packpress.model.Body.BodyKind.BOARD, null, null, null, java.util.Map.of(
                        "review-recommendations-heading", "What the {{body.name}} recommends",
                        "review-meeting-date", "Meeting: {{date}}",
                        "review-indicator-heading", "{{number}}. {{title}}",
                        "review-status-line", "{{year}} status: {{status}}",
                        "review-chart-description", "Chart of {{title}} ({{values}})",
                        "review-chart-heading", "Figure: {{title}}",
                        "review-standing-lowest", "lowest of all",
                        "review-summary-figure", "{{value}} in {{period}}",
                        "review-grades-area", "Force area"),
                List.of(), List.of(), List.of());
        List<ReviewPart> parts = AnnualReviewDocument.review(paper, data, new ReviewLabels(board, blocks, DateStyles.UK))
                .parts();
        assertThat(parts.get(0).getMeetingDate()).isEqualTo("Meeting: 26 September 2021");
        assertThat(parts).extracting(ReviewPart::getHeading)
                .contains("What the Other Board recommends", "1. West Midlands Police to continue to have lower recorded crime rate compared to other similar forces")
                .noneMatch(h -> h != null && (h.startsWith("Recommendations of") || h.startsWith("Indicator ")));
        assertThat(parts).extracting(ReviewPart::getStatus).contains("2020/21 status: Met");
        ReviewPart first = parts.stream().filter(p -> p.kind() == ReviewPart.Kind.INDICATOR).findFirst().orElseThrow();
        assertThat(first.getChartDescription()).startsWith("Chart of Total recorded crime rate (excluding fraud) (year "
                + "ending June 2020: West Midlands 85.5; ");
        assertThat(first.getChartHeading()).isEqualTo("Figure: Total recorded crime rate (excluding fraud)");
        assertThat(first.getSentences()).contains("it is lowest of all when compared to").doesNotContain("the lowest");
        assertThat(parts.stream().filter(p -> p.kind() == ReviewPart.Kind.SUMMARY).findFirst().orElseThrow()
                .getSummaryRows()).extracting(ReviewRows.SummaryRow::getLatest).contains("73,435 in 2020/21");
        assertThat(parts.stream().filter(p -> p.kind() == ReviewPart.Kind.GRADES).findFirst().orElseThrow()
                .getTableRows().get(0).getLabel()).isEqualTo("Force area");
    }

    @Test
    void everyChartIsAFigureWhoseAlternativeTextGivesTheValuesItDraws() {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<String> alts = org.packpress.testing.StructureTree.all(inspection.document()).stream()
                    .filter(e -> e.type().equals("Figure")).map(org.packpress.testing.StructureTree.Element::alt).toList();
            assertThat(alts).hasSize(7).allSatisfy(alt -> assertThat(alt).startsWith("Bar chart: "));
            assertThat(alts.get(0)).contains("Total recorded crime rate (excluding fraud)", "England and Wales 83.5",
                    "West Midlands 85.5", "West Midlands 86.9", "Metropolitan Police 91.7", "West Yorkshire 115.3");
        }
    }

    @Test
    void summaryListsAllTwelveIndicatorsWithTheirRecordedStatus() throws Exception {
        String summary = between(text, "Summary of indicators, 2020/21", "Indicator 1: West Midlands");
        assertThat(summary).contains("Increased reporting of 'hidden crimes' 73,435 (2020/21) Met Met",
                "Reductions in the fear of crime No figures Not assessable Not assessable",
                "Reductions in burglary and robbery 2 (December 2020) Met Met");
        // the columns as printed: numbers 1 to 12, and the recorded status of each, in order
        assertThat(column(45, 25)).isEqualTo("No. 1 2 3 4 5 6 7 8 9 10 11 12");
        assertThat(column(360, 95)).isEqualTo("Status (recorded) Met Met Partly met Met Met Not met Not assessable "
                + "Not met Partly met Not assessable Met Met");
    }

    /** The text of a column of the summary table (x from the page's left edge, in points). */
    private String column(float x, float width) throws java.io.IOException {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("column", new java.awt.geom.Rectangle2D.Float(x, 0, width, 842));
            StringBuilder out = new StringBuilder();
            for (int page = 0; page < inspection.pageCount(); page++) {
                String all = inspection.pageText(page + 1);
                int summary = all.indexOf("Summary of indicators");
                if (summary < 0 && out.length() == 0) {
                    continue;
                }
                stripper.extractRegions(inspection.document().getPage(page));
                String region = stripper.getTextForRegion("column");
                out.append(' ').append(region);
                if (all.contains("Indicator 1:")) {
                    break;
                }
            }
            String cells = out.toString().replaceAll("\\s+", " ").trim();
            int from = cells.indexOf(width < 30 ? "No." : "Status");
            var m = java.util.regex.Pattern.compile(width < 30 ? "^No\\.( \\d+)+"
                    : "^Status \\(recorded\\)( (Met|Partly met|Not met|Not assessable|Not recorded))+")
                    .matcher(cells.substring(from));
            return m.find() ? m.group() : cells.substring(from);
        }
    }

    @Test
    void wmnowSectionIsGeneratedFromMembersAndPopulation() {
        String section = between(text, "Indicator 11:", "Indicator 12:");
        assertThat(section).contains("Dudley 28.1 49.0", "West Midlands 33.9 46.7", "West Midlands 77,999 107,478");
        assertThat(section).contains("The figure of 107,478 for the West Midlands was an increase of 37.8% on the 77,999 "
                + "reported for November 2019.");
        assertThat(section).contains("The largest increase was in Dudley (74.5%) and the smallest in Walsall (21.7%).");
    }

    @Test
    void showsRecommendationsAndInspectionGrades() {
        String grades = text.substring(text.indexOf("Inspection grades"));
        assertThat(text).contains("Recommendations of the Police and Crime Panel", "1. Example:");
        assertThat(grades).contains("Area PEEL 2021/22 PEEL 2023–25", "Preventing crime Good Adequate");
        // an area's grades stand on its first line, whatever wraps in the cells below it
        assertThat(firstLineOfRow("Investigating crime")).isEqualTo("Investigating crime Requires improvement Inadequate");
        assertThat(firstLineOfRow("Police powers and public")).endsWith(" Adequate");
    }

    /** The words on the line of the last page that starts with {@code start}, joined. */
    private String firstLineOfRow(String start) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<PdfInspection.Word> words = inspection.words(inspection.pageCount());
            PdfInspection.Word first = words.stream().filter(w -> w.text().startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starting " + start));
            return String.join(" ", words.stream().filter(w -> Math.abs(w.y() - first.y()) < 2)
                    .map(PdfInspection.Word::text).toList());
        }
    }

    @Test
    void indicatorsWithoutFiguresSaySo() {
        assertThat(between(text, "Indicator 10:", "Indicator 11:")).contains("No figures are available: The national "
                + "survey questions on fear of crime were withdrawn", "Status for 2020/21: Not assessable");
    }

    private static List<JRPrintImage> charts(JasperPrint print) {
        List<JRPrintImage> found = new ArrayList<>();
        print.getPages().forEach(p -> collect(p.getElements(), found));
        return found;
    }

    private static void collect(List<JRPrintElement> elements, List<JRPrintImage> found) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintImage image && image.getRenderer() != null) {
                found.add(image);
            } else if (e instanceof JRPrintFrame frame) {
                collect(frame.getElements(), found);
            } else if (e instanceof JRPrintText) {
                continue;
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isGreaterThanOrEqualTo(0);
        int to = text.indexOf(end, from + start.length());
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
