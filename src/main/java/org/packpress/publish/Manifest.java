package org.packpress.publish;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.packpress.model.Audience;
import org.packpress.model.Finding;

/**
 * {@code manifest.json} of one output folder ({@code out/<body>/<meeting date>/}): for each document
 * built there, when and by which job, the hashes of the inputs it was built from and of the files it
 * wrote, and what changed since the build before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String body, String folder, Map<String, Entry> documents) {

    public Manifest {
        documents = new TreeMap<>(documents == null ? Map.of() : documents);
    }

    public Manifest with(String document, Entry entry) {
        Map<String, Entry> copy = new TreeMap<>(documents);
        copy.put(document, entry);
        return new Manifest(body, folder, copy);
    }

    /**
     * One build of one document.
     *
     * @param builtAt ISO local date-time of the build
     * @param jobExecutionId the Spring Batch job execution, when built by a job
     * @param inputs input name (a file path relative to the body folder, or a store key) to SHA-256
     * @param outputs the files written
     * @param changes human-readable list of what changed since the previous build, if any
     * @param findings what the consistency checks found in what was built (warnings; a pack with errors is
     *     not published)
     * @param sanitised what was removed from papers as unsafe to publish (scripts, launch actions, embedded
     *     files …), per paper; left out when nothing was
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String builtAt, Long jobExecutionId, Map<String, String> inputs,
            List<OutputFile> outputs, List<String> changes, List<Finding> findings,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Sanitised> sanitised) {

        public Entry {
            inputs = new TreeMap<>(inputs == null ? Map.of() : inputs);
            outputs = outputs == null ? List.of() : List.copyOf(outputs);
            changes = changes == null ? List.of() : List.copyOf(changes);
            findings = findings == null ? List.of() : List.copyOf(findings);
            sanitised = sanitised == null ? List.of() : List.copyOf(sanitised);
        }

        public Entry(String builtAt, Long jobExecutionId, Map<String, String> inputs, List<OutputFile> outputs,
                List<String> changes, List<Finding> findings) {
            this(builtAt, jobExecutionId, inputs, outputs, changes, findings, List.of());
        }
    }

    /**
     * What was removed from one paper before it was published.
     *
     * @param paper the paper, as build errors name it (e.g. "item 8: papers/08-peel.pdf")
     * @param removed each thing removed, in words, with where it was
     */
    public record Sanitised(String paper, List<String> removed) {

        public Sanitised {
            removed = removed == null ? List.of() : List.copyOf(removed);
        }
    }

    /**
     * A written file: its name in the folder, SHA-256, size, (for PDFs) page count, and what it is. Downloads,
     * distribution and the officer page decide from these fields, never from the file's name.
     *
     * @param audience who may read it; a file recorded without one (a manifest older than the field) is
     *     treated as confidential until it is rebuilt
     * @param supplement the number of the supplementary agenda it is, one sequence per meeting for public and
     *     confidential supplements alike; null for the document itself
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutputFile(String file, String sha256, long bytes, Integer pages, Audience audience,
            Integer supplement) {

        @JsonIgnore
        public boolean isPublic() {
            return audience == Audience.PUBLIC;
        }

        @JsonIgnore
        public boolean isSupplement() {
            return supplement != null;
        }
    }

    /** The file of this name among the outputs of any document, if the folder's builds wrote one. */
    public Optional<OutputFile> output(String file) {
        return documents.values().stream().flatMap(e -> e.outputs().stream()).filter(o -> o.file().equals(file))
                .findFirst();
    }
}
