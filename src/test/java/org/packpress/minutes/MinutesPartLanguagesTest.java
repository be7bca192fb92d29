package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.minutes.MinutesPapers;
import org.packpress.ingest.ImportService;
import org.packpress.model.Audience;
import org.packpress.store.BodyRepository;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.StructureTree.Element;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A minute's paragraph or list item in another language than the minutes' ({@code {lang=cy}} at its end) is
 * tagged with that language in a Panel's minutes and in a Board's notes, as in a report; the mark is not printed.
 */
@SpringBootTest(properties = MinutesTests.DATABASE)
class MinutesPartLanguagesTest {

    static final String BILINGUAL = """
            There was no urgent business.

            Nid oedd unrhyw fusnes brys. {lang=cy}

            - Derbyniwyd ymddiheuriadau. {lang=cy}
            - Apologies were received.
            """;

    @Autowired ImportService imports;
    @Autowired MinutesPapers minutes;
    @Autowired BodyRepository bodies;

    @Test
    void aMinutesPassageMarkedInWelshIsTaggedWelsh(@TempDir Path copies, @TempDir Path out) {
        imports.importPaths(MinutesTestSupport.withMinuteText(copies, "cy-pcp", "cy-spcb", BILINGUAL));
        Path panelPdf = out.resolve("panel.pdf");
        minutes.render(bodies.get("cy-pcp"), LocalDate.of(2023, 12, 18), Audience.PUBLIC, false, panelPdf);
        Path boardPdf = out.resolve("board.pdf");
        minutes.render(bodies.get("cy-spcb"), LocalDate.of(2022, 9, 27), Audience.PUBLIC, false, boardPdf);

        for (Path pdf : List.of(panelPdf, boardPdf)) {
            try (PdfInspection inspection = PdfInspection.open(pdf)) {
                assertThat(inspection.text()).as(pdf.getFileName().toString()).doesNotContain("{lang");
                List<Element> all = StructureTree.all(inspection.document());
                assertThat(languagesOf(all, "P", "Nid oedd unrhyw fusnes brys.")).containsExactly("cy");
                assertThat(languagesOf(all, "P", "There was no urgent business.")).isEmpty();
                assertThat(languagesOf(all, "LBody", "Derbyniwyd ymddiheuriadau.")).containsExactly("cy");
                assertThat(languagesOf(all, "LBody", "Apologies were received.")).isEmpty();
            }
            assertThat(VeraPdf.failedRules(pdf)).as(pdf.getFileName().toString()).isEmpty();
        }
    }

    /** The languages the one element of this type and text, or an element inside it, is tagged with. */
    private static List<String> languagesOf(List<Element> all, String type, String text) {
        List<Element> found = all.stream().filter(e -> e.type().equals(type) && e.text().strip().equals(text)).toList();
        assertThat(found).as(type + " \"" + text + "\"").hasSize(1);
        return found.get(0).flatten().stream().map(Element::language).filter(Objects::nonNull).distinct().toList();
    }
}
