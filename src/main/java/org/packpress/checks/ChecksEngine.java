package org.packpress.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.packpress.model.AgendaDocument;
import org.packpress.model.Body;
import org.packpress.model.CheckSettings;
import org.packpress.model.Finding;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.model.minutes.WorkProgramme;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.packpress.store.minutes.MinutesRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Runs every {@link CheckRule} on a part of a body's papers, read from the store: a meeting's agenda
 * pack (what a pack build publishes), one meeting's minutes, the action tracker, or everything the
 * body has. Warnings the body's {@code checks.yaml} names become errors.
 */
@Service
public class ChecksEngine {

    /** The rule that reports a {@code checks.yaml} naming a rule that does not exist. */
    public static final String SETTINGS_RULE = "checks.settings";

    private final List<CheckRule> rules;
    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final ObjectProvider<AnnualReviews> reviews;

    public ChecksEngine(List<CheckRule> rules, BodyRepository bodies, MeetingRepository meetings,
            MinutesRepository minutes, ObjectProvider<AnnualReviews> reviews) {
        this.rules = rules.stream().sorted(Comparator.comparing(CheckRule::id)).toList();
        this.bodies = bodies;
        this.meetings = meetings;
        this.minutes = minutes;
        this.reviews = reviews;
    }

    public List<CheckRule> rules() {
        return rules;
    }

    /** Everything the store holds for the body, with the annual-report reviews it can build. */
    public List<Finding> checkBody(String bodyId) {
        Subject.Store store = store(bodyId);
        List<Subject.Review> built = Optional.ofNullable(reviews.getIfAvailable()).map(r -> r.reviews(bodyId))
                .orElse(List.of());
        return run(subject(bodyId, List.copyOf(store.meetings().values()), List.copyOf(store.minutes().values()),
                true, true, store).withReviews(built));
    }

    /** An annual-report review as its build is about to publish it. */
    public List<Finding> checkReview(String bodyId, Subject.Review review) {
        return run(subject(bodyId, List.of(), List.of(), false, false, store(bodyId)).withReviews(List.of(review)));
    }

    /** A meeting: its agenda pack (agenda, papers, the minutes, tracker and programme it includes) and its own minutes. */
    public List<Finding> checkMeeting(String bodyId, LocalDate date) {
        return checkPack(bodyId, date, true);
    }

    /** What the meeting's agenda pack publishes: its agenda, papers and the generated papers it includes. */
    public List<Finding> checkPack(String bodyId, LocalDate date) {
        return checkPack(bodyId, date, false);
    }

    public List<Finding> checkMinutes(String bodyId, LocalDate date) {
        Subject.Store store = store(bodyId);
        return run(subject(bodyId, List.of(), Optional.ofNullable(store.minutes().get(date)).stream().toList(),
                false, false, store));
    }

    public List<Finding> checkTracker(String bodyId) {
        return run(subject(bodyId, List.of(), List.of(), true, false, store(bodyId)));
    }

    private List<Finding> checkPack(String bodyId, LocalDate date, boolean withOwnMinutes) {
        Subject.Store store = store(bodyId);
        Meeting meeting = meetings.get(bodyId, date);
        List<AgendaDocument.GeneratedSource> generated = meeting.agenda().stream()
                .flatMap(i -> i.papers().stream())
                .map(AgendaDocument::source).filter(AgendaDocument.GeneratedSource.class::isInstance)
                .map(AgendaDocument.GeneratedSource.class::cast).toList();
        Set<LocalDate> minutesDates = generated.stream().filter(g -> g.kind() == GeneratedPaperKind.MINUTES)
                .map(g -> g.options().get("meeting")).filter(m -> m != null).map(LocalDate::parse)
                .collect(Collectors.toCollection(TreeSet::new));
        if (withOwnMinutes) {
            minutesDates.add(date);
        }
        List<Minutes> included = minutesDates.stream().map(store.minutes()::get).filter(m -> m != null).toList();
        boolean tracker = generated.stream().anyMatch(g -> g.kind() == GeneratedPaperKind.ACTION_TRACKER);
        boolean programme = generated.stream().anyMatch(g -> g.kind() == GeneratedPaperKind.WORK_PROGRAMME);
        return run(subject(bodyId, List.of(meeting), included, tracker, programme, store));
    }

    private Subject subject(String bodyId, List<Meeting> checkedMeetings, List<Minutes> checkedMinutes,
            boolean tracker, boolean programme, Subject.Store store) {
        Body body = bodies.find(bodyId).orElseGet(() -> knownByIdOnly(bodyId));
        CheckSettings settings = minutes.findPaperData(bodyId, MinutesRepository.CHECK_SETTINGS, CheckSettings.class)
                .orElse(CheckSettings.DEFAULT);
        Optional<TrackerProgress> progress = tracker
                ? minutes.findPaperData(bodyId, MinutesRepository.ACTION_TRACKER, TrackerProgress.class) : Optional.empty();
        return new Subject(body, settings, checkedMeetings, checkedMinutes, progress,
                programme ? store.workProgramme() : Optional.empty(), store);
    }

    /** A body whose performance files were imported without its body file: the review rules need no more. */
    private static Body knownByIdOnly(String bodyId) {
        return new Body(bodyId, bodyId, null, Body.BodyKind.BOARD, null, null, null, Map.of(), List.of(),
                List.of(), List.of());
    }

    private Subject.Store store(String bodyId) {
        TreeMap<LocalDate, Meeting> held = new TreeMap<>();
        meetings.dates(bodyId).forEach(d -> held.put(d, meetings.get(bodyId, d)));
        TreeMap<LocalDate, Minutes> recorded = new TreeMap<>();
        minutes.allMinutes(bodyId).forEach(m -> recorded.put(m.meeting(), m));
        return new Subject.Store(held, recorded,
                minutes.findPaperData(bodyId, MinutesRepository.WORK_PROGRAMME, WorkProgramme.class));
    }

    private List<Finding> run(Subject subject) {
        Set<String> promoted = Set.copyOf(subject.settings().errors());
        List<Finding> found = new ArrayList<>();
        for (String id : subject.settings().errors()) {
            if (rules.stream().noneMatch(r -> r.id().equals(id))) {
                found.add(new Finding(SETTINGS_RULE, Finding.Severity.ERROR, "checks.yaml", null, "errors",
                        "'" + id + "' is not a rule; the rules are " + rules.stream().map(CheckRule::id)
                                .collect(Collectors.joining(", ")),
                        "A body's checks.yaml may only name rules that exist."));
            }
        }
        for (CheckRule rule : rules) {
            rule.check(subject, (document, location, field, message) -> {
                Finding finding = rule.finding(document, location, field, message);
                found.add(promoted.contains(rule.id()) ? finding.asError() : finding);
            });
        }
        return List.copyOf(found);
    }
}
