package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.minutes.MinutesPapers;
import org.packpress.ingest.ImportService;
import org.packpress.model.Audience;
import org.packpress.store.BodyRepository;
import org.packpress.testing.FilledRectangles;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.StructureTree.Element;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A recorded vote written as a Markdown table in a minute's text prints as a table (not as its raw {@code |}
 * text), in a Panel's minutes across the text's width and in a Board's notes in the column beside the minute
 * numbers, and a screen reader reads it as one Table: a header row of TH cells scoped to their column, a row of
 * TD cells per member, the caption with it. Both PDFs pass PDF/UA-1 and PDF/A-2a. The examples are imported
 * under bodies of their own, so the other tests of the shared store see the examples unchanged.
 */
@SpringBootTest(properties = MinutesTests.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedVoteTableTest {

    static final String VOTE = """
            On a recorded vote the amendment was carried:

            | Member | Vote |
            |---|---|
            | Councillor Ed Lawrence | For |
            | Councillor Gareth Moore | Against |
            | Councillor Adele Brown | Abstained |

            Table 1. Recorded vote on the amendment
            """;
    static final List<List<String>> CELLS = List.of(List.of("TH:Member", "TH:Vote"),
            List.of("TD:Councillor Ed Lawrence", "TD:For"), List.of("TD:Councillor Gareth Moore", "TD:Against"),
            List.of("TD:Councillor Adele Brown", "TD:Abstained"));
    /** The page's left margin and the Board's text column, in points (reports/minutes-*.jrxml). */
    static final float MARGIN = 56;
    static final float BOARD_COLUMN = 60;

    @Autowired ImportService imports;
    @Autowired MinutesPapers minutes;
    @Autowired BodyRepository bodies;

    Path panelPdf;
    Path boardPdf;

    @BeforeAll
    void importAndRenderMinutesWithAVote(@TempDir Path copies, @TempDir Path out) {
        imports.importPaths(MinutesTestSupport.withMinuteText(copies, "vote-pcp", "vote-spcb", VOTE));
        panelPdf = out.resolve("vote-pcp-2023-12-18.pdf");
        minutes.render(bodies.get("vote-pcp"), LocalDate.of(2023, 12, 18), Audience.PUBLIC, false, panelPdf);
        boardPdf = out.resolve("vote-spcb-2022-09-27.pdf");
        minutes.render(bodies.get("vote-spcb"), LocalDate.of(2022, 9, 27), Audience.PUBLIC, false, boardPdf);
        MinutesTestSupport.keep(panelPdf);
        MinutesTestSupport.keep(boardPdf);
    }

    @Test
    void thePanelsVoteIsATableOfHeaderAndDataCellsAcrossTheText() {
        assertTable(panelPdf, MARGIN);
    }

    @Test
    void theBoardsVoteIsATableInTheColumnBesideTheMinuteNumbers() {
        assertTable(boardPdf, MARGIN + BOARD_COLUMN);
    }

    @Test
    void theVoteIsPrintedInRowsNotAsItsMarkdown() {
        for (Path pdf : List.of(panelPdf, boardPdf)) {
            String text = PanelMinutesTest.oneLine(PanelMinutesTest.text(pdf));
            assertThat(text).doesNotContain("|").containsSubsequence("On a recorded vote the amendment was carried:",
                    "Member Vote", "Councillor Ed Lawrence For", "Councillor Gareth Moore Against",
                    "Councillor Adele Brown Abstained", "Table 1. Recorded vote on the amendment");
        }
    }

    @Test
    void bothPassPdfUaAndPdfA() {
        assertThat(VeraPdf.failedRules(panelPdf)).isEmpty();
        assertThat(VeraPdf.failedRules(boardPdf)).isEmpty();
    }

    private static void assertTable(Path pdf, float left) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<Element> tables = StructureTree.all(inspection.document()).stream()
                    .filter(e -> e.type().equals("Table")).toList();
            assertThat(tables).singleElement().extracting(Element::cells).isEqualTo(CELLS);
            Element table = tables.get(0);
            assertThat(table.children().get(0).children()).hasSize(2)
                    .allSatisfy(th -> assertThat(th.attributes()).containsEntry("Scope", "Column"));
            assertThat(table.children().get(table.children().size() - 1)).extracting(Element::type, Element::text)
                    .containsExactly("Caption", "Table 1. Recorded vote on the amendment");
            // the members' names are read in the table only, not also as a paragraph
            assertThat(StructureTree.all(inspection.document())).filteredOn(e -> e.type().equals("P"))
                    .noneSatisfy(p -> assertThat(p.text()).contains("Gareth Moore Against"));
            int page = table.pages().first();
            List<FilledRectangles.Rectangle> headerCells = FilledRectangles.of(inspection.document().getPage(page - 1))
                    .stream().filter(r -> r.rgb() == 0xE6E6E6).toList();
            assertThat(headerCells).hasSize(2);
            assertThat(headerCells.get(0).x()).isCloseTo(left, org.assertj.core.data.Offset.offset(1f));
        }
    }
}
