package org.packpress.web;

import org.packpress.common.PackPressProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobs;
import org.packpress.batch.DocumentJobsConfig;
import org.packpress.documents.agenda.PackPublication;
import org.packpress.model.performance.IndicatorStatus;
import org.packpress.model.Meeting;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.packpress.store.performance.PerformanceRepository;
import org.springframework.stereotype.Service;

/** Bodies, meetings and the state of each meeting's documents, read from the store and the manifests. */
@Service
public class MeetingDocuments {

    public static final String NOT_BUILT = "NOT_BUILT";
    public static final String UP_TO_DATE = "UP_TO_DATE";
    public static final String OUT_OF_DATE = "OUT_OF_DATE";
    /** The segment of an earlier version's download address: {@code /files/<body>/<folder>/versions/<n>/<file>}. */
    public static final String VERSIONS = "versions";

    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final DocumentJobs documents;
    private final Publisher publisher;
    private final PerformanceRepository performance;
    private final PackPublication publication;
    private final Path outRoot;

    public MeetingDocuments(BodyRepository bodies, MeetingRepository meetings, DocumentJobs documents,
            Publisher publisher, PerformanceRepository performance, PackPublication publication,
            PackPressProperties properties) {
        this.publication = publication;
        this.bodies = bodies;
        this.performance = performance;
        this.meetings = meetings;
        this.documents = documents;
        this.publisher = publisher;
        this.outRoot = properties.outDir().toAbsolutePath().normalize();
    }

    public Path outRoot() {
        return outRoot;
    }

    /** The file a download address names, as the folder's manifest records it; empty if no build wrote it. */
    public Optional<Manifest.OutputFile> published(String body, String folder, String file) {
        return publisher.read(Publisher.folder(outRoot, body, folder)).flatMap(m -> m.output(file));
    }

    /** A file of an earlier version, as the folder's manifest records it; empty if no such version wrote it. */
    public Optional<Manifest.OutputFile> published(String body, String folder, int version, String file) {
        return publisher.read(Publisher.folder(outRoot, body, folder)).flatMap(m -> m.earlierOutput(version, file));
    }

