package org.packpress.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingPublications;
import org.packpress.store.MeetingRepository;
import org.springframework.stereotype.Component;

/**
 * Decides which agenda packs a nightly run builds: those of meetings not yet held whose publication
 * date has come, that were never built or whose inputs changed since the last build (the meeting's
 * source hash against the {@code meeting} input recorded in the manifest). A draft is left alone until an
 * officer publishes it, and so is a meeting cancelled or postponed before it was published; every other
 * meeting is published by the run that builds it.
 */
@Component
public class NightlyPlanner {

    /** A pack to build, and why. */
    public record Due(String body, LocalDate meeting, String reason) {

        public String label() {
            return body + "/" + meeting;
        }
    }

    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final Publisher publisher;
    private final NightlyProperties properties;
    private final NightlyCalendar calendar;
    private final MeetingPublications publications;

    public NightlyPlanner(BodyRepository bodies, MeetingRepository meetings, Publisher publisher,
            NightlyProperties properties, NightlyCalendar calendar, MeetingPublications publications) {
        this.publications = publications;
        this.bodies = bodies;
        this.meetings = meetings;
        this.publisher = publisher;
        this.properties = properties;
        this.calendar = calendar;
    }

    public List<Due> due(LocalDate runDate, Path outRoot) {
        List<Due> due = new ArrayList<>();
        for (String body : bodies.ids()) {
            int clearDays = properties.clearDaysOf(body);
            Set<LocalDate> heldBack = meetings.heldBackDates(body);
            for (LocalDate meeting : meetings.dates(body)) {
                if (meeting.isBefore(runDate) || calendar.publicationDate(meeting, clearDays).isAfter(runDate)
                        || heldBack.contains(meeting) && !publications.isPublished(body, meeting)) {
                    continue;
                }
                String reason = reason(body, meeting, outRoot);
                if (reason != null) {
                    due.add(new Due(body, meeting, reason));
                }
            }
        }
        return due;
    }

    /**
     * The files of the pack as last built, if that build was from the meeting's current inputs (an attempt of this
     * run that was killed after building it, say): built again, it would be a new version, sent again to everyone.
     */
    public Optional<List<Path>> upToDate(String body, LocalDate meeting, Path outRoot) {
        Path folder = Publisher.folder(outRoot, body, meeting.toString());
        return reason(body, meeting, outRoot) != null ? Optional.empty()
                : publisher.lastBuild(folder, AgendaPackBuilder.DOCUMENT).map(last -> last.outputs().stream()
                        .map(o -> folder.resolve(o.file())).toList());
    }

    /** Why the pack needs building, or null if it is up to date. */
    private String reason(String body, LocalDate meeting, Path outRoot) {
        Manifest.Entry last = publisher.lastBuild(Publisher.folder(outRoot, body, meeting.toString()),
                AgendaPackBuilder.DOCUMENT).orElse(null);
        if (last == null) {
            return "publication date reached";
        }
        String current = meetings.sourceHash(body, meeting).orElse(null);
        return Objects.equals(current, last.inputs().get(AgendaPackBuilder.MEETING_INPUT)) ? null : "inputs changed since the last build";
    }
}
