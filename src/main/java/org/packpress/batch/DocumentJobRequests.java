package org.packpress.batch;

import java.time.LocalDate;
import org.springframework.batch.core.JobParameters;

/** Reads a {@link DocumentJob.Request} back from a job's parameters (body, meeting, plan, year). */
public final class DocumentJobRequests {

    private DocumentJobRequests() {
    }

    /** The request, or null if the parameters name no body. */
    public static DocumentJob.Request of(JobParameters parameters) {
        String body = parameters.getString("body");
        if (body == null) {
            return null;
        }
        String meeting = parameters.getString("meeting");
        return new DocumentJob.Request(body, meeting == null ? null : LocalDate.parse(meeting),
                parameters.getString("plan"), parameters.getString("year"));
    }
}
