package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.Hashes;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.agenda.PackPublication;
import org.packpress.ingest.ImportService;
import org.packpress.model.Audience;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;

/** Papers replaced after publication produce a supplementary agenda of just those items, and a re-issued pack. */
@PackPressTest
class SupplementTest {

    @Autowired
    ImportService imports;
    @Autowired
    Publisher publisher;
    @Autowired
    AgendaPackBuilder builder;
    @Autowired
    PackPublication publication;

    @TempDir
    Path temp;

    @Test
    void theFrontSheetsWordingIsTheBodysOwn() throws Exception {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        TestFolders.edit(input.resolve("body.yaml"), "id: test-panel\n", """
                id: worded-panel
                textBlocks:
                  agenda-heading: ORDER OF BUSINESS
                  agenda-attached: Enclosed
                  agenda-not-for-publication: Withheld
                  agenda-column-topic: Business
                  agenda-column-time: Time
                  pack-contents-heading: Enclosed papers
                  pack-contents-page: Folio
                  supplement-heading: ADDITIONAL PAPERS
                  supplement-introduction-one: "Papers for item {{numbers}} follow; they replace those sent earlier."
                  pack-title: "{{document}} (reports pack), {{date}}"
                """);
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        LocalDate date = LocalDate.of(2024, 3, 4);
        builder.build("worded-panel", date, out, null, AgendaPackBuilder.Progress.NONE);
        publication.publish("worded-panel", date, "test officer");
        TestFolders.edit(input.resolve("papers/07b-road-safety.md"), "This report updates the Panel on road safety.",
                "This revised report updates the Panel on road safety.");
        imports.importPaths(List.of(input));
        builder.build("worded-panel", date, out, null, AgendaPackBuilder.Progress.NONE);

        Path folder = out.resolve("worded-panel/2024-03-04");
        try (PdfInspection pack = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            String front = pack.pageText(1).replaceAll("\\s+", " ");
            assertThat(front).contains("ORDER OF BUSINESS", "Enclosed", "Withheld 9 CONTRACT AWARD",
                    "Item Business Time", "Enclosed papers Item Paper Folio")
                    .doesNotContain("AGENDA", "Attached", "Topic", "Approximate", "Papers in this pack");
            assertThat(pack.title()).isEqualTo("Order of business (reports pack), 4 March 2024");
        }
        try (PdfInspection supplement = PdfInspection.open(folder.resolve("supplementary-agenda-1.pdf"))) {
            String front = supplement.pageText(1).replaceAll("\\s+", " ");
            assertThat(front).contains("ADDITIONAL PAPERS", "Papers for item 7b follow; they replace those sent earlier.")
                    .doesNotContain("SUPPLEMENTARY AGENDA");
            assertThat(supplement.title()).isEqualTo("Additional papers (reports pack), 4 March 2024");
        }
    }

    @Test
    void changedPaperGoesIntoASupplement() throws Exception {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        LocalDate date = LocalDate.of(2024, 3, 4);
        AgendaPackBuilder.Result first = builder.build("test-panel", date, out, null, AgendaPackBuilder.Progress.NONE);
        assertThat(first.changes()).isEmpty();
        publication.publish("test-panel", date, "test officer");

        TestFolders.edit(input.resolve("papers/07b-road-safety.md"), "This report updates the Panel on road safety.",
                "This revised report updates the Panel on road safety after the January data release.");
        imports.importPaths(List.of(input));
        AgendaPackBuilder.Result second = builder.build("test-panel", date, out, null, AgendaPackBuilder.Progress.NONE);

        Path folder = out.resolve("test-panel/2024-03-04");
        assertThat(second.files()).extracting(p -> p.getFileName().toString())
                .contains("agenda-pack.pdf", "supplementary-agenda-1.pdf");
        try (PdfInspection supplement = PdfInspection.open(folder.resolve("supplementary-agenda-1.pdf"))) {
            String front = supplement.pageText(1).replaceAll("\\s+", " ");
            assertThat(front).contains("SUPPLEMENTARY AGENDA").contains("7b").doesNotContain("NOTICE OF RECORDING");
            assertThat(supplement.text().replaceAll("\\s+", " ")).contains("after the January data release").doesNotContain("Neighbourhood");
            assertThat(supplement.outline()).extracting(OutlineEntry::title).containsExactly(
                    "SUPPLEMENTARY AGENDA", "Papers in this pack", "Item 7b: POLICE AND CRIME PLAN UPDATE");
        }
        try (PdfInspection pack = PdfInspection.open(folder.resolve("agenda-pack.pdf"))) {
            assertThat(pack.text().replaceAll("\\s+", " ")).contains("after the January data release");
        }
        JsonNode entry = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile())
                .path("documents").path("agenda-pack");
        assertThat(entry.path("changes").get(0).asText()).startsWith("item 7b");

        AgendaPackBuilder.Result third = builder.build("test-panel", date, out, null, AgendaPackBuilder.Progress.NONE);
        assertThat(third.changes()).as("nothing changed since the re-issue").isEmpty();
        assertThat(Files.exists(folder.resolve("supplementary-agenda-2.pdf"))).isFalse();

