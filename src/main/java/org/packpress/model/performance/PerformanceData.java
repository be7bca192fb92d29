package org.packpress.model.performance;

import java.util.List;
import java.util.Optional;

/** Everything the workbook and the review read about one plan: the plan, its figures, statuses and inspections. */
public record PerformanceData(Plan plan, List<Observation> observations, List<IndicatorStatus> statuses,
        List<Inspection> inspections) {

    public PerformanceData {
        observations = List.copyOf(observations);
        statuses = List.copyOf(statuses);
        inspections = List.copyOf(inspections);
    }

    public Optional<IndicatorStatus> status(int indicator, String year) {
        return statuses.stream().filter(s -> s.indicator() == indicator && s.year().equals(year)).findFirst();
    }

    public List<Observation> observations(int indicator) {
        return observations.stream().filter(o -> o.indicator() == indicator).toList();
    }
}
