package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.render.pdf.UnsafeAttachment;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An attachment with a JavaScript open action and a launch link is published without either, and the
 * build's manifest names what was removed from which attachment.
 */
@PackPressTest
class UnsafeAttachmentPublishTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 3, 4);

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;
    @Autowired
    Publisher publisher;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void unsafeContentIsLeftOutOfThePackAndNamedInTheManifest() throws Exception {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        UnsafeAttachment.write(input.resolve("papers/07b-slides.pdf"));
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        try {
            AgendaPackBuilder.Result result = builder.build("test-panel", MEETING, out, null,
                    AgendaPackBuilder.Progress.NONE);

            Path folder = Publisher.folder(out, "test-panel", MEETING.toString());
            Manifest.Entry entry = publisher.lastBuild(folder, AgendaPackBuilder.DOCUMENT).orElseThrow();
            assertThat(entry.sanitised()).extracting(Manifest.Sanitised::paper)
                    .containsExactly("item 7b: papers/07b-slides.pdf");
            assertThat(entry.sanitised().get(0).removed()).contains("JavaScript action (open action)",
                    "launch action of calc.exe (link on page 1)");
            try (PdfInspection pack = PdfInspection.open(result.files().get(0))) {
                assertThat(pack.document().getDocumentCatalog().getOpenAction()).isNull();
                assertThat(UnsafeAttachment.unsafeIn(pack.document())).isEmpty();
                int slides = pageReading(pack, "Unsafe attachment page 1");
                List<PDAnnotation> links = pack.document().getPage(slides - 1).getAnnotations().stream()
                        .filter(PDAnnotationLink.class::isInstance).toList();
                assertThat(links).isNotEmpty();
                assertThat(links).noneMatch(link -> ((PDAnnotationLink) link).getAction() instanceof PDActionLaunch);
            }
        } finally {
            jdbc.update("DELETE FROM meeting WHERE body_id = 'test-panel'");
        }
    }

    private static int pageReading(PdfInspection pdf, String text) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (pdf.pageText(page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("No page reads " + text);
    }
}
