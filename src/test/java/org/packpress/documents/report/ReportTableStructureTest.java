package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.model.AuthoredReport;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.testing.MarkedContents;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.StructureTree.Element;
import org.packpress.testing.TestRenderers;
import org.packpress.testing.VeraPdf;

/**
 * A Markdown table in an officer's report, as a screen reader reads the tagged PDF: one Table of rows, the
 * header row's cells TH (scoped to their column), the others TD, each holding its Markdown cell's text in order;
 * a table over several pages stays one Table whose header, printed again on each page, is read once; a row
 * taller than a page is one row whose cells hold all their text. Every such PDF passes PDF/UA-1 and PDF/A-2a.
 */
class ReportTableStructureTest {

    @TempDir
    Path temp;

    @Test
    void aMarkdownTableIsATableOfHeaderAndDataCellsInOrder() {
        String markdown = """
                The patrols were targeted as follows.

                | Hotspot | Patrols | Change |
                |---|---:|:---:|
                | Birmingham city centre | 120 | up |
                | Coventry, Far Gosford Street |  | new |
                | Walsall town centre | 64 | down |

                Table 1. ASB hotspot patrols

                The Panel is asked to note the table.
                """;
        Path pdf = render(markdown, "table.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            Element table = onlyTable(inspection);
            assertThat(table.cells()).containsExactly(
                    List.of("TH:Hotspot", "TH:Patrols", "TH:Change"),
                    List.of("TD:Birmingham city centre", "TD:120", "TD:up"),
                    List.of("TD:Coventry, Far Gosford Street", "TD:", "TD:new"),
                    List.of("TD:Walsall town centre", "TD:64", "TD:down"));
            assertThat(table.children().get(0).children())
                    .allSatisfy(th -> assertThat(th.attributes()).containsEntry("Scope", "Column"));
            assertThat(table.children().get(table.children().size() - 1)).extracting(Element::type, Element::text)
                    .containsExactly("Caption", "Table 1. ASB hotspot patrols");
            // the cells' text is in the table only, not also in paragraphs beside it
            assertThat(StructureTree.of(inspection.document()).get(0).children()).filteredOn(e -> e.type().equals("P"))
                    .noneSatisfy(p -> assertThat(p.text()).contains("Walsall town centre"));
        }
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    /** A body that writes its papers in Welsh captions its tables "Tabl 1."; its caption labels are a text block. */
    @Test
    void aTablesCaptionOpensWithOneOfTheBodysCaptionLabels() {
        Map<String, String> labels = new HashMap<>(SampleReports.LABELS);
        labels.put("caption-labels", "Ffigur\nTabl\n");
        ReportContext welsh = new ReportContext(SampleReports.BODY, SampleReports.IMPLICATIONS, sha -> null, labels);
        Path pdf = render("| Ardal | Patrolau |\n|---|---:|\n| Caerdydd | 120 |\n\nTabl 1. Patrolau yn ôl ardal\n",
                welsh, "welsh.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(onlyTable(inspection).children().get(2)).extracting(Element::type, Element::text)
                    .containsExactly("Caption", "Tabl 1. Patrolau yn ôl ardal");
        }
        Path english = render("| Area | Patrols |\n|---|---:|\n| Cardiff | 120 |\n\nTable 1. Patrols by area\n",
                welsh, "english-words.pdf");
        try (PdfInspection inspection = PdfInspection.open(english)) {
            assertThat(onlyTable(inspection).children()).extracting(Element::type).containsExactly("TR", "TR");
        }
    }

    /** Two tables with nothing between them stay two tables: each cell knows its table. */
    @Test
    void tablesOneAfterTheOtherAreTablesOfTheirOwn() {
        Path pdf = render("| Year | Patrols |\n|---|---:|\n| 2022 | 1,204 |\n\n| Area | Officers |\n|---|---:|\n"
                + "| Dudley | 31 |\n| Solihull | 18 |\n", "two-tables.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<Element> tables = StructureTree.all(inspection.document()).stream()
                    .filter(e -> e.type().equals("Table")).toList();
            assertThat(tables).extracting(Element::cells).containsExactly(
                    List.of(List.of("TH:Year", "TH:Patrols"), List.of("TD:2022", "TD:1,204")),
                    List.of(List.of("TH:Area", "TH:Officers"), List.of("TD:Dudley", "TD:31"), List.of("TD:Solihull", "TD:18")));
        }
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    @Test
    void aTableOverSeveralPagesIsOneTableWhoseRepeatedHeaderIsReadOnce() {
        StringBuilder markdown = new StringBuilder("Patrols by ward.\n\n| Ward | Patrols | Notes |\n|---|---:|---|\n");
        List<List<String>> expected = new ArrayList<>(List.of(List.of("TH:Ward", "TH:Patrols", "TH:Notes")));
        for (int ward = 1; ward <= 70; ward++) {
            markdown.append("| Ward ").append(ward).append(" | ").append(ward * 3).append(" | patrolled at night |\n");
            expected.add(List.of("TD:Ward " + ward, "TD:" + ward * 3, "TD:patrolled at night"));
        }
        markdown.append("\nTable 2. Patrols by ward\n");
        Path pdf = render(markdown.toString(), "long-table.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            Element table = onlyTable(inspection);
            assertThat(table.pages()).hasSizeGreaterThanOrEqualTo(2);
            // the header row is printed at the top of every page the table is on …
            table.pages().forEach(page -> assertThat(inspection.pageText(page)).contains("Notes"));
            // … but the structure holds it once, followed by every row in order; its copies are artifacts
            assertThat(table.cells()).containsExactlyElementsOf(expected);
            for (int page : table.pages().tailSet(table.pages().first() + 1)) {
                assertThat(MarkedContents.runs(inspection.document(), page)).filteredOn(run -> run.text().equals("Notes"))
                        .singleElement().extracting(MarkedContents.Run::tag).isEqualTo("Artifact");
            }
            // the cells' marks are gone: a screen reader reads the cells' own text
            for (int page = 1; page <= inspection.pageCount(); page++) {
                assertThat(MarkedContents.runs(inspection.document(), page)).extracting(MarkedContents.Run::actualText)
                        .containsOnlyNulls();
            }
        }
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    /**
     * A row taller than a page is split by the layout: the pieces of its cells on the next page belong to the
     * same cells (JasperReports' own row tags failed the export here).
     */
    @Test
    void aRowTallerThanAPageIsOneRowWhoseCellsHoldAllTheirText() {
        String tall = "Patrols were increased in the evenings and at weekends. ".repeat(120);
        String markdown = "| Hotspot | Account | Patrols |\n|---|---|---:|\n"
                + "| Birmingham city centre | 120 | 12 |\n"
                + "| Coventry | " + tall + "End of the account. | 40 |\n"
                + "| Walsall | 64 | 8 |\n";
        Path pdf = render(markdown, "tall-row.pdf");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            Element table = onlyTable(inspection);
            assertThat(table.children()).hasSize(4);
            Element row = table.children().get(2);
            assertThat(row.pages()).hasSizeGreaterThan(1);
            assertThat(row.children()).extracting(Element::type).containsExactly("TD", "TD", "TD");
            assertThat(row.children().get(0).text()).isEqualTo("Coventry");
            assertThat(row.children().get(1).text().replaceAll("\\s+", " ")).isEqualTo(tall + "End of the account.");
            assertThat(row.children().get(2).text()).isEqualTo("40");
            assertThat(table.cells().get(3)).containsExactly("TD:Walsall", "TD:64", "TD:8");
        }
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    private Path render(String markdown, String name) {
        return render(markdown, SampleReports.context(), name);
    }

    private Path render(String markdown, ReportContext context, String name) {
        AuthoredReport base = SampleReports.drugsPaper();
        AuthoredReport report = new AuthoredReport(base.title(), base.date(), base.reportOf(), base.authors(), null, null,
                List.of(), ParagraphNumbering.NONE, null, List.of(), markdown, base.images());
        Path pdf = temp.resolve(name);
        new AuthoredReportRenderer(TestRenderers.jasper()).render(report, context, pdf);
        return pdf;
    }

    /** The one table, its rows then (when the report gave it a caption) its Caption. */
    private static Element onlyTable(PdfInspection inspection) {
        List<Element> tables = StructureTree.all(inspection.document()).stream().filter(e -> e.type().equals("Table")).toList();
        assertThat(tables).hasSize(1);
        assertThat(String.join(" ", tables.get(0).children().stream().map(Element::type).toList())).matches("(TR ?)+(Caption)?");
        return tables.get(0);
    }
}
