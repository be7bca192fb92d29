package org.packpress.publish;

import org.packpress.common.AtomicFiles;
import org.packpress.common.Hashes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.packpress.common.DateStyles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.packpress.model.Audience;
import org.packpress.model.Finding;

/**
 * Moves finished files into an output folder and records them in its {@code manifest.json}. Files
 * are staged as temporary files beside their targets first (see {@link #stage}), so a failed build
 * leaves nothing but invisible {@code .part} files, which it removes (and the next process, those of a build
 * that was killed: {@link UnfinishedFiles}). A re-issue never loses what it
 * replaces: every published file is kept in the folder's {@link Archive}, and the version before is
 * listed in the manifest's earlier versions.
 */
@Component
public class Publisher {

    /**
     * A finished temporary file, waiting to be moved to {@code name} in the output folder.
     *
     * @param audience who may read it, recorded in the manifest for downloads and distribution
     * @param supplement the supplementary agenda's number, or null
     * @param attachments the attached PDFs in it (a pack's), as its assembly found them
     */
    public record StagedFile(String name, Path temp, Integer pages, Audience audience, Integer supplement,
            List<Manifest.Checked> attachments) {

        public StagedFile {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        public StagedFile(String name, Path temp, Integer pages, Audience audience, Integer supplement) {
            this(name, temp, pages, audience, supplement, List.of());
        }

        public StagedFile withPages(int count) {
            return new StagedFile(name, temp, count, audience, supplement, attachments);
        }

        /** The same file, with the attached PDFs its assembly found in it. */
        public StagedFile withAttachments(List<Manifest.Checked> found) {
            return new StagedFile(name, temp, pages, audience, supplement, found);
        }
    }

    /** Told after a build is recorded in its folder's manifest; the accessibility report starts from it. */
    public record Published(Path folder, String document, String builtAt) {
    }

    static final String MANIFEST = "manifest.json";

    /** The change of a version built from the same inputs as the one before, whose files differ all the same. */
    static final String REMADE = "the same contents, laid out or worded anew (PackPress, a layout or a text block changed)";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ApplicationEventPublisher events;

    public Publisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The folder of a meeting's or a plan's documents: {@code <root>/<body>/<name>}. */
    public static Path folder(Path root, String body, String name) {
        return root.resolve(body).resolve(name);
    }

    /** A new temporary file in the folder, to be filled and then published under {@code name}. */
    public Path stage(Path folder, String name) {
        return AtomicFiles.tempBeside(folder.resolve(name));
    }

    /**
     * What the manifest records of a build besides its files.
     *
     * @param inputs input name (a file path relative to the body folder, or a store key) to SHA-256
     * @param dating how the documents were dated ({@link Dating}), or null for undated files
     * @param jobExecutionId the Spring Batch job execution, when built by a job
     * @param changes what changed since the build before
     * @param findings the consistency checks' findings on what was built
     * @param sanitised what was removed from papers as unsafe to publish
     */
    public record Build(Map<String, String> inputs, Dating dating, Long jobExecutionId, List<String> changes,
            List<Finding> findings, List<Manifest.Sanitised> sanitised) {

        public Build(Map<String, String> inputs, Dating dating, Long jobExecutionId, List<Finding> findings) {
            this(inputs, dating, jobExecutionId, List.of(), findings, List.of());
        }

        /** The date the documents carry. */
        public OffsetDateTime dated() {
            return dating == null ? null : dating.dateFor(inputs);
        }
    }

    /**
     * The date of one build's documents: that of the document's current version when it was built from the
     * same inputs, so that a document built again with nothing changed is written to the same bytes and is no
     * new version (nor sent again); otherwise the time the build started, to the second. A build from the same
     * inputs whose files come out different all the same (PackPress, a layout, a text block or the house style
     * changed) is built again dated now ({@link #dated}).
     */
    public record Dating(Manifest.Entry current, OffsetDateTime now) {

        public OffsetDateTime dateFor(Map<String, String> inputs) {
            return reusesDate(inputs) ? OffsetDateTime.parse(current.dated()) : now;
        }

        boolean reusesDate(Map<String, String> inputs) {
            return current != null && current.dated() != null && current.inputs().equals(inputs);
        }

        /** The same build dated now, whatever the version before. */
        Dating renewed() {
            return new Dating(null, now);
        }
    }

    /**
     * Builds and publishes a document: {@code build} stages its files dated by {@code dating} and publishes them.
     * When it reused the current version's date but its files differ from that version's, {@link #publish} refuses
     * them (a new version must not carry the old one's date) and the document is built once more, dated now.
     */
    public <T> T dated(Path folder, String document, Function<Dating, T> build) {
        Dating dating = dating(folder, document);
        try {
            return build.apply(dating);
        } catch (RedateException e) {
            return build.apply(dating.renewed());
        }
    }

    /** The dating of a build of the document starting now. */
    Dating dating(Path folder, String document) {
        return new Dating(lastBuild(folder, document).orElse(null), OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Thrown by {@link #publish} to {@link #dated}: files that differ from the version whose date they carry. */
    private static final class RedateException extends RuntimeException {

        RedateException() {
            super("the files differ from the version whose date they carry", null, false, false);
        }
    }

    /**
     * Moves the staged files into place and records the build, with the checks' findings and what was removed
     * from papers as unsafe to publish, in the manifest.
     *
     * @return the published paths, in the order given
     */
    public synchronized List<Path> publish(Path folder, String body, String document, List<StagedFile> files,
            Build build) {
        List<Manifest.OutputFile> outputs = new ArrayList<>();
        for (StagedFile file : files) {
            outputs.add(new Manifest.OutputFile(file.name(), Hashes.sha256(file.temp()), size(file.temp()), file.pages(),
                    file.audience(), file.supplement()));
        }
        outputs.addAll(earlierSupplements(folder, document, files));
        Manifest before = read(folder).orElse(new Manifest(body, folder.getFileName().toString(), Map.of()));
        Manifest.Entry previous = before.documents().get(document);
        if (build.dating() != null && build.dating().reusesDate(build.inputs()) && differ(previous, outputs)) {
            throw new RedateException();
        }
        if (previous != null) {
            Archive.keepBeforeReplacing(folder, previous);
        }
        for (int i = 0; i < outputs.size(); i++) {
            Archive.keep(folder, i < files.size() ? files.get(i).temp() : folder.resolve(outputs.get(i).file()),
                    outputs.get(i));
        }
        Manifest.Entry entry = new Manifest.Entry(DateStyles.isoTimestamp(LocalDateTime.now()),
                build.dated() == null ? null : build.dated().toString(), build.jobExecutionId(), build.inputs(), outputs,
                changes(build, previous, outputs), build.findings(), build.sanitised(),
                accessibility(previous, outputs, files));
        List<Path> published = moveIntoPlace(folder, files, before.issued(document, entry));
        events.publishEvent(new Published(folder, document, entry.builtAt()));
        return published;
    }

    /** What changed: the build's account, or, when its inputs are those of the version before, the making. */
    private static List<String> changes(Build build, Manifest.Entry previous, List<Manifest.OutputFile> outputs) {
        boolean sameInputs = previous != null && previous.inputs().equals(build.inputs());
        return build.changes().isEmpty() && sameInputs && differ(previous, outputs) ? List.of(REMADE) : build.changes();
    }

    private static boolean differ(Manifest.Entry previous, List<Manifest.OutputFile> outputs) {
        return previous == null || outputs.stream().anyMatch(file -> previous.outputs().stream()
                .noneMatch(p -> p.file().equals(file.file()) && p.sha256().equals(file.sha256())));
    }

    /**
     * Writes the folder's new manifest beside the old one, moves the files into place, then the manifest. A process
     * that dies while moving leaves the new manifest complete, and every file it records is in the archive already:
     * the next process completes the publication ({@link #completeLeftBehind}).
     */
    private List<Path> moveIntoPlace(Path folder, List<StagedFile> files, Manifest manifest) {
        Path next = AtomicFiles.tempBeside(folder.resolve(MANIFEST));
        try {
            try (OutputStream out = Files.newOutputStream(next)) {
                json.writeValue(out, manifest);
            }
            List<Path> published = new ArrayList<>();
            for (StagedFile file : files) {
                published.add(AtomicFiles.moveIntoPlace(file.temp(), folder.resolve(file.name())));
            }
            AtomicFiles.moveIntoPlace(next, folder.resolve(MANIFEST));
            return published;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the manifest of " + folder, e);
        } finally {
            AtomicFiles.deleteQuietly(next);
        }
    }

    /**
     * Completes a publication that a process which no longer runs left half done: puts every file the manifest it
     * wrote ({@code next}, a temporary file beside {@code manifest.json}) records back in place from the archive,
     * then makes it the folder's manifest. A manifest left half-written is not read, nor one older than the folder's
     * manifest (another process published there since); the leftover is removed with the other temporary files.
     *
     * @return whether it was completed
     */
    boolean completeLeftBehind(Path next) {
        Path folder = next.getParent();
        Manifest manifest;
        try {
            Path current = folder.resolve(MANIFEST);
            if (Files.exists(current) && Files.getLastModifiedTime(current).compareTo(Files.getLastModifiedTime(next)) > 0) {
                return false;
            }
            manifest = json.readValue(next.toFile(), Manifest.class);
        } catch (IOException e) {
            return false;
        }
        manifest.documents().values().forEach(entry -> entry.outputs().forEach(file -> Archive.restore(folder, file)));
        AtomicFiles.moveIntoPlace(next, folder.resolve(MANIFEST));
        return true;
    }

    /**
     * An unchanged build (the same files) keeps the finished report of the build before; otherwise the report as the
     * build knows it ({@link #accessibilityToCheck}).
     */
    private static Manifest.Accessibility accessibility(Manifest.Entry previous, List<Manifest.OutputFile> outputs,
            List<StagedFile> files) {
        boolean sameFiles = previous != null && previous.files().equals(Manifest.Entry.filesOf(outputs));
        if (sameFiles && previous.accessibility() != null
                && !Manifest.Accessibility.CHECKING.equals(previous.accessibility().state())) {
            return previous.accessibility();
        }
        return accessibilityToCheck(files);
    }

    /**
     * The accessibility report as the build knows it: which PDFs are to be checked, and the attachments'
     * verdicts; a pack with an attachment that is not accessible is not accessible, whatever the check finds.
     */
    private static Manifest.Accessibility accessibilityToCheck(List<StagedFile> files) {
        List<Manifest.Checked> outputs = new ArrayList<>();
        Map<String, Manifest.Checked> attachments = new LinkedHashMap<>();
        for (StagedFile file : files) {
            if (!file.name().endsWith(".pdf")) {
                continue;
            }
            file.attachments().forEach(a -> attachments.putIfAbsent(a.sha256() + " " + a.paper(), a));
            outputs.add(Manifest.Checked.pending(file.name(), file.attachments().stream()
                    .filter(a -> Boolean.FALSE.equals(a.accessible())).map(Manifest.Checked::paper).toList()));
        }
        if (outputs.isEmpty()) {
            return null;
        }
        boolean failing = attachments.values().stream().anyMatch(a -> Boolean.FALSE.equals(a.accessible()));
        return new Manifest.Accessibility(Manifest.Accessibility.CHECKING, failing ? false : null, null, outputs,
                List.copyOf(attachments.values()));
    }

    /**
     * Records the finished accessibility report of the build {@code checked}, unless a newer build of the
     * document has been recorded since (its own report follows). The manifest is rewritten atomically, as at publishing.
     *
     * @return whether the report was recorded
     */
    public synchronized boolean recordAccessibility(Path folder, String document, Manifest.Entry checked,
            Manifest.Accessibility report) {
        Manifest manifest = read(folder).orElse(null);
        Manifest.Entry entry = manifest == null ? null : manifest.documents().get(document);
        if (entry == null || !entry.builtAt().equals(checked.builtAt()) || !entry.outputs().equals(checked.outputs())) {
            return false;
        }
        Manifest updated = manifest.with(document, entry.withAccessibility(report));
        AtomicFiles.write(folder.resolve(MANIFEST), out -> json.writeValue(out, updated));
        return true;
    }

    /**
     * Supplements stay published when the document is built again: the new build's entry keeps those of the
     * build before that are still in the folder and that it does not replace.
     */
    private List<Manifest.OutputFile> earlierSupplements(Path folder, String document, List<StagedFile> files) {
        List<String> written = files.stream().map(StagedFile::name).toList();
        return lastBuild(folder, document).map(Manifest.Entry::outputs).orElse(List.of()).stream()
                .filter(Manifest.OutputFile::isSupplement).filter(o -> !written.contains(o.file()))
                .filter(o -> Files.exists(folder.resolve(o.file()))).toList();
    }

    /**
     * Publishes a document of one file: stages {@code name}, writes it, and records it as the document
     * named by the file's name without its extension. Nothing is left behind when writing fails.
     *
     * @param pages the file's page count for the manifest, or null (workbooks)
     * @param audience who may read it
     * @param dating the build's dating ({@link #dating}); a writer that completes the inputs dates the file with
     *     {@code dating.dateFor(inputs)} once they are complete, as the manifest does
     * @param inputs the inputs' hashes for the manifest; read once the content is written, so a writer that
     *     hashes what it streams may complete it
     * @return the published path
     */
    public Path publishOne(Path folder, String body, String name, Integer pages, Audience audience,
            AtomicFiles.Writer content, Dating dating, Map<String, String> inputs, Long jobExecutionId) {
        return publishOne(folder, body, name, pages, audience, content, dating, inputs, jobExecutionId, List.of());
    }

    /** As {@link #publishOne(Path, String, String, Integer, Audience, AtomicFiles.Writer, Dating, Map, Long)}, with the checks' findings. */
    public Path publishOne(Path folder, String body, String name, Integer pages, Audience audience,
            AtomicFiles.Writer content, Dating dating, Map<String, String> inputs, Long jobExecutionId,
            List<Finding> findings) {
        StagedFile staged = new StagedFile(name, stage(folder, name), pages, audience, null);
        try {
            try (OutputStream out = Files.newOutputStream(staged.temp())) {
                content.writeTo(out);
            }
            return publish(folder, body, documentOf(name), List.of(staged),
                    new Build(inputs, dating, jobExecutionId, findings)).get(0);
        } catch (IOException e) {
            discard(List.of(staged));
            throw new UncheckedIOException("Writing " + name + " failed", e);
        } catch (RuntimeException e) {
            discard(List.of(staged));
            throw e;
        }
    }

    /** The document a file published on its own is: its name without the extension. */
    public static String documentOf(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** Removes staged files of a build that failed. */
    public void discard(List<StagedFile> files) {
        files.forEach(f -> AtomicFiles.deleteQuietly(f.temp()));
    }

    public Optional<Manifest> read(Path folder) {
        Path file = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), Manifest.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public Optional<Manifest.Entry> lastBuild(Path folder, String document) {
        return read(folder).map(m -> m.documents().get(document));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
