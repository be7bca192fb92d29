package org.packpress.ingest.performance;

import org.packpress.common.FieldPaths;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.packpress.ingest.ImportSummary;
import org.packpress.ingest.InputError;
import org.packpress.ingest.Problems;
import org.packpress.ingest.InputImporter;
import org.packpress.ingest.StructuredFiles;
import org.packpress.model.performance.AnnualReviewPaper;
import org.packpress.model.performance.Grade;
import org.packpress.model.performance.IndicatorStatus;
import org.packpress.model.performance.Inspection;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.Status;
import org.packpress.store.performance.PerformanceRepository;
import org.packpress.common.PackPressProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the {@code performance/} folder of a body: the plan, observation tables (CSV/XLSX),
 * data.police.uk street-level files, statuses, inspections and annual-review papers. Everything is
 * validated first and every problem reported; nothing is stored unless all files are valid.
 */
@Component
@Order(100)
public class PerformanceImporter implements InputImporter {

    static final String PLAN = "performance/plan.yaml";
    static final String STATUSES = "performance/statuses.yaml";

    private final PerformanceRepository repository;

    private final long maxUnpackedSize;

    @Autowired
    public PerformanceImporter(PerformanceRepository repository, PackPressProperties properties) {
        this(repository, properties.input());
    }

    public PerformanceImporter(PerformanceRepository repository, PackPressProperties.Input limits) {
        this.repository = repository;
        this.maxUnpackedSize = limits.maxUnpackedSize().toBytes();
    }

    @Override
    public boolean accepts(String relativePath) {
        return relativePath.startsWith("performance/")
                && relativePath.toLowerCase().matches(".*\\.(ya?ml|csv|xlsx)$");
    }

    @Override
    public ImportSummary importFiles(Path bodyFolder, List<String> files) {
        Problems problems = new Problems();
        String bodyId = bodyId(bodyFolder, problems);
        Plan plan = files.contains(PLAN) ? readPlan(bodyFolder, bodyId, problems) : storedPlan(bodyId, problems);
        if (plan == null) {
            problems.throwIfAny();
        }
        List<String> lines = new ArrayList<>();
        if (files.contains(PLAN) && problems.isEmpty()) {
            repository.savePlan(plan, PLAN);
            lines.add(PLAN + ": plan " + plan.id() + " stored (" + plan.indicators().size() + " indicators)");
        }
        List<String> notes = new ArrayList<>();
        List<IndicatorStatus> statuses = null;
        Map<String, Inspection> inspections = new LinkedHashMap<>();
        Map<String, AnnualReviewPaper> reviews = new LinkedHashMap<>();
        GivenObservations given = new GivenObservations(repository.observationSources(plan.bodyId(), plan.id()),
                files.stream().filter(PerformanceImporter::isObservationTable).toList());
        for (String file : files) {
            if (file.equals(PLAN)) {
                continue;
            }
            Path path = bodyFolder.resolve(file);
            if (file.equals(STATUSES)) {
                statuses = readStatuses(path, file, plan, problems);
            } else if (file.startsWith("performance/inspections/") && isYaml(file)) {
                Inspection inspection = readInspection(path, file, problems);
                if (inspection != null) {
                    inspections.put(file, inspection);
                }
            } else if (file.startsWith("performance/reviews/") && isYaml(file)) {
                AnnualReviewPaper paper = readReview(path, file, bodyId, plan, problems);
                if (paper != null) {
                    reviews.put(file, paper);
                }
            } else if (isObservationTable(file)) {
                importTable(path, file, plan, given, problems, lines);
            } else {
                problems.add(file, "", "not a performance file: expected performance/plan.yaml, "
                        + "statuses.yaml, inspections/*.yaml, reviews/*.yaml, street-level/*.csv or observation tables");
            }
        }
        problems.throwIfAny(); // the caller's transaction undoes what was stored
        return store(plan, lines, statuses, inspections, reviews);
    }

