package org.packpress.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobs;
import org.packpress.batch.JobRunner;
import org.packpress.ingest.ImportService;
import org.packpress.minutes.MinutesTests;
import org.packpress.testing.MarkedContents;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.StructureTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Minutes, the action tracker and the annual review published on their own carry "Page N of M" on every
 * page (as an artifact, not as text of the document's structure) and an outline of their headings.
 */
@SpringBootTest(properties = MinutesTests.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneDocumentsTest {

    @Autowired
    ImportService imports;
    @Autowired
    JobRunner jobs;
    @Autowired
    DocumentJobs documents;

    @TempDir
    static Path out;

    @BeforeAll
    void buildThem() {
        imports.importPaths(List.of(Path.of("examples/wm-pcp"), Path.of("examples/wm-spcb")));
        build("minutes", DocumentJob.Request.forMeeting("wm-pcp", LocalDate.of(2023, 12, 18)));
        build("action-tracker", DocumentJob.Request.forMeeting("wm-pcp", LocalDate.of(2024, 1, 15)));
        build("annual-review", new DocumentJob.Request("wm-spcb", null, null, "2020/21"));
        build("minutes", DocumentJob.Request.forMeeting("wm-spcb", LocalDate.of(2022, 9, 27)));
    }

    /**
     * No element reads as blank: the review's blank lines between its background's paragraphs, and the empty
     * texts of the tracker's empty cells, draw nothing and are artifacts, not empty paragraphs.
     */
    @Test
    void noParagraphOrSpanIsEmpty() {
        for (Path pdf : List.of(minutes(), tracker(), review(), out.resolve("wm-spcb/2022-09-27/minutes.pdf"))) {
            try (PdfInspection inspection = PdfInspection.open(pdf)) {
                assertThat(StructureTree.all(inspection.document())).as(pdf.toString())
                        .noneMatch(e -> (e.type().equals("P") || e.type().equals("Span")) && e.text().isBlank());
            }
        }
        try (PdfInspection inspection = PdfInspection.open(review())) {
            assertThat(StructureTree.all(inspection.document())).extracting(StructureTree.Element::text)
                    .containsSubsequence("Background",
                            "The law requires every Police and Crime Commissioner to produce and publish an annual report,"
                                    + " on which the Police and Crime Panel may make recommendations that the Commissioner"
                                    + " must answer.",
                            "This year's report builds on the previous Commissioner's End of Term report and covers"
                                    + " 1 April 2020 to 31 March 2021.");
        }
    }

    /** The review's recommendations are a numbered list: an item each, its number the label. */
    @Test
    void theReviewsRecommendationsAreANumberedList() {
        try (PdfInspection pdf = PdfInspection.open(review())) {
            List<StructureTree.Element> all = StructureTree.all(pdf.document());
            StructureTree.Element list = all.stream().filter(e -> e.type().equals("L")
                    && e.text().contains("that the Commissioner report the recorded status")).findFirst().orElseThrow();
            assertThat(list.children()).hasSize(2).allSatisfy(item -> assertThat(item.children())
                    .extracting(StructureTree.Element::type).containsExactly("Lbl", "LBody"));
            assertThat(list.children()).extracting(item -> item.children().get(0).text()).containsExactly("1.", "2.");
            assertThat(list.children().get(1).children().get(1).text()).startsWith("Example: that the force's response");
        }
    }

    /** The answers under each numbered question of the Board's notes are a list inside the question's item. */
    @Test
    void aSubListIsAListInsideTheBodyOfItsItem() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("wm-spcb/2022-09-27/minutes.pdf"))) {
            StructureTree.Element question = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("LI") && e.text().startsWith("2. What progress has the Force made"))
                    .findFirst().orElseThrow();
            StructureTree.Element body = question.children().get(1);
            assertThat(body.type()).isEqualTo("LBody");
            assertThat(body.children()).extracting(StructureTree.Element::type).containsExactly("P", "L");
            StructureTree.Element answers = body.children().get(1);
            assertThat(answers.children()).hasSize(3).allSatisfy(item -> assertThat(item.children())
                    .extracting(StructureTree.Element::text).first().isEqualTo("\u2013"));
            assertThat(question.flatten()).filteredOn(e -> e.type().equals("LI")).as("the question and its 3 answers")
                    .hasSize(4);
        }
    }

    /**
     * The Board's attendee lines, a name, an aligned colon and a role in three fields, read as one paragraph each,
     * its parts apart: not the colon as a paragraph of its own.
     */
    @Test
    void theBoardsAttendeeLinesAreOneParagraphEach() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("wm-spcb/2022-09-27/minutes.pdf"))) {
            List<StructureTree.Element> all = StructureTree.all(pdf.document());
            StructureTree.Element first = all.stream().filter(e -> e.type().equals("P")
                    && e.text().startsWith("Simon Foster")).findFirst().orElseThrow();
            assertThat(first.children()).extracting(StructureTree.Element::type).containsExactly("Span", "Span", "Span");
            assertThat(first.children()).extracting(StructureTree.Element::text)
                    .containsExactly("Simon Foster ", ": ", "Police and Crime Commissioner, OPCC");
            assertThat(all).as("a colon read alone").noneMatch(e -> e.type().equals("P") && e.text().strip().equals(":"));
            assertThat(all.stream().filter(e -> e.type().equals("P") && e.children().size() == 3)).as("attendees and apologies")
                    .hasSize(23);
        }
    }

    @Test
    void everyPageIsNumberedPageNOfMAsAnArtifact() {
        for (Path pdf : List.of(minutes(), tracker(), review())) {
            try (PdfInspection inspection = PdfInspection.open(pdf)) {
                int pages = inspection.pageCount();
                assertThat(pages).as(pdf.toString()).isGreaterThan(1);
                for (int page = 1; page <= pages; page++) {
                    assertThat(inspection.pageText(page)).as(pdf + " page " + page)
                            .contains("Page " + page + " of " + pages);
                }
                assertThat(MarkedContents.taggedText(inspection.document())).as(pdf + ": tagged text").doesNotContain("Page 1 of");
            }
        }
    }

    @Test
    void minutesOutlineTheirTitleAndEveryMinute() {
        try (PdfInspection pdf = PdfInspection.open(minutes())) {
            List<OutlineEntry> outline = pdf.outline();
            assertThat(outline).hasSize(1);
            assertThat(outline.get(0).title()).contains("MINUTES");
            assertThat(outline.get(0).children()).extracting(OutlineEntry::title)
                    .startsWith("770 NOTICE OF RECORDING").endsWith("775 URGENT BUSINESS");
            assertThat(outline.get(0).children()).hasSameSizeAs(StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("H2")).toList());
            OutlineEntry last = outline.get(0).children().get(outline.get(0).children().size() - 1);
            assertThat(pdf.pageText(last.page()).replaceAll("\\s+", " ")).contains(last.title());
        }
    }

    @Test
    void theTrackerOutlinesItsSectionsOnce() {
        try (PdfInspection pdf = PdfInspection.open(tracker())) {
            List<OutlineEntry> outline = pdf.outline();
            assertThat(outline).extracting(OutlineEntry::title)
                    .containsExactly("West Midlands Police and Crime Panel – Action Tracker – January 2024");
            assertThat(outline.get(0).children()).extracting(OutlineEntry::title)
                    .containsExactly("1. Outstanding Actions", "2. Completed Actions");
            OutlineEntry completed = outline.get(0).children().get(1);
            assertThat(pdf.pageText(completed.page())).contains("2. Completed Actions");
        }
    }

    @Test
    void theReviewOutlinesItsSummaryAndIndicators() {
        try (PdfInspection pdf = PdfInspection.open(review())) {
            List<OutlineEntry> outline = pdf.outline();
            assertThat(outline).hasSize(1);
            List<String> parts = outline.get(0).children().stream().map(OutlineEntry::title).toList();
            assertThat(parts).contains("Summary of indicators, 2020/21").anyMatch(t -> t.startsWith("Indicator 1: "))
                    .anyMatch(t -> t.startsWith("Indicator 12: "));
            // the cover's headings are headings (the outline is made of them)
            assertThat(parts.subList(0, 2)).containsExactly("Purpose of paper", "Background");
        }
    }

    @Test
    void theTrackerAndTheReviewTablesAreTablesWithHeaderCells() {
        for (Path pdf : List.of(tracker(), review())) {
            try (PdfInspection inspection = PdfInspection.open(pdf)) {
                List<StructureTree.Element> tables = StructureTree.all(inspection.document()).stream()
                        .filter(e -> e.type().equals("Table")).toList();
                assertThat(tables).as(pdf.toString()).isNotEmpty();
                assertThat(tables).as(pdf + ": each table opens with a row of header cells").allSatisfy(table -> {
                    assertThat(table.children()).allSatisfy(row -> assertThat(row.type()).isEqualTo("TR"));
                    assertThat(table.children().get(0).children()).extracting(StructureTree.Element::type)
                            .containsOnly("TH");
                    assertThat(table.children()).anySatisfy(row -> assertThat(row.children())
                            .extracting(StructureTree.Element::type).contains("TD"));
                    // header rows only at the top: a header below data would name other columns' cells
                    List<Boolean> headerRows = table.children().stream().map(row -> row.children().stream()
                            .allMatch(cell -> cell.type().equals("TH"))).toList();
                    assertThat(headerRows.subList(headerRows.indexOf(false), headerRows.size())).doesNotContain(true);
                });
            }
        }
    }

    @Test
    void aTableOverSeveralPagesHasItsHeaderRowOnceAndItsCopiesAsArtifacts() {
        try (PdfInspection pdf = PdfInspection.open(tracker())) {
            StructureTree.Element table = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table") && e.pages().size() > 1).findFirst().orElseThrow();
            List<List<String>> headerRows = table.cells().stream()
                    .filter(row -> row.stream().allMatch(cell -> cell.startsWith("TH:"))).toList();
            assertThat(headerRows).as("the header row, once, for a table on pages " + table.pages()).containsExactly(
                    List.of("TH:Minute/ Action No.", "TH:Meeting Date", "TH:Action", "TH:Update/ Notes"));
            assertThat(table.cells().get(0)).isEqualTo(headerRows.get(0));
            int continued = table.pages().last();
            assertThat(pdf.pageText(continued)).as("the copy is still printed on page " + continued)
                    .contains("Minute/").contains("Update/ Notes");
        }
    }

    private Path minutes() {
        return out.resolve("wm-pcp/2023-12-18/minutes.pdf");
    }

    private Path tracker() {
        return out.resolve("wm-pcp/2024-01-15/action-tracker.pdf");
    }

    private Path review() {
        return out.resolve("wm-spcb/annual-review/annual-review-2020-21.pdf");
    }

    private void build(String type, DocumentJob.Request request) {
        DocumentJob document = documents.find(type).orElseThrow();
        jobs.run(document.job(), document.parameters(request, out));
    }
}
