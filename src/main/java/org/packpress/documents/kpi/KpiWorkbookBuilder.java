package org.packpress.documents.kpi;

import org.packpress.model.Audience;
import org.packpress.render.DocumentInfo;
import org.packpress.render.excel.KpiWorkbookWriter;
import org.packpress.render.excel.WorkbookLabels;
import org.packpress.render.excel.WorkbookPackage;
import org.packpress.model.Body;
import org.packpress.render.text.TextBlocks;
import org.packpress.store.BodyRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorStatus;
import org.packpress.model.performance.Inspection;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.PlanFigures;
import org.packpress.common.BuildFailedException;
import org.packpress.common.Hashes;
import org.packpress.common.ReadAhead;
import org.packpress.common.TaskExecutors;
import org.packpress.publish.Publisher;
import org.packpress.store.performance.PerformanceRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Builds a plan's KPI workbook from the store and publishes it as
 * {@code <out>/<body>/kpi/<plan>-<yyyy-yy>.xlsx} (or {@code <plan>.xlsx} when no year is given or recorded).
 */
@Component
public class KpiWorkbookBuilder {

    public static final String FOLDER = "kpi";

    private final PerformanceRepository repository;
    private final Publisher publisher;
    private final BodyRepository bodies;
    private final TextBlocks textBlocks;
    private final Executor renderingPool;

    public KpiWorkbookBuilder(PerformanceRepository repository, Publisher publisher, BodyRepository bodies,
            TextBlocks textBlocks, @Qualifier(TaskExecutors.RENDERING) Executor renderingPool) {
        this.repository = repository;
        this.renderingPool = renderingPool;
        this.publisher = publisher;
        this.bodies = bodies;
        this.textBlocks = textBlocks;
    }

    /** The body holding the plan; {@code body} may be null when only one body has a plan of that name. */
    public String bodyOf(String planId, String body) {
        List<String> bodies = repository.bodiesWithPlan(planId);
        if (body != null) {
            if (!bodies.contains(body)) {
                throw new BuildFailedException(body + ": no plan '" + planId + "' in the store; import the body's "
                        + "performance/plan.yaml first");
            }
            return body;
        }
        if (bodies.isEmpty()) {
            throw new BuildFailedException("plan " + planId + ": not in the store; import the body's performance folder first");
        }
        if (bodies.size() > 1) {
            throw new BuildFailedException("plan " + planId + ": held by " + String.join(", ", bodies)
                    + "; name the body with --body");
        }
        return bodies.get(0);
    }

    /**
     * Builds and publishes the workbook. The figures are read one indicator at a time, for its sheet and the
     * data sheet alike, never held whole. The rendering pool reads (and hashes, for the manifest) the next
     * indicator's figures and writes the data sheet's rows of the last one while this thread writes the
     * current indicator's sheet.
     */
    public Path build(String planId, String body, String year, Path outRoot, Long jobExecutionId) {
        String owner = bodyOf(planId, body);
        Plan plan = repository.plan(owner, planId).orElseThrow();
        List<IndicatorStatus> statuses = repository.statuses(owner, planId);
        List<Inspection> inspections = repository.inspections(owner);
        String label = yearOf(statuses, year);
        String name = fileName(planId, label);
        Path folder = Publisher.folder(outRoot, owner, FOLDER);
        return publisher.dated(folder, Publisher.documentOf(name), dating -> write(new Source(plan, owner, planId,
                statuses, inspections, label), name, folder, jobExecutionId, dating));
    }

    /** What one workbook is written from: a plan of its owner and the year it reports. */
    private record Source(Plan plan, String owner, String planId, List<IndicatorStatus> statuses,
            List<Inspection> inspections, String label) {
    }

