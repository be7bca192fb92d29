package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.TestRenderers;
import org.packpress.model.AuthoredReport;
import org.packpress.model.style.ReportProfile;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.jasper.TemplateRegistry;
import org.packpress.testing.PdfInspection;

/** A report profile of the house style sets the header block's date style and the running header. */
class ReportProfileTest {

    @TempDir
    Path temp;

    @Test
    void theCommissionersProfileWritesTheDateWithARaisedOrdinalAndItsOwnRunningHeader() throws Exception {
        AuthoredReport base = SampleReports.drugsPaper();
        AuthoredReport withoutHeader = new AuthoredReport(base.title(), base.date(), base.reportOf(), base.author(),
                base.email(), base.recommendations(), base.numbering(), null, base.implications(), base.markdown(),
                base.images());
        ReportProfile commissioner = new ReportProfile(ReportProfile.DateStyle.WEEKDAY_MONTH_ORDINAL, "COMMISSIONER'S PAPER");
        ReportContext plain = SampleReports.context();
        ReportContext context = new ReportContext(plain.bodyName(), plain.implications(), plain.images(), null, commissioner, null);
        Path pdf = temp.resolve("profiled.pdf");
        new AuthoredReportRenderer(TestRenderers.jasper()).render(withoutHeader,
                context, pdf);
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(inspection.pageText(1)).contains("Date: Monday January 15th 2024").doesNotContain("COMMISSIONER'S PAPER");
            assertThat(inspection.pageText(2)).startsWith("COMMISSIONER'S PAPER");
            float[] sizes = new float[2];
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<TextPosition> positions) {
                    int at = text.indexOf("15th");
                    if (at >= 0 && sizes[0] == 0) {
                        sizes[0] = positions.get(at).getHeightDir();
                        sizes[1] = positions.get(at + 2).getHeightDir();
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(inspection.document());
            assertThat(sizes[1]).as("the ordinal is smaller than the day").isLessThan(sizes[0]);
        }
    }
}