    /**
     * Reads an observation table or street-level file, gathering its observations into series as they are
     * read, until the first problem of the import; after that it only validates, so that every problem is
     * reported. The series are stored when the file is read, inside the import's transaction. Adds the
     * file's lines of the import summary.
     */
    private void importTable(Path path, String file, Plan plan, GivenObservations given, Problems problems,
            List<String> lines) {
        boolean streetLevel = file.startsWith("performance/street-level/");
        try (TableRows.Table table = TableRows.open(path, maxUnpackedSize);
                PerformanceRepository.ObservationWriter writer = repository.replaceObservations(plan.bodyId(),
                        plan.id(), file)) {
            Consumer<Observation> store = o -> {
                if (problems.isEmpty()) {
                    writer.add(o);
                }
            };
            if (!streetLevel) {
                int count = ObservationReader.read(file, table, plan, problems, given, store);
                lines.add(file + ": " + count + " observations stored");
                return;
            }
            StreetLevelReader.Result result = StreetLevelReader.read(file, table, plan, problems);
            for (Observation o : result.observations()) {
                String duplicate = given.claim(o, file, null);
                if (duplicate != null) {
                    problems.add(file, "indicator " + o.indicator() + ", " + o.measure() + ", "
                            + o.area() + ", " + o.period().label(), duplicate);
                } else {
                    store.accept(o);
                }
            }
            lines.add(file + ": " + result.observations().size() + " observations stored");
            lines.add(file + ": " + result.rows() + " crimes counted into " + result.observations().size()
                    + " monthly observations (" + result.ignored() + " of crime types the plan does not track)");
        } catch (TableRows.UnpacksTooLarge e) {
            problems.add(file, null, e.getMessage());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long line = TableRows.isEncodingProblem(e) ? TableRows.firstLineNotUtf8(path) : -1;
            problems.add(line > 0 ? new InputError(file, "line " + line, "is not UTF-8 text (a character such as £ or é"
                    + " saved in another encoding); save the file as UTF-8 (in Excel: CSV UTF-8)")
                    : new InputError(file, "", "cannot be read as a table: " + e.getMessage()));
        }
    }

    private ImportSummary store(Plan plan, List<String> lines, List<IndicatorStatus> statuses,
            Map<String, Inspection> inspections, Map<String, AnnualReviewPaper> reviews) {
        if (statuses != null) {
            repository.replaceStatuses(plan.bodyId(), plan.id(), statuses);
            lines.add(STATUSES + ": " + statuses.size() + " statuses stored");
        }
        inspections.forEach((file, inspection) -> {
            repository.saveInspection(plan.bodyId(), inspection, file);
            lines.add(file + ": inspection " + inspection.programme() + " stored (" + inspection.areas().size()
                    + " areas)");
        });
        reviews.forEach((file, paper) -> {
            repository.saveReview(paper, file);
            lines.add(file + ": annual-review paper " + paper.year() + " stored");
        });
        return new ImportSummary(lines);
    }

    private static boolean isObservationTable(String file) {
        return !isYaml(file) && !file.equals(PLAN);
    }

    private Plan readPlan(Path bodyFolder, String bodyId, Problems problems) {
        int before = problems.count();
        PlanFile file = StructuredFiles.read(bodyFolder.resolve(PLAN), PLAN, PlanFile.class, problems);
        if (file == null || bodyId == null) {
            return null;
        }
        Plan plan = new PlanReader(PLAN, problems).read(bodyId, file);
        return problems.count() > before ? null : plan;
    }

    private Plan storedPlan(String bodyId, Problems problems) {
        if (bodyId == null) {
            return null;
        }
        return repository.planIds(bodyId).stream().findFirst().flatMap(id -> repository.plan(bodyId, id))
                .orElseGet(() -> {
                    problems.add(PLAN, "", "missing: performance files need the plan they belong to");
                    return null;
                });
    }

