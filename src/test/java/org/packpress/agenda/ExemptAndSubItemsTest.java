package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.Hashes;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.StructureTree;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;

/** A meeting with sub-items 7a/7b and an exempt item 9: one build writes a public and a confidential pack. */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExemptAndSubItemsTest {

    static final String EXEMPT_TEXT = "ZEBRA-CONFIDENTIAL-PHRASE";

    /** Text with a line broken after a hyphen joined again, so that the exempt phrase is found however it wraps. */
    static String joined(String text) {
        return text.replaceAll("-\\s+", "-");
    }

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;
    @Autowired
    Publisher publisher;

    @TempDir
    static Path temp;

    AgendaPackBuilder.Result result;
    Path folder;

    @BeforeAll
    void build() {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        imports.importPaths(List.of(input));
        result = builder.build("test-panel", LocalDate.of(2024, 3, 4), temp.resolve("out"), null,
                AgendaPackBuilder.Progress.NONE);
        folder = temp.resolve("out/test-panel/2024-03-04");
    }

    @Test
    void oneBuildWritesBothPacks() {
        assertThat(result.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("agenda-pack.pdf", "agenda-pack-confidential.pdf");
        // the two files are the two packs: the exempt paper is in the confidential one only
        try (PdfInspection publicPack = PdfInspection.open(result.files().get(0));
                PdfInspection confidential = PdfInspection.open(result.files().get(1))) {
            assertThat(joined(publicPack.text())).doesNotContain(EXEMPT_TEXT);
            assertThat(joined(confidential.text())).contains(EXEMPT_TEXT);
            assertThat(confidential.pageCount()).isGreaterThan(publicPack.pageCount());
        }
        // and the manifest records both, with the hashes of what was written
        Manifest manifest = publisher.read(folder).orElseThrow();
        assertThat(manifest.documents().get(AgendaPackBuilder.DOCUMENT).outputs())
                .extracting(Manifest.OutputFile::file, Manifest.OutputFile::sha256)
                .containsExactly(tuple("agenda-pack.pdf", Hashes.sha256(result.files().get(0))),
                        tuple("agenda-pack-confidential.pdf", Hashes.sha256(result.files().get(1))));
    }

    /** Item 7b's report holds a Markdown table: in the pack it is a Table, its header row TH cells. */
    @Test
    void theRoadSafetyReportsTableIsATableWithHeaderCells() {
        try (PdfInspection pdf = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            StructureTree.Element table = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table") && e.text().contains("Killed or seriously injured"))
                    .findFirst().orElseThrow();
            assertThat(table.cells()).containsExactly(List.of("TH:Year", "TH:Killed or seriously injured"),
                    List.of("TD:2022", "TD:1,204"), List.of("TD:2023", "TD:1,156"));
        }
    }

    @Test
    void publicPackHasNoneOfTheExemptPaper() {
        try (PdfInspection pdf = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            String text = pdf.text();
            assertThat(joined(text)).doesNotContain(EXEMPT_TEXT).doesNotContain("Three bids were received");
            assertThat(pdf.outline()).extracting(OutlineEntry::title).noneMatch(t -> t.startsWith("Item 9"));
            String front = pdf.text(1, 2).replaceAll("\\s+", " ");
            assertThat(front).contains("CONTRACT AWARD FOR CUSTODY HEALTHCARE")
                    .contains("Not for publication")
                    .containsPattern("paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972");
        }
    }

    @Test
    void confidentialPackHasAllOfIt() {
        try (PdfInspection pdf = PdfInspection.open(folder.resolve("agenda-pack-confidential.pdf"))) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(joined(text)).contains(EXEMPT_TEXT).contains("Three bids were received and evaluated against price and quality.");
            assertThat(pdf.outline()).extracting(OutlineEntry::title).contains("Item 9: CONTRACT AWARD FOR CUSTODY HEALTHCARE");
            assertThat(pdf.title()).startsWith("Confidential");
        }
    }

    @Test
    void exemptItemComesAfterTheExclusionOfThePublic() {
        try (PdfInspection pdf = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            String front = pdf.text(1, 2).replaceAll("\\s+", " ");
            assertThat(front).containsSubsequence("URGENT BUSINESS", "EXCLUSION OF THE PRESS AND PUBLIC",
                    "CONTRACT AWARD FOR CUSTODY HEALTHCARE");
            // the agenda ends in private, and the default style heads no parts: as before readmissions were marked
            assertThat(front).doesNotContain("READMISSION", "readmitted", "PART 1", "PART 2");
        }
    }

    @Test
    void subItemsShareTheirGroupsTitleAndTime() {
        try (PdfInspection pdf = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            List<SamplePackTest.AgendaRow> rows = SamplePackTest.agendaRows(pdf.words(1));
            assertThat(rows).extracting(SamplePackTest.AgendaRow::item).containsSubsequence("7a", "7b", "8");
            SamplePackTest.AgendaRow a = rows.stream().filter(r -> r.item().equals("7a")).findFirst().orElseThrow();
            SamplePackTest.AgendaRow b = rows.stream().filter(r -> r.item().equals("7b")).findFirst().orElseThrow();
            assertThat(a.time()).isEqualTo("10:05");
            assertThat(a.title()).startsWith("POLICE AND CRIME PLAN UPDATE");
            assertThat(b.time()).isEqualTo("–");
            assertThat(b.title()).doesNotContain("POLICE AND CRIME PLAN UPDATE");
            assertThat(pdf.outline()).extracting(OutlineEntry::title).containsExactly("AGENDA", "Papers in this pack",
                    "Item 7a: POLICE AND CRIME PLAN UPDATE", "Item 7b: POLICE AND CRIME PLAN UPDATE");
            OutlineEntry b7 = pdf.outline().get(3);
            assertThat(b7.children()).extracting(OutlineEntry::title)
                    .containsExactly("Road safety update", "Appendix A: Road safety slides");
            assertThat(pdf.pageText(b7.children().get(1).page())).contains("Road safety slide page 1");
        }
    }

    @Test
    void anItemExemptUnderTwoParagraphsCitesBoth() {
        Path input = TestFolders.testPanel(temp.resolve("two-paragraphs"));
        TestFolders.edit(input.resolve("body.yaml"), "id: test-panel", "id: two-paragraphs-panel");
        TestFolders.edit(input.resolve("meetings/2024-03-04.yaml"), "exempt: 3", "exempt: [3, 1]");
        imports.importPaths(List.of(input));
        AgendaPackBuilder.Result built = builder.build("two-paragraphs-panel", LocalDate.of(2024, 3, 4),
                temp.resolve("two-paragraphs-out"), null, AgendaPackBuilder.Progress.NONE);
        try (PdfInspection pdf = PdfInspection.open(built.files().get(0))) {
            assertThat(pdf.text(1, 2).replaceAll("\\s+", " "))
                    .contains("paragraphs 1 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972")
                    .doesNotContain("paragraph 3 of");
        }
    }
}
