package org.packpress.ingest.performance;

import java.time.LocalDate;
import java.util.List;

/** The YAML shapes of statuses, inspections and annual-review papers. */
final class OtherFiles {

    private OtherFiles() {
    }

    static final class StatusesFile {
        public List<StatusEntry> statuses = List.of();
    }

    static final class StatusEntry {
        public Integer indicator;
        public String year;
        public String status;
        public String recordedBy;
        public LocalDate recordedOn;
        public String comment;
    }

    static final class InspectionFile {
        public String id;
        public String inspectorate;
        public String programme;
        public String title;
        public LocalDate published;
        public List<AreaEntry> areas = List.of();
        public List<FindingEntry> findings = List.of();
    }

    static final class AreaEntry {
        public String area;
        public String section;
        public String grade;
    }

    static final class FindingEntry {
        public String kind;
        public String area;
        public String text;
        public String progress;
    }

    static final class ReviewFile {
        public String year;
        public String plan;
        public String board;
        public LocalDate meetingDate;
        public String title;
        public String presentedBy;
        public String purpose;
        public List<String> background = List.of();
        public List<String> recommendations = List.of();
        public List<String> inspections = List.of();
    }
}
