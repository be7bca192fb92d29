package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.minutes.PaperRow;
import org.packpress.model.style.Typography;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.Run;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The house style's typography reaches the PDF: minutes filled in a style's font and sizes are set in them,
 * the default reproduces the sizes the minutes had before the scale, a character Liberation Sans lacks is
 * set in DejaVu Sans instead of vanishing, and a paper in Liberation Sans passes PDF/UA-1 and PDF/A-2a.
 */
@PackPressTest
class TypographyTest {

    static final Typography LIBERATION = new Typography("Liberation Sans", 12.0, 10.0, List.of(18.0, 15.0, 13.0, 11.5));
    static final String CHECKED = "The Panel ticked every item \u2713 on its list.";

    @Autowired
    JasperRenderer renderer;

    @TempDir
    Path temp;

    private Path minutes(Typography typography, String name) {
        List<PaperRow> rows = new ArrayList<>();
        rows.add(PaperRow.of(PaperRow.TITLE, "MINUTES OF THE MEETING"));
        rows.add(PaperRow.minute("101", "APOLOGIES"));
        rows.add(PaperRow.paragraph("The Chair welcomed members to the meeting of the Panel.", 0));
        rows.add(PaperRow.paragraph(CHECKED, 0));
        rows.add(PaperRow.of(PaperRow.SIGNATURE, "CHAIR"));
        JasperPrint print = renderer.fill("minutes-panel", typography, Map.of(),
                new JRBeanCollectionDataSource(PaperRow.sectioned(rows)));
        Path pdf = temp.resolve(name + ".pdf");
        renderer.exportPdf(print, new DocumentInfo("Typography", "PackPress", "Minutes"), pdf);
        return pdf;
    }

    private static Run run(List<Run> runs, String start) {
        return runs.stream().filter(r -> r.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no run starting '" + start + "' in " + runs));
    }

    @Test
    void minutesAreSetInTheStylesFontAndSizes() {
        try (PdfInspection pdf = PdfInspection.open(minutes(LIBERATION, "liberation"))) {
            List<Run> runs = pdf.runs(1);
            assertThat(run(runs, "The Chair welcomed")).extracting(Run::font, Run::size)
                    .containsExactly("LiberationSans", 12.0f);
            assertThat(run(runs, "101")).extracting(Run::font, Run::size).containsExactly("LiberationSans-Bold", 12.0f);
        }
    }

    @Test
    void theDefaultTypographyKeepsTheMinutesInDejaVuSansAtTenAndAHalfPoints() {
        try (PdfInspection pdf = PdfInspection.open(minutes(Typography.DEFAULT, "default"))) {
            List<Run> runs = pdf.runs(1);
            assertThat(run(runs, "The Chair welcomed")).extracting(Run::font, Run::size)
                    .containsExactly("DejaVuSans", 10.5f);
            assertThat(run(runs, "MINUTES OF THE MEETING")).extracting(Run::font, Run::size)
                    .containsExactly("DejaVuSans-Bold", 10.5f);
        }
    }

    @Test
    void aParagraphWithACharacterLiberationSansLacksIsSetInDejaVuSans() {
        try (PdfInspection pdf = PdfInspection.open(minutes(LIBERATION, "fallback"))) {
            assertThat(pdf.text()).contains(CHECKED);
            assertThat(run(pdf.runs(1), "The Panel ticked")).extracting(Run::font, Run::size)
                    .containsExactly("DejaVuSans", 12.0f);
        }
    }

    @Test
    void minutesInLiberationSansPassBothProfiles() {
        assertThat(VeraPdf.failedRules(minutes(LIBERATION, "conformance"))).isEmpty();
    }
}
