package org.packpress.model.performance;

import java.time.LocalDate;
import java.util.List;

/** An inspection report (e.g. HMICFRS PEEL 2021/22) with its graded areas and findings. */
public record Inspection(String id, String inspectorate, String programme, String title, LocalDate published,
        List<GradedArea> areas, List<Finding> findings) {

    public Inspection {
        areas = List.copyOf(areas);
        findings = List.copyOf(findings);
    }

    /** An area of policing and its grade; {@code section} is the report's heading for it, if different. */
    public record GradedArea(String area, String section, Grade grade) {
    }

    /** An area for improvement or a cause of concern, and how far it has been addressed. */
    public record Finding(Kind kind, String area, String text, String progress) {
        /** Worded by the body's text block {@code kpi-finding-kinds}, a line each in this order. */
        public enum Kind { AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN }
    }

    public long count(Grade grade) {
        return areas.stream().filter(a -> a.grade() == grade).count();
    }
}
