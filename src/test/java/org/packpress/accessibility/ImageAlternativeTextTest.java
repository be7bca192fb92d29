package org.packpress.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.DefaultTextBlocks;
import org.packpress.testing.TestRenderers;
import org.packpress.common.Hashes;
import org.packpress.documents.report.AuthoredReportRenderer;
import org.packpress.documents.report.ReportContext;
import org.packpress.model.AuthoredReport;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.jasper.TemplateRegistry;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.VeraPdf;

/** A report's described images are Figures with their Markdown alt text; a decorative one is an Artifact. */
class ImageAlternativeTextTest {

    private static final String DESCRIPTION = "Bar chart of referrals to DIVERT by area: Birmingham 412, Coventry 97";

    @TempDir
    Path temp;

    @Test
    void describedImagesAreFiguresAndDecorativeOnesArtifacts() throws IOException {
        byte[] chart = Files.readAllBytes(Path.of("src/test/resources/reports/divert-referrals.png"));
        String sha = Hashes.sha256(chart);
        AuthoredReport report = new AuthoredReport("Report to the Test Panel – Images", LocalDate.of(2024, 3, 4),
                "Test Commissioner", List.of("Sam Writer"), null, null, List.of(), AuthoredReport.ParagraphNumbering.CONTINUOUS, null,
                List.of(), """
                        ## Purpose

                        The chart shows referrals.

                        ![%s](chart.png)

                        A border only decorates the page.

                        ![decorative](border.png)
                        """.formatted(DESCRIPTION),
                List.of(new AuthoredReport.ReportImage("chart.png", sha, "image/png"),
                        new AuthoredReport.ReportImage("border.png", sha, "image/png")));
        Path pdf = temp.resolve("images.pdf");
        new AuthoredReportRenderer(TestRenderers.jasper())
                .render(report, new ReportContext("Test Panel", Map.of(), s -> s.equals(sha) ? chart : null,
                        DefaultTextBlocks.labels(AuthoredReportRenderer.LABEL_KEYS)), pdf);

        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<ImageDescriptions.DrawnImage> images = ImageDescriptions.of(inspection.document());
            // the described image first (Jasper may draw one image in more than one XObject), then the decorative
            assertThat(images).filteredOn(ImageDescriptions.DrawnImage::artifact).hasSize(1);
            assertThat(images.get(images.size() - 1).artifact()).isTrue();
            assertThat(images).filteredOn(image -> !image.artifact()).isNotEmpty()
                    .allSatisfy(image -> assertThat(image.alt()).isEqualTo(DESCRIPTION));
            assertThat(StructureTree.all(inspection.document())).filteredOn(e -> e.type().equals("Figure"))
                    .extracting(StructureTree.Element::alt).containsExactly(DESCRIPTION);
        }
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }
}
