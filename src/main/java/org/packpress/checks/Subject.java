package org.packpress.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.packpress.model.Body;
import org.packpress.model.CheckSettings;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.model.minutes.WorkProgramme;
import org.packpress.model.performance.AnnualReviewPaper;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.ReviewFigures;

/**
 * What one run of the checks looks at: some of a body's papers (a meeting's pack, one set of minutes,
 * the tracker, or everything), and the body's whole store as the record they are checked against.
 *
 * @param meetings the meetings whose agendas and reports are checked
 * @param minutes the minutes checked
 * @param tracker the action tracker, when it is checked
 * @param workProgramme the work programme, when it is checked
 * @param store everything the store holds for the body
 * @param reviews the annual-report reviews checked, with what each states about the plan's figures
 */
public record Subject(Body body, CheckSettings settings, List<Meeting> meetings, List<Minutes> minutes,
        Optional<TrackerProgress> tracker, Optional<WorkProgramme> workProgramme, Store store, List<Review> reviews) {

    public Subject {
        meetings = List.copyOf(meetings);
        minutes = List.copyOf(minutes);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** A subject of papers only (no annual-report review). */
    public Subject(Body body, CheckSettings settings, List<Meeting> meetings, List<Minutes> minutes,
            Optional<TrackerProgress> tracker, Optional<WorkProgramme> workProgramme, Store store) {
        this(body, settings, meetings, minutes, tracker, workProgramme, store, List.of());
    }

    /** The same papers, with these reviews checked. */
    public Subject withReviews(List<Review> checked) {
        return new Subject(body, settings, meetings, minutes, tracker, workProgramme, store, checked);
    }

    /**
     * An annual-report review as built: its cover paper, the plan's data, and what the review states
     * about the figures.
     */
    public record Review(AnnualReviewPaper paper, PerformanceData data, ReviewFigures figures) {

        /** "annual-report review 2020/21": how findings name it. */
        public String document() {
            return "annual-report review " + paper.year();
        }
    }

    /**
     * The body's stored record.
     *
     * @param meetings every stored meeting by date
     * @param minutes every stored set of minutes by meeting date
     */
    public record Store(SortedMap<LocalDate, Meeting> meetings, SortedMap<LocalDate, Minutes> minutes,
            Optional<WorkProgramme> workProgramme) {
    }
}
