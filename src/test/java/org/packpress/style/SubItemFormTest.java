package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.store.BodyRepository;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Panels that number their sub-items otherwise, on copies of the test Panel: one writes them {@code 7.1} … {@code 7.10}
 * ({@code frontSheet.subItemNumber: "{n}.{i}"}, printed {@code {number}.}), one {@code 7(a)} from 1 March 2024 and
 * {@code 7a} before it. Their meeting files are written in their own form, and the front sheet, the list of papers and
 * the pack's outline print it, in numeric order (7.2 before 7.10), and a report citing "item 7.2" passes the
 * cross-reference check. A number written in another form (in a meeting file or a minute's {@code agendaItem}), and a
 * form that cannot be read back, are refused naming the file and the field.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubItemFormTest {

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder packs;
    @Autowired
    BodyRepository bodies;

    @TempDir
    static Path temp;

    Path dotted;
    Path bracketed;
    Path bracketedJanuary;

    @BeforeAll
    void importAndBuild() {
        Path out = temp.resolve("out");
        Path folder = panel("dotted-pcp", "frontSheet:\n      subItemNumber: \"{n}.{i}\"\n      itemLabel: \"{number}.\"");
        Path meeting = folder.resolve("meetings/2024-03-04.yaml");
        TestFolders.edit(meeting, "number: 7a", "number: \"7.1\"");
        TestFolders.edit(meeting, "number: 7b", "number: \"7.2.\"");
        TestFolders.edit(meeting, "  - number: \"8\"", subItems(3, 10) + "  - number: \"8\"");
        write(folder.resolve("papers/07-10-victims.md"), """
                ---
                title: Victims' services update
                date: 2024-03-04
                reportOf: Police and Crime Commissioner
                ---

                ## Purpose

                This report follows the road safety update (see item 7.2).
                """);
        imports.importPaths(List.of(folder));
        packs.build("dotted-pcp", LocalDate.of(2024, 3, 4), out, null, AgendaPackBuilder.Progress.NONE);
        dotted = out.resolve("dotted-pcp/2024-03-04/agenda-pack.pdf");

        folder = panel("bracket-pcp", "effectiveFrom: 2024-03-01\n    frontSheet:\n      subItemNumber: \"{n}({a})\"");
        meeting = folder.resolve("meetings/2024-03-04.yaml");
        Path january = folder.resolve("meetings/2024-01-15.yaml");
        copyFile(meeting, january);
        TestFolders.edit(january, "date: 2024-03-04", "date: 2024-01-15");
        TestFolders.edit(meeting, "number: 7a", "number: 7(a)");
        TestFolders.edit(meeting, "number: 7b", "number: 7(B)");
        imports.importPaths(List.of(folder));
        packs.build("bracket-pcp", LocalDate.of(2024, 3, 4), out, null, AgendaPackBuilder.Progress.NONE);
        packs.build("bracket-pcp", LocalDate.of(2024, 1, 15), out, null, AgendaPackBuilder.Progress.NONE);
        bracketed = out.resolve("bracket-pcp/2024-03-04/agenda-pack.pdf");
        bracketedJanuary = out.resolve("bracket-pcp/2024-01-15/agenda-pack.pdf");
    }

    /** Sub-items 7.{from} … 7.{to}, the last with a report that cites item 7.2. */
    private static String subItems(int from, int to) {
        StringBuilder items = new StringBuilder();
        for (int i = from; i < to; i++) {
            items.append("  - {number: \"7.").append(i).append("\", type: other, description: Part ").append(i)
                    .append(" of the update.}\n");
        }
        return items + "  - number: \"7." + to + "\"\n    type: report\n    title: VICTIMS' SERVICES\n    documents:\n"
                + "      - {title: Victims' services update, report: papers/07-10-victims.md}\n";
    }

    @Test
    void theFrontSheetAndTheListOfPapersPrintTheBodysFormInNumericOrder() {
        try (PdfInspection pdf = PdfInspection.open(dotted)) {
            String front = pdf.text(1, firstPaperPage(pdf) - 1);
            String agenda = front.substring(0, front.indexOf("Papers in this pack"));
            String papers = front.substring(front.indexOf("Papers in this pack"));
            assertThat(agenda).containsSubsequence("1.", "2.", "7.1.", "POLICE AND CRIME PLAN UPDATE", "7.2.", "7.3.",
                    "7.9.", "7.10.", "VICTIMS' SERVICES", "8.", "URGENT BUSINESS").doesNotContain("7a", "7j");
            assertThat(papers).containsSubsequence("7.1.", "Neighbourhood policing update", "7.2.",
                    "Road safety update", "7.10.", "Victims' services update").doesNotContain("7a", "7b", "7j");
        }
        assertThat(VeraPdf.failedRules(dotted)).isEmpty();
    }

    @Test
    void theOutlineNamesTheItemsInTheBodysForm() {
        try (PdfInspection pdf = PdfInspection.open(dotted)) {
            assertThat(pdf.outline()).extracting(OutlineEntry::title).filteredOn(t -> t.startsWith("Item"))
                    .containsExactly("Item 7.1: POLICE AND CRIME PLAN UPDATE", "Item 7.2: POLICE AND CRIME PLAN UPDATE",
                            "Item 7.10: VICTIMS' SERVICES");
        }
    }

    /** The style from 1 March 2024 writes 7(a); the January meeting, before it, is read and printed 7a. */
    @Test
    void aSecondFormAppliesFromItsDate() {
        try (PdfInspection pdf = PdfInspection.open(bracketed)) {
            String front = pdf.text(1, firstPaperPage(pdf) - 1);
            assertThat(front).containsSubsequence("7(a)", "7(b)", "8").doesNotContain("7a", "7b");
            assertThat(pdf.outline()).extracting(OutlineEntry::title).filteredOn(t -> t.startsWith("Item"))
                    .containsExactly("Item 7(a): POLICE AND CRIME PLAN UPDATE", "Item 7(b): POLICE AND CRIME PLAN UPDATE");
        }
        try (PdfInspection pdf = PdfInspection.open(bracketedJanuary)) {
            assertThat(pdf.text(1, firstPaperPage(pdf) - 1)).containsSubsequence("7a", "7b", "8")
                    .doesNotContain("7(a)");
        }
        assertThat(VeraPdf.failedRules(bracketed)).isEmpty();
    }

    @Test
    void aNumberWrittenInAnotherFormOrOutOfOrderIsRefused() {
        Path folder = panel("dotted-bad-pcp", "frontSheet:\n      subItemNumber: \"{n}.{i}\"");
        Path meeting = folder.resolve("meetings/2024-03-04.yaml");
        TestFolders.edit(meeting, "number: 7b", "number: \"7.10\"");
        TestFolders.edit(meeting, "  - number: \"8\"", "  - {number: \"7.9\", type: other, description: Later.}\n"
                + "  - number: \"8\"");

        InputRejectedException refused = catchThrowableOfType(InputRejectedException.class,
                () -> imports.importPaths(List.of(folder)));

        assertThat(refused).as("the import is rejected").isNotNull();
        assertThat(refused.errors()).contains(
                new InputError("meetings/2024-03-04.yaml", "agenda[3].number", "'7a' is not an item number such as 7"
                        + " or 7.1", 19),
                new InputError("meetings/2024-03-04.yaml", "agenda[5].number", "item 7.9 comes after item 7.10: items"
                        + " are listed in ascending order", 33));
        assertThat(bodies.find("dotted-bad-pcp")).isEmpty();
    }

    @Test
    void aFormThatCannotBeReadBackIsRefused() {
        Path folder = panel("run-on-pcp", "frontSheet:\n      subItemNumber: \"{n}{i}\"");

        InputRejectedException refused = catchThrowableOfType(InputRejectedException.class,
                () -> imports.importPaths(List.of(folder)));

        assertThat(refused).as("the import is rejected").isNotNull();
        assertThat(refused.errors()).contains(new InputError("body.yaml", "styles[1].frontSheet.subItemNumber",
                "'{n}{i}' runs the sub-item's number into the item's (41 would be item 4.1 or item 41): separate them,"
                        + " as in {n}.{i}", 27));
        assertThat(bodies.find("run-on-pcp")).isEmpty();
    }

    /** The Northshire Panel numbering its sub-items 3.1 and 5.1: its minutes name their agenda items so too. */
    @Test
    void minutesNameTheirAgendaItemsInTheBodysForm() {
        Path folder = TestFolders.copy(Path.of("examples/ns-pcp"), temp.resolve("in/ns-dotted-pcp"));
        Path body = folder.resolve("body.yaml");
        TestFolders.edit(body, "id: ns-pcp", "id: ns-dotted-pcp");
        TestFolders.edit(body, "      itemLabel: \"{number}.\"\n", "      itemLabel: \"{number}.\"\n"
                + "      subItemNumber: \"{n}.{i}\"\n");
        TestFolders.edit(folder.resolve("meetings/2024-07-22.yaml"), "{number: \"4\", type: other",
                "{number: \"3.1\", type: other");
        TestFolders.edit(folder.resolve("meetings/2024-10-07.yaml"), "number: 5a", "number: \"5.1\"");
        TestFolders.edit(folder.resolve("meetings/2024-10-07.yaml"), "number: 5b", "number: \"5.2\"");
        Path minutes = folder.resolve("minutes/2024-07-22.yaml");
        TestFolders.edit(minutes, "agendaItem: \"4\"", "agendaItem: 3a");

        InputRejectedException refused = catchThrowableOfType(InputRejectedException.class,
                () -> imports.importPaths(List.of(folder)));

        assertThat(refused).as("the import is rejected").isNotNull();
        assertThat(refused.errors()).containsExactly(new InputError("minutes/2024-07-22.yaml", "items[4].agendaItem",
                "'3a' is not an item number such as 7 or 7.1", 70));

        TestFolders.edit(minutes, "agendaItem: 3a", "agendaItem: \"3.1\"");
        assertThat(imports.importPaths(List.of(folder)))
                .contains("minutes/2024-07-22.yaml: minutes of 2024-07-22 stored (41 to 44)");
    }

    /** A copy of the test Panel as another body, with one house style. */
    private static Path panel(String id, String style) {
        Path folder = TestFolders.copy(Path.of("src/test/resources/fixtures/test-panel"), temp.resolve("in/" + id));
        // without the test Panel's untagged slides, so that its packs are accessible and veraPDF can pass them
        TestFolders.edit(folder.resolve("meetings/2024-03-04.yaml"), "        appendices:\n          - label: A\n"
                + "            title: Road safety slides\n            file: papers/07b-slides.pdf\n", "");
        Path body = folder.resolve("body.yaml");
        TestFolders.edit(body, "id: test-panel", "id: " + id);
        try {
            Files.writeString(body, Files.readString(body) + "\nstyles:\n  - " + style + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** The page the first paper starts on: the front sheet's pages are those before it. */
    private static int firstPaperPage(PdfInspection pdf) {
        return pdf.outline().stream().filter(e -> e.title().startsWith("Item")).findFirst().orElseThrow().page();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
