package org.packpress.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.packpress.common.BuildFolders;
import org.packpress.common.DateStyles;
import org.packpress.common.PackPressProperties;
import org.packpress.common.TaskExecutors;
import org.packpress.render.pdf.AttachmentVerdicts;
import org.packpress.render.pdf.PdfValidator;
import org.packpress.render.pdf.PdfVerdict;
import org.packpress.store.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;

/**
 * The accessibility report of every build, as its own step after publishing: once a build is recorded in
 * the manifest ({@link Publisher.Published}), its PDFs are validated with veraPDF on the validation pool
 * ({@link TaskExecutors#VALIDATION}), never on the build's thread, so the officer's build is not delayed by
 * it; attachments reuse the verdicts their pack's assembly took ({@link AttachmentVerdicts}), or are
 * validated from the store. The finished report replaces the build's "checking" one in the manifest, in
 * one atomic rewrite; until then, and if the process dies first, the manifest keeps what the build wrote.
 */
@Component
public class AccessibilityReports {

    private static final Logger LOG = LoggerFactory.getLogger(AccessibilityReports.class);

    private final Publisher publisher;
    private final AttachmentVerdicts verdicts;
    private final BlobStore blobs;
    private final AsyncTaskExecutor validation;
    private final boolean validateAfterPublishing;

    @Autowired
    public AccessibilityReports(Publisher publisher, AttachmentVerdicts verdicts, BlobStore blobs,
            @Qualifier(TaskExecutors.VALIDATION) AsyncTaskExecutor validation, PackPressProperties properties) {
        this(publisher, verdicts, blobs, validation, properties.accessibility().validate());
    }

    /** @param validateAfterPublishing whether {@link #published} queues a validation */
    public AccessibilityReports(Publisher publisher, AttachmentVerdicts verdicts, BlobStore blobs,
            AsyncTaskExecutor validation, boolean validateAfterPublishing) {
        this.publisher = publisher;
        this.verdicts = verdicts;
        this.blobs = blobs;
        this.validation = validation;
        this.validateAfterPublishing = validateAfterPublishing;
    }

    /** Queues the validation of a build just published ({@code packpress.accessibility.validate}). */
    @EventListener
    public void published(Publisher.Published build) {
        if (!validateAfterPublishing) {
            return;
        }
        try {
            validation.execute(() -> validateLogged(build));
        } catch (TaskRejectedException e) {
            LOG.warn("Accessibility of {} in {} not checked: the service is stopping", build.document(), build.folder());
        }
    }

    /**
     * Queues again the reports that processes left {@code checking} because they died before their validation
     * finished: every document whose last build under {@code root} ({@code <body>/<folder>/manifest.json}) is
     * still being checked. Validating a build twice records the same report, so a report another running
     * process is still checking does no harm.
     *
     * @return {@code <body>/<folder>: <document>} for each report queued
     */
    public List<String> resumeUnfinished(Path root) {
        if (!validateAfterPublishing || !Files.isDirectory(root)) {
            return List.of();
        }
        List<String> queued = new ArrayList<>();
        for (Path folder : manifestFolders(root)) {
            try {
                publisher.read(folder).ifPresent(manifest -> manifest.documents().forEach((document, build) -> {
                    if (build.accessibility() != null
                            && Manifest.Accessibility.CHECKING.equals(build.accessibility().state())) {
                        published(new Publisher.Published(folder, document, build.builtAt()));
                        queued.add(root.relativize(folder).toString().replace('\\', '/') + ": " + document);
                    }
                }));
            } catch (UncheckedIOException e) {
                LOG.warn("Accessibility reports in {} not resumed: {}", folder, e.getMessage());
            }
        }
        return queued;
    }

    private static List<Path> manifestFolders(Path root) {
        try (Stream<Path> found = Files.find(root, 3, (path, attributes) -> attributes.isRegularFile()
                && Publisher.MANIFEST.equals(path.getFileName().toString()))) {
            return found.map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private void validateLogged(Publisher.Published build) {
        try {
            if (!publisher.lastBuild(build.folder(), build.document()).map(e -> e.builtAt().equals(build.builtAt())
                    && e.accessibility() != null && Manifest.Accessibility.CHECKING.equals(e.accessibility().state()))
                    .orElse(false)) {
                return; // a newer build was recorded (its own validation is queued), or the same files were checked
            }
            validate(build.folder(), build.document()).ifPresent(report -> LOG.info("Accessibility of {} in {}: {}",
                    build.document(), build.folder(), Boolean.TRUE.equals(report.accessible()) ? "accessible"
                            : "not accessible"));
        } catch (RuntimeException e) {
            LOG.warn("Accessibility of {} in {} could not be checked: {}", build.document(), build.folder(), e.toString());
        }
    }

    /**
     * Validates the last build of a document and records its report in the manifest.
     *
     * @return the report, or empty when the build wrote no PDF or a newer build was recorded meanwhile
     */
    public Optional<Manifest.Accessibility> validate(Path folder, String document) {
        Manifest.Entry build = publisher.lastBuild(folder, document).orElse(null);
        if (build == null || build.accessibility() == null) {
            return Optional.empty();
        }
        List<Manifest.Checked> outputs = new ArrayList<>();
        for (Manifest.Checked output : build.accessibility().outputs()) {
            outputs.add(output.with(PdfValidator.validate(folder.resolve(output.file()))));
        }
        List<Manifest.Checked> attachments = new ArrayList<>();
        for (Manifest.Checked attachment : build.accessibility().attachments()) {
            attachments.add(attachment.with(verdictOf(attachment.sha256())));
        }
        boolean accessible = Stream.concat(outputs.stream(), attachments.stream())
                .allMatch(c -> Boolean.TRUE.equals(c.accessible()));
        Manifest.Accessibility report = new Manifest.Accessibility(Manifest.Accessibility.CHECKED, accessible,
                DateStyles.isoTimestamp(LocalDateTime.now()), outputs, attachments);
        return publisher.recordAccessibility(folder, document, build, report) ? Optional.of(report) : Optional.empty();
    }

    /** veraPDF's verdict on a stored attachment: the one its pack's assembly took, else validated now. */
    private PdfVerdict verdictOf(String sha256) {
        PdfVerdict known = verdicts.known(sha256);
        if (known != null) {
            return known;
        }
        Path work = BuildFolders.create();
        try {
            Path copy = work.resolve("attachment.pdf");
            blobs.copyTo(sha256, copy);
            return verdicts.validated(sha256, copy);
        } finally {
            BuildFolders.delete(work);
        }
    }
}
