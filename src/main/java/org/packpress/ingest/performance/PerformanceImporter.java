package org.packpress.ingest.performance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.packpress.ingest.ImportSummary;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputImporter;
import org.packpress.ingest.InputRejectedException;
import org.packpress.model.performance.AnnualReviewPaper;
import org.packpress.model.performance.Grade;
import org.packpress.model.performance.IndicatorStatus;
import org.packpress.model.performance.Inspection;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.Status;
import org.packpress.store.performance.PerformanceRepository;
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
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public PerformanceImporter(PerformanceRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean accepts(String relativePath) {
        return relativePath.startsWith("performance/")
                && relativePath.toLowerCase().matches(".*\\.(ya?ml|csv|xlsx)$");
    }

    @Override
    public ImportSummary importFiles(Path bodyFolder, List<String> files) {
        List<InputError> errors = new ArrayList<>();
        String bodyId = bodyId(bodyFolder, errors);
        Plan plan = files.contains(PLAN) ? readPlan(bodyFolder, bodyId, errors) : storedPlan(bodyId, errors);
        if (plan == null) {
            throw new InputRejectedException(errors);
        }
        Map<String, List<Observation>> observations = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<IndicatorStatus> statuses = null;
        Map<String, Inspection> inspections = new LinkedHashMap<>();
        Map<String, AnnualReviewPaper> reviews = new LinkedHashMap<>();
        for (String file : files) {
            if (file.equals(PLAN)) {
                continue;
            }
            Path path = bodyFolder.resolve(file);
            if (file.equals(STATUSES)) {
                statuses = readStatuses(path, file, plan, errors);
            } else if (file.startsWith("performance/inspections/") && isYaml(file)) {
                Inspection inspection = readInspection(path, file, errors);
                if (inspection != null) {
                    inspections.put(file, inspection);
                }
            } else if (file.startsWith("performance/reviews/") && isYaml(file)) {
                AnnualReviewPaper paper = readReview(path, file, bodyId, plan, errors);
                if (paper != null) {
                    reviews.put(file, paper);
                }
            } else if (file.startsWith("performance/street-level/") && file.toLowerCase().endsWith(".csv")) {
                StreetLevelReader.Result result = StreetLevelReader.read(file, table(path, file, errors), plan, errors);
                observations.put(file, result.observations());
                notes.add(file + ": " + result.rows() + " crimes counted into " + result.observations().size()
                        + " monthly observations (" + result.ignored() + " of crime types the plan does not track)");
            } else if (!isYaml(file)) {
                observations.put(file, ObservationReader.read(file, table(path, file, errors), plan, errors));
            } else {
                errors.add(new InputError(file, "", "not a performance file: expected performance/plan.yaml, "
                        + "statuses.yaml, inspections/*.yaml, reviews/*.yaml, street-level/*.csv or observation tables"));
            }
        }
        checkDuplicatesAcrossFiles(plan, observations, errors);
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return store(plan, files.contains(PLAN), observations, statuses, inspections, reviews, notes);
    }

    private ImportSummary store(Plan plan, boolean planGiven, Map<String, List<Observation>> observations,
            List<IndicatorStatus> statuses, Map<String, Inspection> inspections, Map<String, AnnualReviewPaper> reviews,
            List<String> notes) {
        List<String> lines = new ArrayList<>();
        if (planGiven) {
            repository.savePlan(plan, PLAN);
            lines.add(PLAN + ": plan " + plan.id() + " stored (" + plan.indicators().size() + " indicators)");
        }
        observations.forEach((file, list) -> {
            repository.replaceObservations(plan.bodyId(), plan.id(), file, list);
            lines.add(file + ": " + list.size() + " observations stored");
        });
        lines.addAll(notes);
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

    /** An observation may come from one file only; files being re-imported replace their own rows. */
    private void checkDuplicatesAcrossFiles(Plan plan, Map<String, List<Observation>> observations,
            List<InputError> errors) {
        Map<String, String> owner = new HashMap<>(repository.observationSources(plan.bodyId(), plan.id()));
        owner.values().removeIf(observations::containsKey);
        observations.forEach((file, list) -> {
            for (Observation o : list) {
                String other = owner.putIfAbsent(o.key(), file);
                if (other != null && !other.equals(file)) {
                    errors.add(new InputError(file, "indicator " + o.indicator() + ", " + o.measure() + ", " + o.area()
                            + ", " + o.period().label(), "duplicate observation: already given by " + other));
                }
            }
        });
    }

    private Plan readPlan(Path bodyFolder, String bodyId, List<InputError> errors) {
        PlanFile file = parse(bodyFolder.resolve(PLAN), PLAN, PlanFile.class, errors);
        if (file == null || bodyId == null) {
            return null;
        }
        int before = errors.size();
        Plan plan = new PlanReader(PLAN, errors).read(bodyId, file);
        return errors.size() > before ? null : plan;
    }

    private Plan storedPlan(String bodyId, List<InputError> errors) {
        if (bodyId == null) {
            return null;
        }
        return repository.planIds(bodyId).stream().findFirst().flatMap(id -> repository.plan(bodyId, id))
                .orElseGet(() -> {
                    errors.add(new InputError(PLAN, "", "missing: performance files need the plan they belong to"));
                    return null;
                });
    }

    private List<IndicatorStatus> readStatuses(Path path, String file, Plan plan, List<InputError> errors) {
        OtherFiles.StatusesFile in = parse(path, file, OtherFiles.StatusesFile.class, errors);
        if (in == null) {
            return null;
        }
        List<IndicatorStatus> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < in.statuses.size(); i++) {
            OtherFiles.StatusEntry s = in.statuses.get(i);
            String at = "statuses[" + i + "]";
            int before = errors.size();
            if (s.indicator == null || plan.indicator(s.indicator).isEmpty()) {
                errors.add(new InputError(file, at + ".indicator", s.indicator == null ? "is required"
                        : "unknown indicator " + s.indicator));
            }
            String year = null;
            try {
                year = s.year == null ? null : Period.parse(s.year).label();
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(file, at + ".year", e.getMessage()));
            }
            if (s.year == null) {
                errors.add(new InputError(file, at + ".year", "is required"));
            }
            Status status = null;
            try {
                status = s.status == null ? null : Status.parse(s.status);
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(file, at + ".status", e.getMessage()));
            }
            if (s.status == null) {
                errors.add(new InputError(file, at + ".status", "is required"));
            }
            if (s.recordedBy == null || s.recordedBy.isBlank()) {
                errors.add(new InputError(file, at + ".recordedBy", "is required: a status is recorded by a person"));
            }
            if (errors.size() > before) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(s.indicator + "|" + year, i);
            if (earlier != null) {
                errors.add(new InputError(file, at, "indicator " + s.indicator + " already has a status for " + year
                        + " in statuses[" + earlier + "]"));
                continue;
            }
            out.add(new IndicatorStatus(s.indicator, year, status, s.recordedBy, s.recordedOn, s.comment));
        }
        return out;
    }

    private Inspection readInspection(Path path, String file, List<InputError> errors) {
        OtherFiles.InspectionFile in = parse(path, file, OtherFiles.InspectionFile.class, errors);
        if (in == null) {
            return null;
        }
        int before = errors.size();
        for (String[] f : new String[][] {{in.id, "id"}, {in.inspectorate, "inspectorate"}, {in.programme, "programme"}}) {
            if (f[0] == null || f[0].isBlank()) {
                errors.add(new InputError(file, f[1], "is required"));
            }
        }
        List<Inspection.GradedArea> areas = new ArrayList<>();
        for (int i = 0; i < in.areas.size(); i++) {
            OtherFiles.AreaEntry a = in.areas.get(i);
            try {
                if (a.area == null || a.area.isBlank()) {
                    errors.add(new InputError(file, "areas[" + i + "].area", "is required"));
                    continue;
                }
                areas.add(new Inspection.GradedArea(a.area, a.section, Grade.parse(a.grade == null ? "" : a.grade)));
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(file, "areas[" + i + "].grade", e.getMessage()));
            }
        }
        List<Inspection.Finding> findings = new ArrayList<>();
        for (int i = 0; i < in.findings.size(); i++) {
            OtherFiles.FindingEntry f = in.findings.get(i);
            String kind = f.kind == null ? "" : f.kind.trim().toLowerCase();
            Inspection.Finding.Kind k = kind.startsWith("area") ? Inspection.Finding.Kind.AREA_FOR_IMPROVEMENT
                    : kind.startsWith("cause") ? Inspection.Finding.Kind.CAUSE_OF_CONCERN : null;
            if (k == null) {
                errors.add(new InputError(file, "findings[" + i + "].kind",
                        "expected 'area for improvement' or 'cause of concern'"));
            }
            if (f.text == null || f.text.isBlank()) {
                errors.add(new InputError(file, "findings[" + i + "].text", "is required"));
            }
            findings.add(new Inspection.Finding(k, f.area, f.text, f.progress));
        }
        return errors.size() > before ? null
                : new Inspection(in.id, in.inspectorate, in.programme, in.title, in.published, areas, findings);
    }

    private AnnualReviewPaper readReview(Path path, String file, String bodyId, Plan plan, List<InputError> errors) {
        OtherFiles.ReviewFile in = parse(path, file, OtherFiles.ReviewFile.class, errors);
        if (in == null) {
            return null;
        }
        int before = errors.size();
        for (String[] f : new String[][] {{in.year, "year"}, {in.board, "board"}, {in.title, "title"},
                {in.presentedBy, "presentedBy"}, {in.purpose, "purpose"}}) {
            if (f[0] == null || f[0].isBlank()) {
                errors.add(new InputError(file, f[1], "is required"));
            }
        }
        if (in.meetingDate == null) {
            errors.add(new InputError(file, "meetingDate", "is required (yyyy-mm-dd)"));
        }
        if (in.plan != null && !in.plan.equals(plan.id())) {
            errors.add(new InputError(file, "plan", "unknown plan '" + in.plan + "'; the plan is " + plan.id()));
        }
        String year = null;
        try {
            year = in.year == null ? null : Period.parse(in.year).label();
        } catch (IllegalArgumentException e) {
            errors.add(new InputError(file, "year", e.getMessage()));
        }
        return errors.size() > before ? null : new AnnualReviewPaper(bodyId, year, plan.id(), in.board, in.meetingDate,
                in.title, in.presentedBy, in.purpose, in.background, in.recommendations, in.inspections);
    }

    private String bodyId(Path bodyFolder, List<InputError> errors) {
        Path body = bodyFolder.resolve("body.yaml");
        try {
            JsonNode id = yaml.readTree(body.toFile()).get("id");
            if (id == null || id.asText().isBlank()) {
                errors.add(new InputError("body.yaml", "id", "is required"));
                return null;
            }
            return id.asText();
        } catch (IOException e) {
            errors.add(new InputError("body.yaml", "", "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private <T> T parse(Path path, String file, Class<T> type, List<InputError> errors) {
        try {
            return yaml.readValue(path.toFile(), type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            String reason = e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", "").replaceAll(",.*known properties.*", "");
            errors.add(new InputError(file, field, reason));
        } catch (IOException e) {
            errors.add(new InputError(file, "", "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private static TableRows.Table table(Path path, String file, List<InputError> errors) {
        try {
            return TableRows.read(path);
        } catch (IOException | RuntimeException e) {
            errors.add(new InputError(file, "", "cannot be read as a table: " + e.getMessage()));
            return new TableRows.Table(List.of(), List.of());
        }
    }

    private static boolean isYaml(String file) {
        return file.toLowerCase().matches(".*\\.ya?ml$");
    }
}