    private List<IndicatorStatus> readStatuses(Path path, String file, Plan plan, Problems problems) {
        OtherFiles.StatusesFile in = StructuredFiles.read(path, file, OtherFiles.StatusesFile.class, problems);
        if (in == null) {
            return null;
        }
        List<IndicatorStatus> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < in.statuses.size(); i++) {
            OtherFiles.StatusEntry s = in.statuses.get(i);
            String at = FieldPaths.entry("statuses", i);
            int before = problems.count();
            if (s.indicator == null || plan.indicator(s.indicator).isEmpty()) {
                problems.add(file, at + ".indicator", s.indicator == null ? "is required"
                        : "unknown indicator " + s.indicator);
            }
            String year = null;
            try {
                year = s.year == null ? null : Period.parse(s.year).label();
            } catch (IllegalArgumentException e) {
                problems.add(file, at + ".year", e.getMessage());
            }
            if (s.year == null) {
                problems.add(file, at + ".year", "is required");
            }
            Status status = null;
            try {
                status = s.status == null ? null : Status.parse(s.status);
            } catch (IllegalArgumentException e) {
                problems.add(file, at + ".status", e.getMessage());
            }
            if (s.status == null) {
                problems.add(file, at + ".status", "is required");
            }
            if (s.recordedBy == null || s.recordedBy.isBlank()) {
                problems.add(file, at + ".recordedBy", "is required: a status is recorded by a person");
            }
            if (problems.count() > before || s.indicator == null || year == null || status == null) {
                continue; // a value left out as unreadable was listed where it was read
            }
            Integer earlier = seen.putIfAbsent(s.indicator + "|" + year, i);
            if (earlier != null) {
                problems.add(file, at, "indicator " + s.indicator + " already has a status for " + year
                        + " in " + FieldPaths.entry("statuses", earlier));
                continue;
            }
            out.add(new IndicatorStatus(s.indicator, year, status, s.recordedBy, s.recordedOn, s.comment));
        }
        return out;
    }

    private Inspection readInspection(Path path, String file, Problems problems) {
        int before = problems.count();
        OtherFiles.InspectionFile in = StructuredFiles.read(path, file, OtherFiles.InspectionFile.class, problems);
        if (in == null) {
            return null;
        }
        for (String[] f : new String[][] {{in.id, "id"}, {in.inspectorate, "inspectorate"}, {in.programme, "programme"}}) {
            if (f[0] == null || f[0].isBlank()) {
                problems.add(file, f[1], "is required");
            }
        }
        List<Inspection.GradedArea> areas = new ArrayList<>();
        for (int i = 0; i < in.areas.size(); i++) {
            OtherFiles.AreaEntry a = in.areas.get(i);
            try {
                if (a.area == null || a.area.isBlank()) {
                    problems.add(file, FieldPaths.entry("areas", i) + ".area", "is required");
                    continue;
                }
                areas.add(new Inspection.GradedArea(a.area, a.section, Grade.parse(a.grade == null ? "" : a.grade)));
            } catch (IllegalArgumentException e) {
                problems.add(file, FieldPaths.entry("areas", i) + ".grade", e.getMessage());
            }
        }
        List<Inspection.Finding> findings = new ArrayList<>();
        for (int i = 0; i < in.findings.size(); i++) {
            OtherFiles.FindingEntry f = in.findings.get(i);
            String kind = f.kind == null ? "" : f.kind.trim().toLowerCase();
            Inspection.Finding.Kind k = kind.startsWith("area") ? Inspection.Finding.Kind.AREA_FOR_IMPROVEMENT
                    : kind.startsWith("cause") ? Inspection.Finding.Kind.CAUSE_OF_CONCERN : null;
            if (k == null) {
                problems.add(file, FieldPaths.entry("findings", i) + ".kind",
                        "expected 'area for improvement' or 'cause of concern'");
            }
            if (f.text == null || f.text.isBlank()) {
                problems.add(file, FieldPaths.entry("findings", i) + ".text", "is required");
            }
            findings.add(new Inspection.Finding(k, f.area, f.text, f.progress));
        }
        return problems.count() > before ? null
                : new Inspection(in.id, in.inspectorate, in.programme, in.title, in.published, areas, findings);
    }

    private AnnualReviewPaper readReview(Path path, String file, String bodyId, Plan plan, Problems problems) {
        int before = problems.count();
        OtherFiles.ReviewFile in = StructuredFiles.read(path, file, OtherFiles.ReviewFile.class, problems);
        if (in == null) {
            return null;
        }
        for (String[] f : new String[][] {{in.year, "year"}, {in.board, "board"}, {in.title, "title"},
                {in.presentedBy, "presentedBy"}, {in.purpose, "purpose"}}) {
            if (f[0] == null || f[0].isBlank()) {
                problems.add(file, f[1], "is required");
            }
        }
        if (in.meetingDate == null) {
            problems.add(file, "meetingDate", "is required (yyyy-mm-dd)");
        }
        if (in.plan != null && !in.plan.equals(plan.id())) {
            problems.add(new InputError(file, "plan", "unknown plan '" + in.plan + "'; the plan is " + plan.id()));
        }
        String year = null;
        try {
            year = in.year == null ? null : Period.parse(in.year).label();
        } catch (IllegalArgumentException e) {
            problems.add(file, "year", e.getMessage());
        }
        return problems.count() > before ? null : new AnnualReviewPaper(bodyId, year, plan.id(), in.board, in.meetingDate,
                in.title, in.presentedBy, in.purpose, in.background, in.recommendations, in.inspections);
    }

    private static String bodyId(Path bodyFolder, Problems problems) {
        JsonNode body = problems.collect(() -> StructuredFiles.readTree(bodyFolder.resolve("body.yaml"), "body.yaml"));
        if (body == null) {
            return null;
        }
        JsonNode id = body.get("id");
        if (id == null || id.asText().isBlank()) {
            problems.add("body.yaml", "id", "is required");
            return null;
        }
        return id.asText();
    }


    private static boolean isYaml(String file) {
        return file.toLowerCase().matches(".*\\.ya?ml$");
    }
}
