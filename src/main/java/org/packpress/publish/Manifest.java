package org.packpress.publish;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.packpress.model.Audience;
import org.packpress.model.Finding;
import org.packpress.render.pdf.PdfVerdict;

/**
 * {@code manifest.json} of one output folder ({@code out/<body>/<meeting date>/}): for each document
 * built there, when and by which job, the hashes of the inputs it was built from and of the files it
 * wrote, and what changed since the build before; and every version issued before the current one
 * ({@code earlier}, oldest first), whose files the folder's {@link Archive} keeps.
 *
 * @param documents each document's current version: what its usual download links serve
 * @param earlier each document's earlier versions, oldest first: version n is the n-th, the current one
 *     comes after them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String body, String folder, Map<String, Entry> documents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<Entry>> earlier) {

    public Manifest {
        documents = new TreeMap<>(documents == null ? Map.of() : documents);
        Map<String, List<Entry>> versions = new TreeMap<>();
        (earlier == null ? Map.<String, List<Entry>>of() : earlier).forEach((d, list) -> versions.put(d, List.copyOf(list)));
        earlier = versions;
    }

    public Manifest(String body, String folder, Map<String, Entry> documents) {
        this(body, folder, documents, Map.of());
    }

    /** The same manifest with the document's current entry replaced (its earlier versions unchanged). */
    public Manifest with(String document, Entry entry) {
        Map<String, Entry> copy = new TreeMap<>(documents);
        copy.put(document, entry);
        return new Manifest(body, folder, copy, earlier);
    }

    /**
     * The manifest after a new version of the document was issued: the version before becomes an earlier
     * one, unless the new build wrote exactly the same files (then nothing was re-issued, and it is replaced).
     */
    public Manifest issued(String document, Entry entry) {
        Entry previous = documents.get(document);
        Map<String, List<Entry>> versions = new TreeMap<>(earlier);
        if (previous != null && !previous.files().equals(entry.files())) {
            List<Entry> list = new ArrayList<>(versions.getOrDefault(document, List.of()));
            list.add(previous);
            versions.put(document, list);
        }
        Map<String, Entry> current = new TreeMap<>(documents);
        current.put(document, entry);
        return new Manifest(body, folder, current, versions);
    }

    /** The document's earlier versions, oldest (version 1) first. */
    public List<Entry> earlier(String document) {
        return earlier.getOrDefault(document, List.of());
    }

    /** The number of the document's current version (1 when it was issued once). */
    public int currentVersion(String document) {
        return earlier(document).size() + 1;
    }

    /** A file of an earlier version of any document of the folder, by version number and file name. */
    public Optional<OutputFile> earlierOutput(int version, String file) {
        return earlier.values().stream().filter(list -> version >= 1 && version <= list.size())
                .flatMap(list -> list.get(version - 1).outputs().stream()).filter(o -> o.file().equals(file))
                .findFirst();
    }

    /** The newest version of the document (current or earlier) that issued a file of this content, if any. */
    public Optional<Entry> issuedIn(String document, String sha256) {
        List<Entry> versions = new ArrayList<>(earlier(document));
        Optional.ofNullable(documents.get(document)).ifPresent(versions::add);
        Collections.reverse(versions);
        return versions.stream().filter(e -> e.output(sha256).isPresent()).findFirst();
    }

    /**
     * One build of one document.
     *
     * @param builtAt ISO local date-time of the build
     * @param dated the date the files carry (ISO date-time with offset), kept from the version before when the
     *     inputs and the files are the same ({@link Publisher.Dating}); null in manifests written before it was
     *     recorded
     * @param jobExecutionId the Spring Batch job execution, when built by a job
     * @param inputs input name (a file path relative to the body folder, or a store key) to SHA-256
     * @param outputs the files written
     * @param changes human-readable list of what changed since the previous build, if any
     * @param findings what the consistency checks found in what was built (warnings; a pack with errors is
     *     not published)
     * @param sanitised what was removed from papers as unsafe to publish (scripts, launch actions, embedded
     *     files …), per paper; left out when nothing was
     * @param accessibility the accessibility report of the PDFs written and attached (null: no PDF)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String builtAt, String dated, Long jobExecutionId, Map<String, String> inputs,
            List<OutputFile> outputs, List<String> changes, List<Finding> findings,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Sanitised> sanitised, Accessibility accessibility) {

        public Entry {
            inputs = new TreeMap<>(inputs == null ? Map.of() : inputs);
            outputs = outputs == null ? List.of() : List.copyOf(outputs);
            changes = changes == null ? List.of() : List.copyOf(changes);
            findings = findings == null ? List.of() : List.copyOf(findings);
            sanitised = sanitised == null ? List.of() : List.copyOf(sanitised);
        }

        public Entry withAccessibility(Accessibility report) {
            return new Entry(builtAt, dated, jobExecutionId, inputs, outputs, changes, findings, sanitised, report);
        }

        /** The file of this content among those written, if any. */
        public Optional<OutputFile> output(String sha256) {
            return outputs.stream().filter(o -> o.sha256().equals(sha256)).findFirst();
        }

        /** Each file written, by name, with its content hash: what a reader of this version gets. */
        @JsonIgnore
        public Map<String, String> files() {
            return filesOf(outputs);
        }

        /** The files written, by name, with their content hashes. */
        public static Map<String, String> filesOf(List<OutputFile> outputs) {
            Map<String, String> files = new TreeMap<>();
            outputs.forEach(o -> files.put(o.file(), o.sha256()));
            return files;
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

    /** The document whose build (of its current or an earlier version) wrote the file of this name, if any. */
    public Optional<String> documentOf(String file) {
        return documents.entrySet().stream().filter(e -> e.getValue().outputs().stream().anyMatch(o -> o.file().equals(file)))
                .map(Map.Entry::getKey).findFirst()
                .or(() -> earlier.entrySet().stream().filter(e -> e.getValue().stream()
                        .anyMatch(v -> v.outputs().stream().anyMatch(o -> o.file().equals(file))))
                        .map(Map.Entry::getKey).findFirst());
    }

    /**
     * The accessibility report of a build: each PDF written and each PDF attached, as veraPDF checked it.
     * Written as {@link #CHECKING} when the build publishes (the attachments are known then: the pack
     * needed them for its metadata) and completed by the validation that runs after it
     * ({@code AccessibilityReports}).
     *
     * @param state {@link #CHECKING} or {@link #CHECKED}
     * @param accessible whether every output and attachment is tagged and passes PDF/UA-1 and PDF/A-2a;
     *     false as soon as an attachment fails, null while that is not known yet
     * @param checkedAt ISO local date-time the validation finished
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Accessibility(String state, Boolean accessible, String checkedAt, List<Checked> outputs,
            List<Checked> attachments) {

        public static final String CHECKING = "checking";
        public static final String CHECKED = "checked";

        public Accessibility {
            outputs = outputs == null ? List.of() : List.copyOf(outputs);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** The outputs, then the attachments, found not accessible. */
        public List<Checked> failing() {
            return Stream.concat(outputs.stream(), attachments.stream())
                    .filter(c -> Boolean.FALSE.equals(c.accessible())).toList();
        }

        /** The papers whose attachments are not accessible, as the build named them. */
        public List<String> failingAttachments() {
            return attachments.stream().filter(a -> Boolean.FALSE.equals(a.accessible())).map(Checked::paper).toList();
        }
    }

    /**
     * One PDF of an accessibility report.
     *
     * @param file the output's file name, or the attachment's path in the body's sources
     * @param paper for an attachment, how the build names it ("item 8: papers/08-peel.pdf")
     * @param sha256 for an attachment, its content hash
     * @param tagged null while not checked
     * @param failedRules the rules it fails, in words
     * @param failingAttachments for an output, the papers in it whose attachments are not accessible
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Checked(String file, String paper, String sha256, Boolean tagged, Boolean pdfUa1, Boolean pdfA2a,
            List<String> failedRules, List<String> failingAttachments) {

        public Checked {
            failedRules = failedRules == null ? List.of() : List.copyOf(failedRules);
            failingAttachments = failingAttachments == null ? List.of() : List.copyOf(failingAttachments);
        }

        /** An attached PDF as assembly found it ({@code AttachmentVerdicts}). */
        public static Checked attachment(String file, String paper, String sha256, PdfVerdict verdict) {
            return new Checked(file, paper, sha256, verdict.tagged(), verdict.pdfUa1(), verdict.pdfA2a(),
                    verdict.failedRules(), null);
        }

        /** A written PDF not checked yet; its failing attachments are known from the build. */
        public static Checked pending(String file, List<String> failingAttachments) {
            return new Checked(file, null, null, null, null, null, null, failingAttachments);
        }

        /** The same PDF with veraPDF's verdict. */
        public Checked with(PdfVerdict verdict) {
            return new Checked(file, paper, sha256, verdict.tagged(), verdict.pdfUa1(), verdict.pdfA2a(),
                    verdict.failedRules(), failingAttachments);
        }

        /** Tagged and passing both profiles; null while not checked. */
        public Boolean accessible() {
            if (tagged == null || pdfUa1 == null || pdfA2a == null) {
                return null;
            }
            return tagged && pdfUa1 && pdfA2a;
        }
    }
}
