package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.model.AuthoredReport;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.StructureTree.Element;
import org.packpress.testing.TestRenderers;
import org.packpress.testing.VeraPdf;

/**
 * A passage of a report in another language than the paper's (WCAG 2.2, 3.1.2 Language of Parts): a heading,
 * paragraph, list item or quotation marked {@code {lang=cy}} at its end is tagged with that language, the mark is
 * not printed, and the other passages keep the document's language. The PDF still passes PDF/UA-1 and PDF/A-2a.
 */
class PartLanguagesTest {

    @TempDir
    Path temp;

    @Test
    void aPassageMarkedInAnotherLanguageIsTaggedWithIt() {
        String markdown = """
                ## Introduction

                ## Cyflwyniad {lang=cy}

                The Panel met in Cardiff.

                Cyfarfu'r Panel yng Nghaerdydd. {lang=cy}

                Cysylltwch â'r swyddog. {-} {lang=cy}

                - Apologies were received.
                - Derbyniwyd ymddiheuriadau. {lang=cy}

                > Diolch yn fawr. {lang=cy}

                The Panel is asked to note the report.
                """;
        Path pdf = temp.resolve("bilingual.pdf");
        new AuthoredReportRenderer(TestRenderers.jasper()).render(report(markdown), SampleReports.context(), pdf);

        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            String text = inspection.text();
            assertThat(text).doesNotContain("{lang").doesNotContain("{-}").contains("Cysylltwch â'r swyddog.");
            List<Element> all = StructureTree.all(inspection.document());
            assertThat(languagesOf(all, "H2", "Cyflwyniad")).containsExactly("cy");
            assertThat(languagesOf(all, "H2", "Introduction")).isEmpty();
            assertThat(languagesOf(all, "P", "Cyfarfu'r Panel yng Nghaerdydd.")).containsExactly("cy");
            assertThat(languagesOf(all, "P", "Cysylltwch â'r swyddog.")).containsExactly("cy");
            assertThat(languagesOf(all, "P", "The Panel met in Cardiff.")).isEmpty();
            assertThat(languagesOf(all, "P", "Diolch yn fawr.")).containsExactly("cy");
            assertThat(languagesOf(all, "LBody", "Derbyniwyd ymddiheuriadau.")).containsExactly("cy");
            assertThat(languagesOf(all, "LBody", "Apologies were received.")).isEmpty();
            assertThat(all).filteredOn(e -> e.type().equals("LI")).allSatisfy(item ->
                    assertThat(item.children()).extracting(Element::type).containsExactly("Lbl", "LBody"));
            assertThat(all).filteredOn(e -> e.language() != null).extracting(Element::type, Element::language)
                    .as("the document's language once, at its top").contains(tuple("Document", "en-GB"))
                    .filteredOn(t -> !"Document".equals(t.toList().get(0))).extracting(t -> t.toList().get(1))
                    .containsOnly("cy");
        }
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    /** The languages the one element of this type and text, or an element inside it, is tagged with. */
    private static List<String> languagesOf(List<Element> all, String type, String text) {
        List<Element> found = all.stream().filter(e -> e.type().equals(type) && e.text().strip().equals(text)).toList();
        assertThat(found).as(type + " \"" + text + "\"").hasSize(1);
        return found.get(0).flatten().stream().map(Element::language).filter(Objects::nonNull).distinct().toList();
    }

    private static AuthoredReport report(String markdown) {
        AuthoredReport base = SampleReports.drugsPaper();
        return new AuthoredReport(base.title(), base.date(), base.reportOf(), base.authors(), null, null, List.of(),
                ParagraphNumbering.NONE, null, List.of(), markdown, base.images());
    }
}
