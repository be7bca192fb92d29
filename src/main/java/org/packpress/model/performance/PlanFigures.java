package org.packpress.model.performance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plan's figures, read one indicator at a time, so that a reader of a national data set never holds all of
 * it: the KPI workbook writes each indicator's sheet, summary row and data rows from that indicator's figures
 * alone.
 */
@FunctionalInterface
public interface PlanFigures {

    /** One indicator's figures, ordered by measure, period and area. */
    List<Observation> of(int indicator);

    /** Figures already in memory, in the order given. */
    static PlanFigures inMemory(List<Observation> observations) {
        Map<Integer, List<Observation>> byIndicator = observations.stream()
                .collect(Collectors.groupingBy(Observation::indicator, LinkedHashMap::new, Collectors.toList()));
        return indicator -> byIndicator.getOrDefault(indicator, List.of());
    }
}
