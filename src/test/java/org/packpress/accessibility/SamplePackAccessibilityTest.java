package org.packpress.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.render.text.Block;
import org.packpress.render.text.MarkdownBlocks;
import org.packpress.render.text.StyledText;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.MarkedContents;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.InternalLink;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.StructureTree;
import org.packpress.testing.StructureTree.Element;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sample pack of 15 January 2024 as an accessibility auditor reads it: its attachments pass veraPDF on
 * their own (the pack itself is validated with every other sample document, in
 * {@link GeneratedDocumentsConformanceTest}), the tagged attachments' structure sits in the pack's tree in pack
 * order, and the inspection report's contents links land on its sections' pages.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplePackAccessibilityTest {

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
        try {
            // a copy for people to look at
            java.nio.file.Files.createDirectories(Path.of("target/accessibility-samples"));
            java.nio.file.Files.copy(pack, Path.of("target/accessibility-samples/agenda-pack.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSampleAttachmentsPassBothProfilesOnTheirOwn() {
        assertThat(VeraPdf.failedRules(Path.of("examples/wm-pcp/papers/08-peel-inspection.pdf"))).isEmpty();
        assertThat(VeraPdf.failedRules(Path.of("examples/wm-pcp/papers/07-drugs-slides.pdf"))).isEmpty();
    }

    @Test
    void theTreeHoldsTheFrontSheetThenAPartPerItemWithItsPapersInPackOrder() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            List<Element> top = StructureTree.of(pdf.document());
            assertThat(top).singleElement().extracting(Element::type).isEqualTo("Document");
            List<Element> parts = top.get(0).children();
            assertThat(parts.get(0).type()).isEqualTo("Sect");
            // titled as the front sheet is (its text block), not with a fixed English name
            assertThat(parts.get(0).title()).isEqualTo("Agenda – West Midlands Police and Crime Panel – 15 January 2024");
            assertThat(parts.get(1).title()).isEqualTo("Item 4: MINUTES");
            assertThat(parts.get(0).flatten()).anySatisfy(e -> assertThat(e.type()).isEqualTo("Table"));
            Element agenda = parts.get(0).flatten().stream().filter(e -> e.type().equals("Table")).findFirst().orElseThrow();
            assertThat(agenda.children().get(0).children()).extracting(Element::type).containsOnly("TH");
            assertThat(parts.subList(1, parts.size())).extracting(Element::type).containsOnly("Part");
            // items 4, 5, 7, 8, 9, 10 carry papers
            assertThat(parts).hasSize(7);
            Element minutes = parts.get(1).children().get(0);
            assertThat(minutes.type()).isEqualTo("Sect");
            // the minutes of 13 November 2023, 756 to 769: each minute's heading is a heading
            List<String> headings = minutes.flatten().stream().filter(e -> e.type().equals("H2")).map(Element::text).toList();
            for (int minute = 756; minute <= 769; minute++) {
                String number = minute + " ";
                assertThat(headings).as("minute %d", minute).anySatisfy(h -> assertThat(h).startsWith(number));
            }
            assertThat(headings).contains("756 NOTICE OF RECORDING", "769 URGENT BUSINESS");
            Element peel = parts.get(4).children().get(1);
            // the attached inspection report's own tags: its title, headings, lists and tables
            assertThat(peel.flatten()).extracting(Element::type).contains("H1", "H2", "L", "LI", "LBody", "Table", "TH", "Link");
            Element slides = parts.get(3).children().get(1);
            assertThat(slides.flatten()).extracting(Element::type).contains("H1", "L");
            // the list of papers is the table it looks like: a header row, then item, paper and page per paper
            List<Element> tables = parts.get(0).flatten().stream().filter(e -> e.type().equals("Table")).toList();
            assertThat(tables).hasSize(2);
            Element papers = tables.get(1);
            assertThat(papers.cells().get(0)).containsExactly("TH:Item", "TH:Paper", "TH:Page");
            assertThat(papers.cells()).contains(List.of("TD:7", "TD:Police and Crime Plan Commitment – Tackling Drugs", "TD:15"));
            // what looks like a heading is one for heading navigation too
            assertThat(headings(parts.get(0))).containsExactly(
                    "H1 West Midlands Police and Crime Panel", "H2 AGENDA", "H2 Papers in this pack");
            assertThat(headings(parts.get(3).children().get(0))).contains("H3 Drug-related Homicides");
            List<String> keyDecisions = headings(parts.get(5).children().get(1));
            assertThat(keyDecisions.get(0)).startsWith("H1 Police and Crime Commissioner Key Decisions");
            List<String> workProgramme = headings(parts.get(6).children().get(1));
            assertThat(workProgramme.get(0)).startsWith("H1 West Midlands Police and Crime Panel Work Programme");
            assertThat(workProgramme).contains("H2 Menu of Options for Future Consideration");
        }
    }

    /** Bulleted and lettered lines are lists: a screen reader announces each list and how many items it has. */
    @Test
    void bulletedAndLetteredLinesAreListItemsWithALabelAndABody() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            List<Element> parts = StructureTree.of(pdf.document()).get(0).children();
            Element minutes = parts.get(1).children().get(0);
            Element drugsReport = parts.get(3).children().get(0);
            for (Element paper : List.of(minutes, drugsReport)) {
                List<Element> lists = paper.flatten().stream().filter(e -> e.type().equals("L")).toList();
                assertThat(lists).isNotEmpty().allSatisfy(list -> assertThat(list.children()).isNotEmpty()
                        .allSatisfy(item -> {
                            assertThat(item.type()).isEqualTo("LI");
                            assertThat(item.children()).extracting(Element::type).containsExactly("Lbl", "LBody");
                        }));
            }
            List<Element> labels = drugsReport.flatten().stream().filter(e -> e.type().equals("Lbl")).toList();
            assertThat(labels).extracting(Element::text).contains("•");
            assertThat(minutes.flatten()).noneMatch(e -> e.type().equals("P") && e.text().equals("•"));
        }
    }

    /**
     * The text a screen reader or a reflowing viewer takes from the tags has a space where a line wraps (JasperReports
     * draws none there), none where a word breaks at its hyphen, and no empty paragraph where JasperReports anchors
     * each page. The content's own text is read, without the spaces a viewer would add between lines.
     */
    @Test
    void wrappedLinesAreSpacedAndThereAreNoEmptyParagraphs() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            List<String> frontSheet = MarkedContents.runs(pdf.document(), 1).stream().map(MarkedContents.Run::text).toList();
            assertThat(frontSheet).anySatisfy(t -> assertThat(t).contains(
                    "Borough Council and can be viewed from the YouTube site"));
            assertThat(frontSheet).anySatisfy(t -> assertThat(t).contains(
                    "webcast for live or subsequent broadcast and members of the press/public may record the meeting."));
            List<Element> parts = StructureTree.of(pdf.document()).get(0).children();
            Element minutes = parts.get(1).children().get(0);
            for (Element generated : List.of(parts.get(0), minutes, parts.get(3).children().get(0))) {
                assertThat(generated.flatten()).as("empty paragraphs")
                        .noneMatch(e -> e.type().equals("P") && e.text().isBlank() && e.children().isEmpty());
            }
            assertThat(StructureTree.all(pdf.document())).extracting(Element::written).doesNotContain("Anchor");
        }
    }

    /** A report table's caption ("Figure 1. …" under it) is its Table's Caption, not a paragraph after the table. */
    @Test
    void aTablesCaptionIsTheCaptionOfItsTable() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            Element drugsReport = StructureTree.of(pdf.document()).get(0).children().get(3).children().get(0);
            List<Element> tables = drugsReport.flatten().stream().filter(e -> e.type().equals("Table")).toList();
            Element divert = tables.stream().filter(t -> t.text().contains("DIVERT programme results")).findFirst()
                    .orElseThrow();
            Element caption = divert.children().get(divert.children().size() - 1);
            assertThat(caption.type()).isEqualTo("Caption");
            assertThat(caption.text()).isEqualTo("Figure 1. DIVERT programme results since 2020.");
            assertThat(divert.children().subList(0, divert.children().size() - 1)).extracting(Element::type)
                    .containsOnly("TR");
            assertThat(drugsReport.flatten()).as("captions outside their tables")
                    .noneMatch(e -> e.type().equals("P") && e.text().startsWith("Figure 1."));
        }
    }

    private static List<String> headings(Element element) {
        return element.flatten().stream().filter(e -> e.type().matches("H\\d")).map(e -> e.type() + " " + e.text())
                .toList();
    }

    /**
     * Table 1 of the Commissioner's update (ASB hotspot patrols), a Markdown table over two pages: one Table whose
     * header row is TH cells scoped to their column, then one row of TD cells per Markdown row, in order.
     */
    @Test
    void theUpdatesMarkdownTableIsATableWithHeaderCells() throws java.io.IOException {
        List<Block> blocks = MarkdownBlocks.read(java.nio.file.Files.readString(
                Path.of("examples/wm-pcp/papers/09b-pcc-update.md")));
        Block.Table patrols = blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .reduce((first, second) -> second).orElseThrow();
        List<List<String>> expected = new java.util.ArrayList<>();
        expected.add(patrols.header().stream().map(cell -> "TH:" + StyledText.plain(cell)).toList());
        patrols.rows().forEach(row -> expected.add(row.stream().map(cell -> "TD:" + StyledText.plain(cell)).toList()));
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            Element table = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table") && e.text().contains("All Local Policing Areas"))
                    .findFirst().orElseThrow();
            assertThat(table.pages()).hasSizeGreaterThan(1);
            assertThat(table.cells()).containsExactlyElementsOf(expected);
            assertThat(table.children().get(0).children())
                    .allSatisfy(th -> assertThat(th.attributes()).containsEntry("Scope", "Column"));
        }
    }

    /** A screen reader announces a link by its description: the front sheet's say what the reader sees. */
    @Test
    void theFrontSheetsContentsLinksAreDescribedByTheirTextNotTheirAddress() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            // page 2 lists the papers: each row links its title and its page number
            List<InternalLink> links = pdf.internalLinks(2);
            assertThat(links).hasSizeGreaterThanOrEqualTo(20);
            assertThat(links).contains(
                    new InternalLink("Police and Crime Plan Commitment – Tackling Drugs", 15),
                    new InternalLink("15", 15),
                    new InternalLink("Action Tracker – January 2024", 11));
            assertThat(links).allSatisfy(link -> assertThat(link.description()).doesNotStartWith("packpress:"));
        }
    }

    /**
     * A screen reader reads a link where its text is, not in a list at the document's end: each annotation sits
     * in the Link element that holds its text. A title that wraps onto a second line is one link (JasperReports
     * draws an annotation per line), described by the whole title; a web link by its words, not its address.
     */
    @Test
    void eachLinkIsInTheElementOfItsTextAndAWrappedTitleIsOneLink() throws java.io.IOException {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            var parentTree = pdf.document().getDocumentCatalog().getStructureTreeRoot().getParentTree();
            Map<String, Object> roles = pdf.document().getDocumentCatalog().getStructureTreeRoot().getRoleMap();
            Map<String, List<COSDictionary>> elements = new java.util.HashMap<>();
            for (int page = 0; page < 2; page++) {
                for (var annotation : pdf.document().getPage(page).getAnnotations()) {
                    var link = (COSDictionary) ((COSObjectable) parentTree.getValue(annotation.getStructParent())).getCOSObject();
                    var element = new PDStructureElement(link);
                    assertThat(element.getStructureType()).isEqualTo("Link");
                    // it holds the link's text, or follows it in the paragraph that holds it
                    var holder = element.getKids().stream().anyMatch(Integer.class::isInstance) ? element
                            : (PDStructureElement) element.getParent();
                    assertThat(roles.getOrDefault(holder.getStructureType(), holder.getStructureType()))
                            .as(annotation.getContents()).isIn("Link", "P");
                    elements.computeIfAbsent(annotation.getContents(), text -> new java.util.ArrayList<>()).add(link);
                }
            }
            List<COSDictionary> wrapped = elements.get(
                    "Appendix A: Police and Crime Commissioner Key Decisions – November 2023 to January 2024");
            assertThat(wrapped).hasSize(2);
            assertThat(wrapped.get(0)).isSameAs(wrapped.get(1));
            assertThat(elements.keySet()).contains("Model Councillor Code of Conduct.")
                    .noneMatch(description -> description.startsWith("https://www.local.gov.uk"));
        }
    }

    @Test
    void theInspectionReportsContentsLinksLandOnItsSectionsPages() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            OutlineEntry item8 = pdf.outline().stream().filter(e -> e.title().startsWith("Item 8")).findFirst().orElseThrow();
            OutlineEntry report = item8.children().stream()
                    .filter(e -> e.title().startsWith("Appendix")).findFirst().orElseThrow();
            // the report's contents page follows its cover
            int contents = report.page() + 1;
            List<InternalLink> links = pdf.internalLinks(contents);
            assertThat(links).hasSizeGreaterThanOrEqualTo(10);
            for (InternalLink link : links) {
                assertThat(link.target()).as(link.description()).isGreaterThan(contents);
                assertThat(pdf.pageText(link.target()).replaceAll("\\s+", " ")).as(link.description())
                        .contains(link.description());
            }
            // the report's own outline is kept under its paper's entry
            assertThat(report.children()).extracting(OutlineEntry::title).contains("Overall summary");
        }
    }
}
