package org.packpress.documents.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.packpress.checks.ChecksEngine;
import org.packpress.model.Audience;
import org.packpress.model.Body;
import org.packpress.publish.Publisher;
import org.packpress.publish.Publisher.StagedFile;
import org.packpress.store.BodyRepository;
import org.springframework.stereotype.Service;

/**
 * Builds and publishes minutes and action trackers beside the agenda pack, in
 * {@code out/<body>/<yyyy-mm-dd>/}: {@code minutes.pdf} (and {@code minutes-confidential.pdf} when
 * items were exempt), {@code action-tracker.pdf} and {@code action-tracker.xlsx}. Files are staged
 * and moved into place together; a failed build leaves nothing.
 */
@Service
public class MinutesPublisher {

    public static final String MINUTES = "minutes";
    public static final String ACTION_TRACKER = "action-tracker";

    private final BodyRepository bodies;
    private final MinutesPapers minutes;
    private final ActionTrackerPapers trackers;
    private final Publisher publisher;
    private final ChecksEngine checks;

    public MinutesPublisher(BodyRepository bodies, MinutesPapers minutes, ActionTrackerPapers trackers,
            Publisher publisher, ChecksEngine checks) {
        this.checks = checks;
        this.bodies = bodies;
        this.minutes = minutes;
        this.trackers = trackers;
        this.publisher = publisher;
    }

    public List<Path> publishMinutes(String bodyId, LocalDate date, Path outRoot, Long jobExecutionId) {
        Body body = bodies.get(bodyId);
        Path folder = Publisher.folder(outRoot, bodyId, date.toString());
        return publisher.dated(folder, MINUTES, dating -> publishMinutes(body, date, folder, jobExecutionId, dating));
    }

    private List<Path> publishMinutes(Body body, LocalDate date, Path folder, Long jobExecutionId,
            Publisher.Dating dating) {
        List<StagedFile> staged = new ArrayList<>();
        try {
            Map<String, String> inputs = Map.of("minutes/" + date, minutes.dataHash(body, date));
            OffsetDateTime dated = dating.dateFor(inputs);
            Path file = publisher.stage(folder, "minutes.pdf");
            staged.add(new StagedFile("minutes.pdf", file, null, Audience.PUBLIC, null));
            int pages = minutes.renderStandalone(body, date, dated, file);
            staged.set(0, staged.get(0).withPages(pages));
            if (minutes.document(body, date).hasExemptItems()) {
                Path confidential = publisher.stage(folder, "minutes-confidential.pdf");
                staged.add(new StagedFile("minutes-confidential.pdf", confidential, null, Audience.CONFIDENTIAL, null));
                int confidentialPages = minutes.renderConfidential(body, date, dated, confidential);
                staged.set(1, staged.get(1).withPages(confidentialPages));
            }
            return publisher.publish(folder, body.id(), MINUTES, staged, new Publisher.Build(inputs, dating,
                    jobExecutionId, checks.checkMinutes(body.id(), date)));
        } catch (RuntimeException e) {
            publisher.discard(staged);
            throw e;
        }
    }

    public List<Path> publishTracker(String bodyId, LocalDate asOf, Path outRoot, Long jobExecutionId) {
        Body body = bodies.get(bodyId);
        Path folder = Publisher.folder(outRoot, bodyId, asOf.toString());
        return publisher.dated(folder, ACTION_TRACKER, dating -> publishTracker(body, asOf, folder, jobExecutionId,
                dating));
    }

    private List<Path> publishTracker(Body body, LocalDate asOf, Path folder, Long jobExecutionId,
            Publisher.Dating dating) {
        List<StagedFile> staged = new ArrayList<>();
        try {
            ActionTracker tracker = trackers.tracker(body, asOf);
            Map<String, String> inputs = Map.of("action-tracker", trackers.dataHash(body, asOf));
            OffsetDateTime dated = dating.dateFor(inputs);
            Path pdf = publisher.stage(folder, "action-tracker.pdf");
            staged.add(new StagedFile("action-tracker.pdf", pdf, null, Audience.PUBLIC, null));
            int pages = trackers.renderStandalonePdf(tracker, body, dated, pdf);
            staged.set(0, staged.get(0).withPages(pages));
            Path workbook = publisher.stage(folder, "action-tracker.xlsx");
            staged.add(new StagedFile("action-tracker.xlsx", workbook, null, Audience.PUBLIC, null));
            trackers.writeWorkbook(tracker, body, dated, workbook);
            return publisher.publish(folder, body.id(), ACTION_TRACKER, staged, new Publisher.Build(inputs, dating,
                    jobExecutionId, checks.checkTracker(body.id())));
        } catch (RuntimeException e) {
            publisher.discard(staged);
            throw e;
        }
    }
}
