package org.packpress.documents.annualreview;

import org.packpress.model.Audience;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.packpress.checks.AnnualReviews;
import org.packpress.checks.ChecksEngine;
import org.packpress.checks.PublicationCheck;
import org.packpress.checks.Subject;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.Body;
import org.packpress.model.Finding;
import org.packpress.model.performance.AnnualReviewPaper;
import org.packpress.model.performance.ReviewFigures;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Period;
import org.packpress.common.BuildFailedException;
import org.packpress.common.Hashes;
import org.packpress.publish.Publisher;
import org.packpress.model.style.HouseStyle;
import org.packpress.model.style.StandaloneStyle;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.store.BodyRepository;
import org.packpress.store.performance.PerformanceRepository;
import org.springframework.stereotype.Component;

/**
 * Builds the annual-report review PDF of a body and reporting year from the store and publishes it as
 * {@code <out>/<body>/annual-review/annual-review-<yyyy-yy>.pdf}.
 */
@Component
public class AnnualReviewBuilder implements AnnualReviews {

    public static final String LAYOUT = "annual-review";
    public static final String FOLDER = "annual-review";

    private final PerformanceRepository repository;
    private final JasperRenderer renderer;
    private final Publisher publisher;
    private final BodyRepository bodies;
    private final ChecksEngine checks;
    private final TextBlocks blocks;

    public AnnualReviewBuilder(PerformanceRepository repository, JasperRenderer renderer, Publisher publisher,
            BodyRepository bodies, ChecksEngine checks, TextBlocks blocks) {
        this.blocks = blocks;
        this.repository = repository;
        this.renderer = renderer;
        this.publisher = publisher;
        this.bodies = bodies;
        this.checks = checks;
    }

    /** Normalises "2020-21", "2020/2021" … to the stored label "2020/21". */
    public static String yearLabel(String year) {
        try {
            return Period.parse(year).label();
        } catch (IllegalArgumentException e) {
            throw new BuildFailedException("year: " + e.getMessage());
        }
    }

    /** The page numbers of the review, published on its own: the body's style on the meeting date (or the default). */
    private StandaloneStyle standalone(String body, AnnualReviewPaper paper) {
        return style(body, paper).standalone();
    }

    /** The house style of the body on the review's meeting date, or the default for a body not in the store. */
    private HouseStyle style(String body, AnnualReviewPaper paper) {
        return bodies.find(body).map(b -> b.style(paper.meetingDate())).orElse(HouseStyle.DEFAULT);
    }

    public static String fileName(String year) {
        return "annual-review-" + year.replace('/', '-') + ".pdf";
    }

    /** A filled review, ready to export, with what it states about the figures. */
    public record Filled(AnnualReviewPaper paper, PerformanceData data, JasperPrint print, ReviewFigures figures) {
    }

    /** Every review paper of the body, as it would be built, for {@code check <body>}. */
    @Override
    public List<Subject.Review> reviews(String bodyId) {
        return repository.reviewYears(bodyId).stream().map(year -> review(bodyId, year)).toList();
    }

    private Subject.Review review(String body, String label) {
        Source source = source(body, label);
        return new Subject.Review(source.paper(), source.data(), source.review().figures());
    }

    /** A review paper, the plan's data, and the review made of them. */
    private record Source(AnnualReviewPaper paper, PerformanceData data, ReviewLabels labels,
            AnnualReviewDocument.Review review) {
    }

    private Source source(String body, String label) {
        AnnualReviewPaper paper = repository.review(body, label).orElseThrow(() -> new BuildFailedException(
                body + ": no annual-review paper for " + label + "; import performance/reviews/"
                        + label.replace('/', '-') + ".yaml first"));
        PerformanceData data = repository.load(body, paper.planId()).orElseThrow(() -> new BuildFailedException(
                body + ": the review names plan " + paper.planId() + ", which is not in the store"));
        ReviewLabels labels = labels(body, paper);
        return new Source(paper, data, labels, AnnualReviewDocument.review(paper, data, labels));
    }

    /**
     * The review's wording: the body's text blocks and language in the style in force on the meeting date; the
     * standard wording when only the body's performance files were imported.
     */
    private ReviewLabels labels(String body, AnnualReviewPaper paper) {
        Body stated = bodies.find(body).map(b -> b.asOn(paper.meetingDate())).orElseGet(() -> new Body(body,
                paper.board(), null, Body.BodyKind.BOARD, null, null, null, Map.of(), List.of(), List.of(), List.of()));
        return new ReviewLabels(stated, blocks, style(body, paper).dates());
    }

    public Filled fill(String body, String year) {
        Source source = source(body, yearLabel(year));
        AnnualReviewPaper paper = source.paper();
        Map<String, Object> params = new HashMap<>();
        params.put("TABLE_REPORT", renderer.templates().get("annual-review-table"));
        params.put("SUMMARY_REPORT", renderer.templates().get("annual-review-summary"));
        params.put("GRADES_REPORT", renderer.templates().get("annual-review-grades"));
        params.put("BODY_NAME", paper.board());
        params.put("LABELS", source.labels().layout());
        JasperPrint print = renderer.fill(LAYOUT, style(body, paper).typography(), params,
                new JRBeanCollectionDataSource(source.review().parts()));
        return new Filled(paper, source.data(), print, source.review().figures());
    }

    /**
     * Builds and publishes the review; the performance checks run on what it states first: an error stops it,
     * warnings go into the manifest.
     */
    public Path build(String body, String year, Path outRoot, Long jobExecutionId) {
        Filled filled = fill(body, year);
        List<Finding> findings = PublicationCheck.passed(checks.checkReview(body, new Subject.Review(filled.paper(),
                filled.data(), filled.figures())), "the annual-report review " + filled.paper().year() + " of " + body);
        AnnualReviewPaper paper = filled.paper();
        PerformanceData data = filled.data();
        JasperPrint print = filled.print();
        String label = paper.year();
        ReviewLabels labels = labels(body, paper);
        DocumentInfo info = new DocumentInfo(labels.get("document-title", Map.of("title", paper.title())),
                paper.board(), labels.get("document-subject", Map.of("year", label)))
                .inLanguage(style(body, paper).language().tag());
        Path folder = Publisher.folder(outRoot, body, FOLDER);
        String name = fileName(label);
        Map<String, String> inputs = Map.of("store:performance/" + body + "/" + paper.planId() + "/" + label,
                Hashes.sha256(paper.toString() + data));
        return publisher.dated(folder, Publisher.documentOf(name), dating -> publisher.publishOne(folder, body, name,
                print.getPages().size(), Audience.PUBLIC, out -> renderer.exportPdf(print,
                        info.dated(dating.dateFor(inputs)), PageFurniture.standalone(standalone(body, paper))
                                .marked(style(body, paper).securityMarking()), out),
                dating, inputs, jobExecutionId, findings));
    }
}
