package org.packpress.documents.kpi;

import org.packpress.model.Audience;
import org.packpress.render.excel.KpiWorkbookWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.packpress.model.performance.IndicatorStatus;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Period;
import org.packpress.common.BuildFailedException;
import org.packpress.common.Hashes;
import org.packpress.publish.Publisher;
import org.packpress.store.performance.PerformanceRepository;
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

    public KpiWorkbookBuilder(PerformanceRepository repository, Publisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
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

    public Path build(String planId, String body, String year, Path outRoot, Long jobExecutionId) {
        String owner = bodyOf(planId, body);
        PerformanceData data = repository.load(owner, planId).orElseThrow();
        String label = yearOf(data, year);
        String name = fileName(planId, label);
        Path folder = Publisher.folder(outRoot, owner, FOLDER);
        return publisher.publishOne(folder, owner, name, null, Audience.PUBLIC, out -> new KpiWorkbookWriter().write(data, label, out),
                Map.of("store:performance/" + owner + "/" + planId, Hashes.sha256(data.toString())), jobExecutionId);
    }

    /**
     * The workbook's name in the manifest of {@code out/<body>/kpi/}: {@code pcp-2016-2020-21}.
     *
     * @param year a reporting year, or null for the latest year with recorded statuses
     */
    public String documentName(String planId, String body, String year) {
        PerformanceData data = repository.load(bodyOf(planId, body), planId).orElseThrow();
        return fileName(planId, yearOf(data, year)).replace(".xlsx", "");
    }

    private static String yearOf(PerformanceData data, String year) {
        return year != null ? yearLabel(year) : data.statuses().stream().map(IndicatorStatus::year)
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