    /**
     * Whether a download address needs a reader entitled to confidential papers: every address but that of a
     * file anyone may read ({@link #publiclyReadable}), {@code /files/<body>/<folder>/<file>} of a current version
     * or {@code /files/<body>/<folder>/versions/<n>/<file>} of an earlier one.
     */
    public boolean needsEntitlement(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length == 5) {
            return !publiclyReadable(parts[2], parts[3], parts[4]);
        }
        if (parts.length == 7 && parts[4].equals(VERSIONS) && parts[5].matches("[1-9][0-9]{0,5}")) {
            return !publiclyReadable(parts[2], parts[3], Integer.parseInt(parts[5]), parts[6]);
        }
        return true;
    }

    /**
     * Whether anyone may download the file, signed in or not: the manifest records it as public, of a document
     * released to the public (a meeting's pack once the meeting is published, see {@link PackPublication}).
     */
    public boolean publiclyReadable(String body, String folder, String file) {
        return publiclyReadable(body, folder, m -> m.output(file), file);
    }

    /** Whether anyone may download the file of an earlier version: the same rule as for the current one. */
    public boolean publiclyReadable(String body, String folder, int version, String file) {
        return publiclyReadable(body, folder, m -> m.earlierOutput(version, file), file);
    }

    private boolean publiclyReadable(String body, String folder,
            Function<Manifest, Optional<Manifest.OutputFile>> recorded, String file) {
        Optional<Manifest> manifest = publisher.read(Publisher.folder(outRoot, body, folder));
        return manifest.flatMap(recorded).map(Manifest.OutputFile::isPublic).orElse(false)
                && publication.released(manifest.get(), file);
    }

    public List<ApiModels.BodySummary> bodies() {
        return bodies.ids().stream().map(bodies::get)
                .map(b -> new ApiModels.BodySummary(b.id(), b.name(), b.shortName())).toList();
    }

    public List<ApiModels.MeetingSummary> meetings(String body) {
        requireBody(body);
        return meetings.dates(body).stream().map(d -> meeting(body, d)).toList();
    }

    public ApiModels.MeetingSummary meeting(String body, LocalDate date) {
        requireBody(body);
        Meeting meeting = meetings.find(body, date)
                .orElseThrow(() -> new NotFoundException("No meeting of " + body + " on " + date + " has been imported"));
        List<ApiModels.DocumentState> states = documents.perMeeting().stream()
                .map(d -> state(d, DocumentJob.Request.forMeeting(body, date), meeting.sourceHash())).toList();
        ApiModels.Publication published = publication.publication(body, date)
                .map(p -> new ApiModels.Publication(p.at(), p.by())).orElse(null);
        return new ApiModels.MeetingSummary(body, date, meeting.type().name(), meeting.status().name(), meeting.venue(),
                meeting.draft(), published, meeting.postponedTo(), states);
    }

    /**
     * The body's KPI workbooks (one per plan and year with recorded statuses) and annual-report reviews
     * (one per year with a review paper).
     */
    public List<ApiModels.PlanDocument> planDocuments(String body) {
        requireBody(body);
        List<ApiModels.PlanDocument> result = new ArrayList<>();
        DocumentJob workbook = document(DocumentJobsConfig.KPI_WORKBOOK);
        for (String plan : performance.planIds(body)) {
            performance.statuses(body, plan).stream().map(IndicatorStatus::year).distinct().sorted()
                    .forEach(year -> result.add(planDocument(workbook, new DocumentJob.Request(body, null, plan, year))));
        }
        DocumentJob review = document(DocumentJobsConfig.ANNUAL_REVIEW);
        for (String year : performance.reviewYears(body)) {
            result.add(planDocument(review, new DocumentJob.Request(body, null, null, year)));
        }
        return result;
    }

    private ApiModels.PlanDocument planDocument(DocumentJob document, DocumentJob.Request request) {
        return new ApiModels.PlanDocument(request.body(), request.plan(), request.year(),
                state(document, request, null));
    }

    private ApiModels.DocumentState state(DocumentJob document, DocumentJob.Request request, String currentHash) {
        Path folder = document.outputFolder(request, outRoot);
        String label = DocumentLabels.label(document.type(), request.year());
        String name = document.manifestDocument(request);
        Manifest manifest = publisher.read(folder).orElse(null);
        Manifest.Entry last = manifest == null ? null : manifest.documents().get(name);
        if (last == null) {
            return new ApiModels.DocumentState(document.type(), label, NOT_BUILT, null, null, null, List.of(), null,
                    null, List.of(), document.cannotBuild(request).orElse(null));
        }
        String recorded = last.inputs().get(AgendaPackBuilder.MEETING_INPUT);
        String state = recorded == null || Objects.equals(recorded, currentHash) ? UP_TO_DATE : OUT_OF_DATE;
        return new ApiModels.DocumentState(document.type(), label, state, last.builtAt(), last.jobExecutionId(),
                last.changes(), last.outputs().stream().map(o -> link(folder, o)).toList(), last.accessibility(),
                manifest.currentVersion(name), earlier(folder, manifest.earlier(name)), null);
    }

    /** The earlier versions, newest first, each with its files' addresses under {@value #VERSIONS}. */
    private List<ApiModels.Version> earlier(Path folder, List<Manifest.Entry> versions) {
        List<ApiModels.Version> listed = new ArrayList<>();
        for (int n = versions.size(); n >= 1; n--) {
            Manifest.Entry entry = versions.get(n - 1);
            Path under = folder.resolve(VERSIONS).resolve(String.valueOf(n));
            listed.add(new ApiModels.Version(n, LocalDateTime.parse(entry.builtAt()), entry.changes(),
                    entry.outputs().stream().map(o -> link(under, o)).toList()));
        }
        return listed;
    }

    public ApiModels.FileLink link(Path folder, Manifest.OutputFile o) {
        return new ApiModels.FileLink(o.file(), url(folder.resolve(o.file())), o.sha256(), o.bytes(), o.pages(),
                !o.isPublic());
    }

    /** The download address of a file under the output root. */
    public String url(Path file) {
        Path relative = outRoot.relativize(file.toAbsolutePath().normalize());
        return "/files/" + relative.toString().replace('\\', '/');
    }

    public void requireBody(String body) {
        if (body == null || bodies.find(body).isEmpty()) {
            throw new NotFoundException("No body '" + body + "' has been imported");
        }
    }

    public DocumentJob document(String type) {
        return documents.find(type).orElseThrow(() -> new NotFoundException("No document type '" + type
                + "'; known: " + String.join(", ", documents.all().stream().map(DocumentJob::type).toList())));
    }
}
