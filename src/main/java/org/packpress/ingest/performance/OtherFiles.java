package org.packpress.ingest.performance;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;
import java.util.List;

/** The YAML shapes of statuses, inspections and annual-review papers.
 * A list or mapping left out as unreadable ({@code Nulls.SKIP}) keeps its empty default.
 */
final class OtherFiles {

    private OtherFiles() {
    }

    static final class StatusesFile {
        @JsonSetter(nulls = Nulls.SKIP) public List<StatusEntry> statuses = List.of();
    }

    static final class StatusEntry {
        public Integer indicator;
        @Limit(TextLimit.CODE) public String year;
        @Limit(TextLimit.CHOICE) public String status;
        @Limit(TextLimit.LINE) public String recordedBy;
        public LocalDate recordedOn;
        @Limit(TextLimit.COMMENT) public String comment;
    }

    static final class InspectionFile {
        @Limit(TextLimit.ID) public String id;
        @Limit(TextLimit.NAME) public String inspectorate;
        @Limit(TextLimit.NAME) public String programme;
        @Limit(TextLimit.LONG_LINE) public String title;
        public LocalDate published;
        @JsonSetter(nulls = Nulls.SKIP) public List<AreaEntry> areas = List.of();
        @JsonSetter(nulls = Nulls.SKIP) public List<FindingEntry> findings = List.of();
    }

    static final class AreaEntry {
        @Limit(TextLimit.LINE) public String area;
        @Limit(TextLimit.LONG_LINE) public String section;
        @Limit(TextLimit.SHORT) public String grade;
    }

    static final class FindingEntry {
        @Limit(TextLimit.SHORT) public String kind;
        @Limit(TextLimit.LINE) public String area;
        @Limit(TextLimit.COMMENT) public String text;
        @Limit(TextLimit.NOTE) public String progress;
    }

    static final class ReviewFile {
        @Limit(TextLimit.CODE) public String year;
        @Limit(TextLimit.ID) public String plan;
        @Limit(TextLimit.LONG_LINE) public String board;
        public LocalDate meetingDate;
        @Limit(TextLimit.LONG_LINE) public String title;
        @Limit(TextLimit.LONG_LINE) public String presentedBy;
        @Limit(TextLimit.PARAGRAPH) public String purpose;
        @JsonSetter(nulls = Nulls.SKIP) public List<String> background = List.of();
        @JsonSetter(nulls = Nulls.SKIP) public List<String> recommendations = List.of();
        @JsonSetter(nulls = Nulls.SKIP) @Limit(value = TextLimit.NOTE, joined = true) public List<String> inspections = List.of();
    }
}
