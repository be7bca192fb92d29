package org.packpress.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every buildable document type, by its {@link DocumentJob#type()}. */
@Component
public class DocumentJobs {

    private final Map<String, DocumentJob> byType = new LinkedHashMap<>();

    public DocumentJobs(List<DocumentJob> jobs) {
        jobs.forEach(j -> byType.put(j.type(), j));
    }

    public Optional<DocumentJob> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Optional<DocumentJob> forJobName(String jobName) {
        return byType.values().stream().filter(j -> j.job().getName().equals(jobName)).findFirst();
    }

    public List<DocumentJob> all() {
        return List.copyOf(byType.values());
    }

    public List<DocumentJob> perMeeting() {
        return byType.values().stream().filter(DocumentJob::perMeeting).toList();
    }
}
