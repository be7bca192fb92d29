package org.packpress.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;

/**
 * One buildable document type, as the API, the officer page and the nightly run see it. Each product
 * contributes a bean; {@link DocumentJobs} collects them, so adding a product edits no shared list.
 */
public interface DocumentJob {

    /** The name used in URLs and requests, e.g. {@code agenda-pack}. */
    String type();

    /** Whether the document belongs to a meeting (true) or to a plan or year (false). */
    boolean perMeeting();

    Job job();

    /**
     * The job parameters of a build. Parameters that identify "the same build" (body, meeting, plan,
     * year) must be job parameters named as in {@link Request}'s accessors, so a running build can be
     * recognised.
     *
     * @param outRoot the output root folder ({@code out/})
     */
    JobParameters parameters(Request request, Path outRoot);

    /** The folder the build publishes into (it holds {@code manifest.json}). */
    Path outputFolder(Request request, Path outRoot);

    /** The document's key in that folder's {@code manifest.json}. */
    String manifestDocument(Request request);

    /**
     * Why a build of this request cannot succeed (for example: no minutes imported for that meeting),
     * checked before it is accepted, so that it is refused up front with the reason; empty if it may start.
     */
    default Optional<String> cannotBuild(Request request) {
        return Optional.empty();
    }

    /**
     * The builds the nightly run starts for this document type on a run date, besides the agenda packs
     * it plans itself (for example this month's KPI workbook when it has not been built yet). Decide from
     * the manifests, so that a build that failed one night is due again the next. None by default.
     */
    default List<Request> nightlyDue(LocalDate runDate, Path outRoot) {
        return List.of();
    }

    /**
     * A build request. {@code meeting} for meeting documents; {@code plan} and/or {@code year} (a
     * reporting year such as {@code 2020/21}) for the others.
     */
    record Request(String body, LocalDate meeting, String plan, String year) {

        public static Request forMeeting(String body, LocalDate meeting) {
            return new Request(body, meeting, null, null);
        }

        /** How the request reads in messages and logs: {@code wm-pcp/2024-01-15}. */
        public String label() {
            StringBuilder s = new StringBuilder(body);
            if (meeting != null) {
                s.append('/').append(meeting);
            }
            if (plan != null) {
                s.append('/').append(plan);
            }
            if (year != null) {
                s.append('/').append(year);
            }
            return s.toString();
        }
    }
}