        // a later change after that build without a supplement takes the next number; the first stays published
        String firstSupplement = Hashes.sha256(folder.resolve("supplementary-agenda-1.pdf"));
        TestFolders.edit(input.resolve("papers/07b-road-safety.md"), "after the January data release",
                "after the February data release");
        imports.importPaths(List.of(input));
        builder.build("test-panel", date, out, null, AgendaPackBuilder.Progress.NONE);
        assertThat(Hashes.sha256(folder.resolve("supplementary-agenda-1.pdf"))).isEqualTo(firstSupplement);
        Manifest.Entry last = publisher.lastBuild(folder, AgendaPackBuilder.DOCUMENT).orElseThrow();
        assertThat(last.outputs()).extracting(Manifest.OutputFile::file, Manifest.OutputFile::audience,
                Manifest.OutputFile::supplement).containsExactlyInAnyOrder(
                        tuple("agenda-pack.pdf", Audience.PUBLIC, null),
                        tuple("agenda-pack-confidential.pdf", Audience.CONFIDENTIAL, null),
                        tuple("supplementary-agenda-2.pdf", Audience.PUBLIC, 2),
                        tuple("supplementary-agenda-1.pdf", Audience.PUBLIC, 1));
    }

    /**
     * A paper corrected before the meeting is published is no supplement: the draft pack is built again whole
     * (until 7 December 2026 the officer's rebuild of a draft wrote "supplementary-agenda-1.pdf", published with
     * the meeting as if the agenda had been issued before). A paper withdrawn is one of the changes recorded.
     */
    @Test
    void aCorrectionBeforePublicationIsNoSupplement() throws Exception {
        Path input = builtPanel("draft-panel");
        Path out = temp.resolve("out");
        LocalDate date = LocalDate.of(2024, 3, 4);
        TestFolders.edit(input.resolve("papers/07b-road-safety.md"), "This report updates the Panel on road safety.",
                "This corrected report updates the Panel on road safety.");
        imports.importPaths(List.of(input));

        AgendaPackBuilder.Result corrected = builder.build("draft-panel", date, out, null, AgendaPackBuilder.Progress.NONE);

        assertThat(corrected.changes()).as("recorded, though in no supplement")
                .containsExactly("item 7b (POLICE AND CRIME PLAN UPDATE): papers added or replaced");
        assertThat(corrected.files()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("agenda-pack.pdf", "agenda-pack-confidential.pdf");
        try (PdfInspection pack = PdfInspection.open(out.resolve("draft-panel/2024-03-04/agenda-pack.pdf"))) {
            assertThat(pack.text().replaceAll("\\s+", " ")).contains("This corrected report updates the Panel");
        }

        // once published, a paper withdrawn is named among the changes (the email of the re-issue lists them)
        publication.publish("draft-panel", date, "test officer");
        TestFolders.edit(input.resolve("meetings/2024-03-04.yaml"), """
                        appendices:
                          - label: A
                            title: Road safety slides
                            file: papers/07b-slides.pdf
                """, "");
        imports.importPaths(List.of(input));
        assertThat(builder.build("draft-panel", date, out, null, AgendaPackBuilder.Progress.NONE).changes())
                .containsExactly("item 7b: papers withdrawn");
    }

    /** Issue 12: supplements of a meeting share one sequence; one with only exempt papers never overwrites another. */
    @Test
    void confidentialOnlySupplementsTwiceInARowAreNumberedOneAndTwo() throws Exception {
        Path input = builtPanel("exempt-panel");
        Path out = temp.resolve("out");
        LocalDate date = LocalDate.of(2024, 3, 4);
        publication.publish("exempt-panel", date, "test officer");
        Path folder = out.resolve("exempt-panel/2024-03-04");
        Path paper = input.resolve("papers/09-custody-contract.md");
        for (String revision : List.of("FIRST REVISION OF THE EXEMPT PAPER", "SECOND REVISION OF THE EXEMPT PAPER")) {
            Files.writeString(paper, Files.readString(paper) + "\n\n" + revision + "\n");
            imports.importPaths(List.of(input));
            builder.build("exempt-panel", date, out, null, AgendaPackBuilder.Progress.NONE);
        }
        assertThat(folder.resolve("supplementary-agenda-1.pdf")).doesNotExist();
        assertThat(folder.resolve("supplementary-agenda-2.pdf")).doesNotExist();
        try (PdfInspection first = PdfInspection.open(folder.resolve("supplementary-agenda-1-confidential.pdf"));
                PdfInspection second = PdfInspection.open(folder.resolve("supplementary-agenda-2-confidential.pdf"))) {
            assertThat(first.text().replaceAll("\\s+", " ")).contains("FIRST REVISION")
                    .doesNotContain("SECOND REVISION");
            assertThat(second.text().replaceAll("\\s+", " ")).contains("SECOND REVISION");
        }
    }

    /** The test panel under another id, imported, its meeting of 4 March 2024 built into {@code out}. */
    private Path builtPanel(String id) throws Exception {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        TestFolders.edit(input.resolve("body.yaml"), "id: test-panel", "id: " + id);
        imports.importPaths(List.of(input));
        builder.build(id, LocalDate.of(2024, 3, 4), temp.resolve("out"), null, AgendaPackBuilder.Progress.NONE);
        return input;
    }
}