    /** Writes the workbook and publishes it; written again when its date must be renewed ({@link Publisher#dated}). */
    private Path write(Source source, String name, Path folder, Long jobExecutionId, Publisher.Dating dating) {
        MessageDigest digest = Hashes.sha256Digest();
        digest.update((source.plan() + "|" + source.statuses() + "|" + source.inspections())
                .getBytes(StandardCharsets.UTF_8));
        PlanFigures stored = repository.figures(source.owner(), source.planId());
        List<Integer> indicators = source.plan().indicators().stream().map(Indicator::number).toList();
        Map<String, String> inputs = new HashMap<>(); // completed when the workbook is written (publishOne reads it then)
        try (ReadAhead<Integer, HashedFigures> ahead = new ReadAhead<>(i -> HashedFigures.of(stored.of(i)), indicators,
                renderingPool)) {
            PlanFigures hashed = indicator -> {
                HashedFigures figures = ahead.get(indicator);
                digest.update(figures.hash());
                return figures.figures();
            };
            WorkbookLabels labels = labels(source.owner(), source.label());
            String author = bodies.find(source.owner()).map(Body::name).orElse(source.owner());
            String language = language(source.owner(), source.label());
            return publisher.publishOne(folder, source.owner(), name, null, Audience.PUBLIC, out -> WorkbookPackage.write(
                    workbook -> new KpiWorkbookWriter(renderingPool).write(new KpiWorkbookWriter.Input(source.plan(),
                            hashed, source.statuses(), source.inspections(), labels), source.label(), workbook),
                    () -> {
                        inputs.put("store:performance/" + source.owner() + "/" + source.planId(),
                                HexFormat.of().formatHex(digest.digest()));
                        return labels.describe(source.plan().name(), source.label(), author, dating.dateFor(inputs))
                                .inLanguage(language);
                    }, out), dating, inputs, jobExecutionId);
        }
    }

    /** An indicator's figures and the hash of their fields (not their toString: Java 17 formats a record with String.format). */
    private record HashedFigures(List<Observation> figures, byte[] hash) {

        static HashedFigures of(List<Observation> figures) {
            MessageDigest digest = Hashes.sha256Digest();
            for (Observation o : figures) {
                String fields = o.indicator() + "|" + o.measure() + "|" + o.area() + "|" + o.period().code() + "|"
                        + o.periodLabel() + "|" + o.value().toPlainString() + "|" + o.printed() + "|" + o.source()
                        + "|" + o.note() + "|" + o.completeness() + "\n";
                digest.update(fields.getBytes(StandardCharsets.UTF_8));
            }
            return new HashedFigures(figures, digest.digest());
        }
    }

    /**
     * The language the workbook declares: that of the owning body's house style in force at the end of the workbook's
     * year (its latest style for a workbook of no year); British English for a plan of no stored body.
     */
    private String language(String owner, String year) {
        return bodies.find(owner).map(body -> body.style(yearEnd(year)).language().tag()).orElse(DocumentInfo.LANGUAGE);
    }

    /**
     * The workbook's wording: the owning body's text blocks, its dates and periods in its language, both as of the
     * house style in force at the end of the workbook's year; the default wording for a plan of no stored body.
     */
    private WorkbookLabels labels(String owner, String year) {
        LocalDate end = yearEnd(year);
        return bodies.find(owner).map(body -> new WorkbookLabels(textBlocks.labels(body.asOn(end), WorkbookLabels.KEYS),
                body.style(end).dates())).orElseGet(() -> new WorkbookLabels(textBlocks.defaults(WorkbookLabels.KEYS)));
    }

    /** The last day of the workbook's year; for a workbook of no year, a day after every style's date. */
    private static LocalDate yearEnd(String year) {
        return year == null ? LocalDate.MAX : Period.parse(year).end().atEndOfMonth();
    }

    /**
     * The workbook's name in the manifest of {@code out/<body>/kpi/}: {@code pcp-2016-2020-21}.
     *
     * @param year a reporting year, or null for the latest year with recorded statuses
     */
    public String documentName(String planId, String body, String year) {
        return fileName(planId, yearOf(repository.statuses(bodyOf(planId, body), planId), year)).replace(".xlsx", "");
    }

    private static String yearOf(List<IndicatorStatus> statuses, String year) {
        return year != null ? yearLabel(year) : statuses.stream().map(IndicatorStatus::year)
                .max(Comparator.comparing(Period::parse)).orElse(null);
    }

    private static String fileName(String planId, String label) {
        return planId + (label == null ? "" : "-" + label.replace('/', '-')) + ".xlsx";
    }

    private static String yearLabel(String year) {
        try {
            return Period.parse(year).label();
        } catch (IllegalArgumentException e) {
            throw new BuildFailedException("--year: " + e.getMessage());
        }
    }
}
