package org.packpress.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.BuildFailedException;
import org.packpress.common.TaskExecutors;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.model.Audience;
import org.packpress.publish.AccessibilityReports;
import org.packpress.publish.Manifest;
import org.packpress.publish.Manifest.Checked;
import org.packpress.publish.Publisher;
import org.packpress.publish.UnfinishedAccessibilityReports;
import org.packpress.render.pdf.AttachmentVerdicts;
import org.packpress.store.BlobStore;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestPdfs;
import org.packpress.web.SamplePanel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * The accessibility report of a build ({@code accessibility} in manifest.json): the sample pack is
 * accessible throughout; a pack with an untagged attachment is built, reported not accessible naming the
 * attachment, and claims neither PDF/UA nor PDF/A; with the house style's {@code requireAccessible} the
 * same pack is not built at all, and the failure names the attachment.
 */
@PackPressTest
class AccessibilityReportTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 1, 15);
    private static final String SLIDES = "papers/07-drugs-slides.pdf";

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;
    @Autowired
    AccessibilityReports reports;
    @Autowired
    Publisher publisher;
    @Autowired
    AttachmentVerdicts verdicts;
    @Autowired
    BlobStore blobs;
    @Autowired
    @Qualifier(TaskExecutors.VALIDATION)
    AsyncTaskExecutor validation;

    @TempDir
    Path temp;

    @Test
    void theSamplePackIsAccessibleThroughout() {
        Path input = SamplePanel.copy(temp.resolve("in"), "a11yreport-pcp").root();
        Path folder = build(input, "a11yreport-pcp");
        Manifest.Accessibility published = accessibility(folder);
        // as the build wrote it: the attachments known (veraPDF at assembly), the outputs still to check
        assertThat(published.state()).isEqualTo(Manifest.Accessibility.CHECKING);
        assertThat(published.attachments()).extracting(Checked::file)
                .containsExactly(SLIDES, "papers/08-peel-inspection.pdf");
        assertThat(published.attachments()).allSatisfy(a -> assertThat(a.accessible()).isTrue());
        assertThat(published.outputs()).extracting(Checked::file).contains("agenda-pack.pdf");
        assertThat(published.outputs()).allSatisfy(o -> assertThat(o.accessible()).isNull());

        Manifest.Accessibility report = reports.validate(folder, AgendaPackBuilder.DOCUMENT).orElseThrow();
        assertThat(accessibility(folder)).isEqualTo(report);
        assertThat(report.state()).isEqualTo(Manifest.Accessibility.CHECKED);
        assertThat(report.accessible()).isTrue();
        assertThat(report.checkedAt()).isNotNull();
        assertThat(report.outputs()).allSatisfy(o -> {
            assertThat(o.tagged()).as(o.file()).isTrue();
            assertThat(o.pdfUa1()).as(o.file()).isTrue();
            assertThat(o.pdfA2a()).as(o.file()).isTrue();
            assertThat(o.failedRules()).as(o.file()).isEmpty();
            assertThat(o.failingAttachments()).as(o.file()).isEmpty();
        });
        assertThat(report.attachments()).allSatisfy(a -> assertThat(a.failedRules()).isEmpty());
        assertThat(xmp(folder.resolve("agenda-pack.pdf"))).contains("pdfuaid:part>1", "pdfaid:part>2");

        build(input, "a11yreport-pcp");
        assertThat(accessibility(folder)).as("built again with nothing changed: the same files, so the report stands,"
                + " not checked again").isEqualTo(report);
    }

    @Test
    void anUntaggedAttachmentMakesThePackNotAccessibleAndItClaimsNothing() {
        Path input = SamplePanel.copy(temp.resolve("in"), "a11yreport-untagged-pcp").root();
        TestPdfs.write(input.resolve(SLIDES), 2, "Untagged slide");
        Path folder = build(input, "a11yreport-untagged-pcp");

        Manifest.Accessibility published = accessibility(folder);
        assertThat(published.state()).isEqualTo(Manifest.Accessibility.CHECKING);
        // known before the validation: the build had to decide the pack's metadata
        assertThat(published.accessible()).isFalse();
        assertThat(published.failingAttachments()).containsExactly("item 7: " + SLIDES);
        Checked slides = published.attachments().get(0);
        assertThat(slides.tagged()).isFalse();
        assertThat(slides.failedRules()).anySatisfy(r -> assertThat(r).startsWith("not tagged"));
        assertThat(published.outputs()).filteredOn(o -> o.file().equals("agenda-pack.pdf")).singleElement()
                .satisfies(o -> assertThat(o.failingAttachments()).containsExactly("item 7: " + SLIDES));
        String xmp = xmp(folder.resolve("agenda-pack.pdf"));
        assertThat(xmp).contains("<dc:title>").doesNotContain("pdfuaid").doesNotContain("pdfaid");

        // the validation as the service runs it after publishing: in the background, then the manifest rewritten
        new AccessibilityReports(publisher, verdicts, blobs, validation, true)
                .published(new Publisher.Published(folder, AgendaPackBuilder.DOCUMENT,
                        publisher.lastBuild(folder, AgendaPackBuilder.DOCUMENT).orElseThrow().builtAt()));
        await().atMost(Duration.ofMinutes(5)).until(() -> accessibility(folder).state().equals(Manifest.Accessibility.CHECKED));
        Manifest.Accessibility report = accessibility(folder);
        assertThat(report.accessible()).isFalse();
        assertThat(report.failingAttachments()).containsExactly("item 7: " + SLIDES);
        Checked checked = report.attachments().get(0);
        assertThat(checked.tagged()).isFalse();
        assertThat(checked.pdfUa1()).isFalse();
        assertThat(checked.pdfA2a()).isFalse();
        assertThat(checked.failedRules()).anySatisfy(r -> assertThat(r).startsWith("PDF/UA-1 "))
                .anySatisfy(r -> assertThat(r).startsWith("PDF/A-2a "));
        Checked pack = report.outputs().stream().filter(o -> o.file().equals("agenda-pack.pdf")).findFirst().orElseThrow();
        assertThat(pack.tagged()).isTrue();
        assertThat(pack.pdfUa1()).isFalse();
        assertThat(pack.failingAttachments()).containsExactly("item 7: " + SLIDES);
        // the other attachment is fine, and said to be
        assertThat(report.attachments().get(1).accessible()).isTrue();
    }

    @Test
    void anAttachmentThatClaimsConformanceFalselyIsCaughtAtAssemblyAndThePackClaimsNothing() throws IOException {
        Path input = SamplePanel.copy(temp.resolve("in"), "a11yreport-false-claim-pcp").root();
        Path slides = input.resolve(SLIDES);
        Path edited = temp.resolve("slides-without-display-doc-title.pdf");
        try (PDDocument pdf = Loader.loadPDF(slides.toFile())) {
            // still tagged, still claiming PDF/UA-1 and PDF/A-2a in its XMP, but failing PDF/UA-1
            pdf.getDocumentCatalog().getViewerPreferences().setDisplayDocTitle(false);
            pdf.save(edited.toFile());
        }
        Files.copy(edited, slides, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path folder = build(input, "a11yreport-false-claim-pcp");

        Manifest.Accessibility published = accessibility(folder);
        Checked claimed = published.attachments().get(0);
        assertThat(claimed.tagged()).isTrue();
        assertThat(claimed.pdfUa1()).isFalse();
        assertThat(claimed.pdfA2a()).isTrue();
        assertThat(claimed.failedRules()).singleElement().asString().startsWith("PDF/UA-1 ").contains("DisplayDocTitle");
        assertThat(published.accessible()).isFalse();
        assertThat(published.failingAttachments()).containsExactly("item 7: " + SLIDES);
        assertThat(xmp(folder.resolve("agenda-pack.pdf"))).doesNotContain("pdfuaid").doesNotContain("pdfaid");
    }

    @Test
    void requireAccessibleStopsTheBuildNamingTheAttachment() throws IOException {
        Path input = SamplePanel.copy(temp.resolve("in"), "a11yreport-strict-pcp").root();
        TestPdfs.write(input.resolve(SLIDES), 2, "Untagged slide");
        Files.writeString(input.resolve("body.yaml"), "\nstyles:\n  - requireAccessible: true\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        assertThatThrownBy(() -> builder.build("a11yreport-strict-pcp", MEETING, out, null, AgendaPackBuilder.Progress.NONE))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("requireAccessible: true")
                .hasMessageContaining("item 7: " + SLIDES + ": not accessible (not tagged")
                .message().doesNotContain("08-peel-inspection");
        assertThat(out.resolve("a11yreport-strict-pcp/2024-01-15/agenda-pack.pdf")).doesNotExist();
        assertThat(publisher.read(out.resolve("a11yreport-strict-pcp/2024-01-15"))).isEmpty();
    }

    @Test
    void aReportLeftCheckingByAProcessThatDiedIsCheckedAtTheNextStart() throws IOException {
        Path root = temp.resolve("out");
        Path folder = Publisher.folder(root, "a11yreport-dead-pcp", "2024-01-15");
        Files.createDirectories(folder);
        // published by a process that died before its validation ran: nobody heard of the build
        Publisher dead = new Publisher(event -> { });
        Path staged = dead.stage(folder, "minutes.pdf");
        Files.copy(Path.of("examples/wm-pcp").resolve(SLIDES), staged, StandardCopyOption.REPLACE_EXISTING);
        dead.publish(folder, "a11yreport-dead-pcp", "minutes",
                List.of(new Publisher.StagedFile("minutes.pdf", staged, 2, Audience.PUBLIC, null)),
                new Publisher.Build(Map.of(), null, null, List.of()));
        assertThat(accessibility(folder, "minutes").state()).isEqualTo(Manifest.Accessibility.CHECKING);

        // a process that validates its builds (the tests' own builds do not) starts
        AccessibilityReports validating = new AccessibilityReports(publisher, verdicts, blobs, validation, true);
        UnfinishedAccessibilityReports atStart = new UnfinishedAccessibilityReports(validating, root);
        assertThat(atStart.recover()).contains("a11yreport-dead-pcp/2024-01-15: minutes");
        // once, at start: the heartbeats that follow do not queue it again (veraPDF takes seconds: it is still checking)
        assertThat(atStart.recover()).isNull();

        await().atMost(Duration.ofMinutes(3))
                .until(() -> Manifest.Accessibility.CHECKED.equals(accessibility(folder, "minutes").state()));
        Manifest.Accessibility report = accessibility(folder, "minutes");
        assertThat(report.accessible()).isTrue();
        assertThat(report.checkedAt()).isNotNull();
        assertThat(report.outputs()).singleElement().satisfies(o -> {
            assertThat(o.file()).isEqualTo("minutes.pdf");
            assertThat(o.pdfUa1()).isTrue();
            assertThat(o.pdfA2a()).isTrue();
        });
    }

    private Path build(Path input, String body) {
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        builder.build(body, MEETING, out, null, AgendaPackBuilder.Progress.NONE);
        return out.resolve(body).resolve(MEETING.toString());
    }

    private Manifest.Accessibility accessibility(Path folder) {
        return accessibility(folder, AgendaPackBuilder.DOCUMENT);
    }

    private Manifest.Accessibility accessibility(Path folder, String document) {
        return publisher.lastBuild(folder, document).orElseThrow().accessibility();
    }

    private static String xmp(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            return new String(inspection.document().getDocumentCatalog().getMetadata().toByteArray(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
