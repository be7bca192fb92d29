package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.model.AuthoredReport;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.testing.FilledRectangles;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestRenderers;

/**
 * A report's table whose header cells wrap to different numbers of lines: every header cell of the row is as
 * tall as the tallest (one shaded band, not a ragged edge), and no header word is broken inside.
 */
class TableHeaderCellsTest {

    static final List<String> HEADER = List.of("Measure", "Disproportionality", "Historical performance and national"
            + " benchmark comparison", "Accountability", "Notes");

    @TempDir
    Path temp;

    @Test
    void headerCellsOfARowAreEquallyTallAndNoWordBreaksInside() {
        String markdown = "| " + String.join(" | ", HEADER) + " |\n|---|---|---|---|---|\n"
                + "| Referrals | 1.2 | 2,174 [2022/23] | Chief Constable | – |\n";
        AuthoredReport base = SampleReports.drugsPaper();
        AuthoredReport report = new AuthoredReport(base.title(), base.date(), base.reportOf(), base.authors(), null, null,
                List.of(), ParagraphNumbering.NONE, null, List.of(), markdown, base.images());
        Path pdf = temp.resolve("table.pdf");
        new AuthoredReportRenderer(TestRenderers.jasper()).render(report, SampleReports.context(), pdf);
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<FilledRectangles.Rectangle> shaded = FilledRectangles.of(inspection.document().getPage(0)).stream()
                    .filter(r -> r.rgb() == (TableLayouts.HEADER_SHADE.getRGB() & 0xFFFFFF))
                    .toList();
            assertThat(shaded).hasSize(HEADER.size());
            assertThat(shaded).extracting(FilledRectangles.Rectangle::y).containsOnly(shaded.get(0).y());
            assertThat(shaded).extracting(FilledRectangles.Rectangle::height).containsOnly(shaded.get(0).height());
            // the tallest cell wraps: the band is taller than one line of text
            assertThat(shaded.get(0).height()).isGreaterThan(30);
            List<String> words = inspection.words(1).stream().map(PdfInspection.Word::text)
                    .flatMap(w -> Arrays.stream(w.split("\\s+"))).toList();
            HEADER.stream().flatMap(h -> Arrays.stream(h.split(" "))).forEach(word ->
                    assertThat(words).as("the header word '%s' is printed whole", word).contains(word));
        }
    }
}
