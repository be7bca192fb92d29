package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.annualreview.AnnualReviewBuilder;
import org.packpress.ingest.performance.PerformanceImporter;
import org.packpress.model.Finding;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.ReviewFigures;
import org.packpress.model.performance.ReviewFigures.Superlative.Kind;
import org.packpress.performance.PerformanceTestSupport;
import org.packpress.store.performance.PerformanceRepository;
import org.packpress.testing.PdfInspection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The performance rules (series break, superlatives, partial-data headline) on a made-up Board's figures
 * ({@code fixtures/checks-seed-board}) that reproduce the errors of the annual-report review in the seed
 * analysis 002: the review now words them right, so its build finds nothing; the review as it used to be
 * worded (its statements rebuilt by hand) is reported by each rule. In the performance tests' own store, so
 * that no plan reaches the shared store of the nightly tests.
 */
@SpringBootTest(properties = PerformanceTestSupport.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceRulesTest {

    static final Path BOARD = Path.of("src/test/resources/fixtures/checks-seed-board");
    static final String REVIEW = "annual-report review 2020/21";

    @Autowired
    PerformanceImporter importer;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AnnualReviewBuilder reviews;
    @Autowired
    ChecksEngine checks;
    @Autowired
    PerformanceRepository repository;

    @TempDir
    static Path out;

    String text;
    Path folder;

    @BeforeAll
    void buildTheSeedBoardsReview() throws Exception {
        PerformanceTestSupport.importFolder(importer, tx, BOARD);
        PerformanceTestSupport.importFolder(importer, tx, PerformanceTestSupport.EXAMPLE);
        Path pdf = reviews.build("seed-spcb", "2020/21", out, null);
        folder = pdf.getParent();
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            text = inspection.text().replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReviewSaysSeriesBreakInsteadOfAChangeAcrossIt() {
        assertThat(text).contains("Complaints for Seedshire was 2,730 in 2020. Series break: the figure of 2,730 for"
                + " Seedshire is not compared with the 300 reported for 2019. From March 2020 every expression of"
                + " dissatisfaction counts as a complaint.");
        assertThat(text).doesNotContain("810.0%");
    }

    @Test
    void theReviewsSuperlativesNameALargestDecreaseAsSuch() {
        assertThat(text).contains("The largest increase was in MS (35.0%) and the largest decrease in Trafficking"
                + " (-58.3%).");
        assertThat(text).doesNotContain("smallest in Trafficking");
    }

    @Test
    void aHeadlineFromPartOfTheYearSaysSoWhereItIsShown() {
        // the summary's cell (its words wrap beside the next columns, so they are read in order) and the indicator's
        // sentence
        assertThat(text).containsSubsequence("900 (2020/21;", "partial", "data:", "statistics", "January", "2021)",
                "Detainees visited for Seedshire");
        assertThat(text).contains("Detainees visited for Seedshire was 900 in 2020/21 (partial data: statistics up to"
                + " January 2021).");
    }

    @Test
    void theBuildRecordsNoFindingsAndTheBodyCheckFindsNone() throws Exception {
        String manifest = Files.readString(folder.resolve("manifest.json"));
        assertThat(manifest).contains("\"annual-review-2020-21\"").contains("\"findings\" : [ ]");
        assertThat(checks.checkBody("seed-spcb")).isEmpty();
        // the example Board's review (complaints declare the February 2020 break) is clean too, and is checked
        List<Subject.Review> example = reviews.reviews("wm-spcb");
        assertThat(example).singleElement().satisfies(r -> assertThat(r.figures().changes())
                .anySatisfy(c -> assertThat(c.shown()).startsWith("Series break: the figure of 3,710")));
        assertThat(checks.checkBody("wm-spcb")).isEmpty();
    }

    @Test
    void theReviewAsItUsedToBeWordedIsReportedByEachRule() {
        PerformanceData data = repository.load("seed-spcb", "seed-plan").orElseThrow();
        ReviewFigures figures = new ReviewFigures();
        figures.add(new ReviewFigures.Change(2, "complaint", "seedshire", Period.parse("2019"), Period.parse("2020"), false,
                "The figure of 2,730 for Seedshire was an increase of 810.0% on the 300 reported for 2019."));
        figures.add(new ReviewFigures.Superlative(1, "crimes", Kind.LARGEST_CHANGE, "MS", 0.35,
                "the largest change was in MS (35.0%)"));
        figures.add(new ReviewFigures.Superlative(1, "crimes", Kind.SMALLEST_CHANGE, "Trafficking", -14.0 / 24,
                "the smallest in Trafficking (-58.3%)"));
        figures.add(new ReviewFigures.Headline(3, "visited", "seedshire", Period.parse("2020/21"), "summary", null,
                "900 (2020/21)"));
        var paper = repository.review("seed-spcb", "2020/21").orElseThrow();
        List<Finding> found = checks.checkReview("seed-spcb", new Subject.Review(paper, data, figures));
        assertThat(found).extracting(Finding::toString).containsExactlyInAnyOrder(
                "error performance.series-break: " + REVIEW + ", indicator 2, sentences, complaint: 'The figure of"
                        + " 2,730 for Seedshire was an increase of 810.0% on the 300 reported for 2019.' compares 2019"
                        + " with 2020 across the series break declared from 2020 (From March 2020 every expression of"
                        + " dissatisfaction counts as a complaint.)",
                "error performance.superlatives: " + REVIEW + ", indicator 1, sentences, crimes: 'the largest change"
                        + " was in MS (35.0%)': calls MS's +35.0% the largest change, but Trafficking's -58.3% is larger",
                "error performance.superlatives: " + REVIEW + ", indicator 1, sentences, crimes: 'the smallest in"
                        + " Trafficking (-58.3%)': calls Trafficking's -58.3% the smallest change, but FGM's 0.0% is"
                        + " smaller",
                "error performance.partial-headline: " + REVIEW + ", indicator 3, summary, visited: '900 (2020/21)' is"
                        + " drawn from partial data: statistics up to January 2021, but does not say 'partial data'");
    }

    /** The rules judge what the review states, as its figures record it, not the words a body chose for it. */
    @Test
    void aReviewWordedItsOwnWayIsJudgedByWhatItStates() {
        PerformanceData data = repository.load("seed-spcb", "seed-plan").orElseThrow();
        ReviewFigures figures = new ReviewFigures();
        figures.add(new ReviewFigures.Change(2, "complaint", "seedshire", Period.parse("2019"), Period.parse("2020"), true,
                "Not comparable with 2019: complaints were counted differently from March 2020."));
        figures.add(new ReviewFigures.Headline(3, "visited", "seedshire", Period.parse("2020/21"), "summary",
                Completeness.PARTIAL, "900 (2020/21, figures to January only)"));
        var paper = repository.review("seed-spcb", "2020/21").orElseThrow();
        assertThat(checks.checkReview("seed-spcb", new Subject.Review(paper, data, figures))).isEmpty();
    }

    @Test
    void aSuperlativeWithTheWrongSignOrFigureIsReported() {
        PerformanceData data = repository.load("seed-spcb", "seed-plan").orElseThrow();
        ReviewFigures figures = new ReviewFigures();
        figures.add(new ReviewFigures.Superlative(1, "crimes", Kind.LARGEST_INCREASE, "Trafficking", -14.0 / 24,
                "the largest increase was in Trafficking (-58.3%)"));
        figures.add(new ReviewFigures.Superlative(1, "crimes", Kind.LARGEST_DECREASE, "CA", -0.2,
                "the largest decrease in CA (-20.0%)"));
        var paper = repository.review("seed-spcb", "2020/21").orElseThrow();
        assertThat(checks.checkReview("seed-spcb", new Subject.Review(paper, data, figures)))
                .extracting(Finding::message).containsExactly(
                        "'the largest increase was in Trafficking (-58.3%)': calls Trafficking's -58.3% the largest"
                                + " increase, but it is a decrease",
                        "'the largest decrease in CA (-20.0%)': gives -20.0% for CA, but the figures give -10.0%");
    }
}
