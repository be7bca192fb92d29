package org.packpress.model.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * The Board's cover paper for the annual-report review of a reporting year, and the Panel's
 * recommendations.
 */
public record AnnualReviewPaper(String bodyId, String year, String planId, String board, LocalDate meetingDate,
        String title, String presentedBy, String purpose, List<String> background, List<String> recommendations,
        List<String> inspections) {

    public AnnualReviewPaper {
        background = List.copyOf(background);
        recommendations = List.copyOf(recommendations);
        inspections = List.copyOf(inspections);
    }
}
