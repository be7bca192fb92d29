package org.packpress.model.performance;

import java.time.LocalDate;

/** The status a person recorded for an indicator and reporting year, with their comment. */
public record IndicatorStatus(int indicator, String year, Status status, String recordedBy, LocalDate recordedOn,
        String comment) {
}
