package org.packpress.model.performance;

import java.util.List;
import java.util.Optional;

/**
 * A plan indicator.
 *
 * @param number 1, 2 …
 * @param section the heading it shares with others, e.g. "6 & 7"; null when it has its own
 * @param headlineMeasure the measure the summary shows
 * @param headlineArea the area the summary shows (usually the force)
 * @param comparatorGroup the group its headline measure is ranked in, or null
 * @param totalArea an area whose values are the sum of all other areas (e.g. the force over its NPUs), or null
 * @param noData why there are no figures, when there are none (e.g. the survey stopped)
 * @param dataQuality notes about the figures
 */
public record Indicator(int number, String title, String theme, String section, String sheetName,
        Direction direction, List<Measure> measures, String headlineMeasure, String headlineArea,
        String comparatorGroup, String totalArea, String noData, List<String> dataQuality) {

    public Indicator {
        measures = List.copyOf(measures);
        dataQuality = dataQuality == null ? List.of() : List.copyOf(dataQuality);
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Measure headline() {
        return measure(headlineMeasure).orElse(measures.get(0));
    }

    /** The workbook sheet of this indicator: its own name or "Ind 7". */
    public String sheet() {
        return sheetName != null && !sheetName.isBlank() ? sheetName : "Ind " + number;
    }
}
