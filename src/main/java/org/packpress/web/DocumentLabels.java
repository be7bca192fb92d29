package org.packpress.web;

import java.util.Map;
import org.packpress.batch.DocumentJobsConfig;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.minutes.MinutesPublisher;

/**
 * What officers call each document type: the one home of the labels the officer page shows
 * ("Agenda pack", "KPI workbook 2020/21"), keyed by {@link org.packpress.batch.DocumentJob#type()}.
 */
public final class DocumentLabels {

    private static final Map<String, String> BY_TYPE = Map.of(
            AgendaPackBuilder.DOCUMENT, "Agenda pack",
            MinutesPublisher.MINUTES, "Minutes",
            MinutesPublisher.ACTION_TRACKER, "Action tracker",
            DocumentJobsConfig.KPI_WORKBOOK, "KPI workbook",
            DocumentJobsConfig.ANNUAL_REVIEW, "Review of the annual report");

    private DocumentLabels() {
    }

    /** The label of a document type, with its reporting year when it has one ("KPI workbook 2020/21"). */
    public static String label(String type, String year) {
        String label = BY_TYPE.getOrDefault(type, type);
        return year == null ? label : label + " " + year;
    }
}
