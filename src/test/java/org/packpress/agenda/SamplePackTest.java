package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.common.Hashes;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.PdfInspection.Word;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample pack of the Panel's meeting of 15 January 2024, built from examples/wm-pcp. */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplePackTest {

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;

    @TempDir
    static Path out;

    Path pack;

    @BeforeAll
    void buildSamplePack() {
        imports.importPaths(List.of(Path.of("examples/wm-pcp")));
        builder.build("wm-pcp", LocalDate.of(2024, 1, 15), out, null, AgendaPackBuilder.Progress.NONE);
        pack = out.resolve("wm-pcp/2024-01-15/agenda-pack.pdf");
    }

    @Test
    void firstPageCarriesTheHeaderBlockInOrder() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            String page = pdf.pageText(1).replaceAll("\\s+", " ");
            assertThat(page).containsSubsequence(
                    "West Midlands Police and Crime Panel",
                    "Monday 15 January 2024 at 14:00 hours",
                    "Dudley Council Chamber, The Council House, Priory Road, Dudley DY1 1HF",
                    "This meeting will be livestreamed by Dudley Metropolitan Borough Council",
                    "https://www.youtube.com/@dudleymbc/streams",
                    "More information about the Panel, including meeting papers and reports, can be found on the Panel website www.westmidlandspcp.org.uk",
                    "Contact Officer: Sarah Fradgley email: wmpcp@birmingham.gov.uk Tel: 0121 303 1727",
                    "AGENDA");
        }
    }

    @Test
    void agendaTableHasElevenRowsWithTheirTimesAndAttachedFlags() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            List<AgendaRow> rows = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                rows.addAll(agendaRows(pdf.words(page)));
            }
            assertThat(rows).extracting(AgendaRow::item)
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
            assertThat(rows).extracting(AgendaRow::time).containsExactly(
                    "14:00", "–", "–", "14:05", "14:07", "14:10", "14:40", "15:25", "16:05", "16:35", "16:45");
            assertThat(rows).filteredOn(AgendaRow::attached).extracting(AgendaRow::item)
                    .containsExactly("4", "5", "7", "8", "9", "10");
            assertThat(rows.get(10).title()).startsWith("URGENT BUSINESS");
        }
    }

    @Test
    void tableHeaderRepeatsOnTheSecondPage() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(headerRowTop(pdf.words(1))).isNotNull();
            Float second = headerRowTop(pdf.words(2));
            assertThat(second).as("header row at the top of page 2").isNotNull().isLessThan(80f);
        }
    }

    @Test
    void outlineHasTheFrontSheetThenAnEntryPerItemWithPapersAtTheirFirstPage() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            // the front sheet's headings first: the agenda, and the list of papers on page 2
            assertThat(pdf.outline().subList(0, 2)).extracting(OutlineEntry::title, OutlineEntry::page)
                    .containsExactly(tuple("AGENDA", 1), tuple("Papers in this pack", 2));
            List<OutlineEntry> outline = pdf.outline().subList(2, pdf.outline().size());
            assertThat(outline).extracting(e -> e.title().replaceFirst(":.*", ""))
                    .containsExactly("Item 4", "Item 5", "Item 7", "Item 8", "Item 9", "Item 10");
            for (OutlineEntry item : outline) {
                assertThat(item.children()).isNotEmpty();
                assertThat(item.page()).isEqualTo(item.children().get(0).page());
            }
            assertThat(outline.get(2).children()).extracting(OutlineEntry::title)
                    .anySatisfy(t -> assertThat(t).startsWith("Appendix B"));
            OutlineEntry update = outline.get(4).children().stream()
                    .filter(c -> c.title().startsWith("Appendix B")).findFirst().orElseThrow();
            assertThat(pdf.pageText(update.page()).strip()).as("a Markdown appendix is headed with its label")
                    .startsWith("Appendix B");
        }
    }

    @Test
    void contentsPagesEqualStampedNumbersAndPageLabels() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            List<Integer> contents = contentsList(pdf);
            assertThat(contents).hasSizeGreaterThanOrEqualTo(6);
            List<String> labels = pdf.pageLabels();
            assertThat(labels).hasSize(pdf.pageCount());
            for (int page = 1; page <= pdf.pageCount(); page++) {
                assertThat(labels.get(page - 1)).isEqualTo(String.valueOf(page));
                assertThat(pdf.pageText(page)).contains("Page " + page);
            }
            List<Integer> outlinePages = new ArrayList<>();
            pdf.outline().forEach(item -> item.children().forEach(c -> outlinePages.add(c.page())));
            assertThat(contents).isEqualTo(outlinePages);
        }
    }

    @Test
    void pageNumbersAreStampedClearOfTheContent() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            for (int page = 1; page <= pdf.pageCount(); page++) {
                float height = pdf.document().getPage(page - 1).getCropBox().getHeight();
                List<String> inFoot = pdf.words(page).stream().filter(w -> w.y() > height - 36)
                        .map(Word::text).toList();
                assertThat(inFoot).as("text in the bottom 36pt of page " + page).containsExactly("Page " + page);
            }
        }
    }

    @Test
    void contentsEntriesAreLinksToTheirPages() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            List<Integer> targets = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                targets.addAll(pdf.linkTargets(page));
            }
            assertThat(targets).containsAll(contentsList(pdf));
        }
    }

    @Test
    void metadataAndFonts() throws IOException {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.title()).isEqualTo("Agenda pack – West Midlands Police and Crime Panel – 15 January 2024");
            assertThat(pdf.author()).isEqualTo("West Midlands Police and Crime Panel");
            assertThat(pdf.language()).isEqualTo("en-GB");
            for (PDPage page : pdf.document().getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
                assertThat(page.getMediaBox().getWidth()).isBetween(594f, 843f);
            }
        }
    }

    @Test
    void manifestRecordsInputsAndTheWrittenFile() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("wm-pcp/2024-01-15/manifest.json").toFile());
        JsonNode entry = manifest.path("documents").path("agenda-pack");
        assertThat(entry.path("inputs").path("meeting").asText()).hasSize(64);
        assertThat(entry.path("outputs").get(0).path("file").asText()).isEqualTo("agenda-pack.pdf");
        assertThat(entry.path("outputs").get(0).path("sha256").asText()).isEqualTo(Hashes.sha256(pack));
        try (var files = Files.list(out.resolve("wm-pcp/2024-01-15"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    // --- reading the agenda table back from the page ------------------------------------------

    record AgendaRow(String item, String time, boolean attached, String title) {
    }

    /** Rows of the agenda table: the item number in its column, and what sits on the same line. */
    static List<AgendaRow> agendaRows(List<Word> words) {
        List<AgendaRow> rows = new ArrayList<>();
        Float header = headerRowTop(words);
        for (Word w : words) {
            if (w.x() > 128 && w.x() < 150 && w.text().matches("\\d+[a-z]?") && header != null && w.y() > header) {
                String time = words.stream().filter(o -> Math.abs(o.y() - w.y()) < 2 && o.x() > 460)
                        .map(Word::text).findFirst().orElse("–");
                boolean attached = words.stream().anyMatch(o -> Math.abs(o.y() - w.y()) < 2 && o.x() < 128
                        && o.text().equals("Attached"));
                String title = words.stream().filter(o -> Math.abs(o.y() - w.y()) < 2 && o.x() > 165 && o.x() < 460)
                        .map(Word::text).findFirst().orElse("");
                rows.add(new AgendaRow(w.text(), time, attached, title));
            }
            if (w.text().startsWith("Papers in this pack")) {
                break;
            }
        }
        return rows;
    }

    static Float headerRowTop(List<Word> words) {
        return words.stream().filter(w -> w.text().startsWith("Supporting")).map(Word::y).findFirst().orElse(null);
    }

    /** The pages of the front sheet's contents list, in order: the numbers in its right-hand column. */
    static List<Integer> contentsList(PdfInspection pdf) {
        List<Integer> pages = new ArrayList<>();
        boolean inContents = false;
        for (int page = 1; page <= 3; page++) {
            for (Word w : pdf.words(page)) {
                inContents |= w.text().startsWith("Papers in this pack");
                if (inContents && w.x() > 480 && w.text().matches("\\d+")) {
                    pages.add(Integer.parseInt(w.text()));
                }
            }
        }
        return pages;
    }
}
