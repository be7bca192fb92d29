package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PageBreaks;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front sheet's list of members (house style {@code frontSheet.membership}), on copies of the Northshire Panel
 * and its pack of 7 October 2024: the members on that date, in the style's order and wording, tagged as a list
 * under its heading; a substitute of the meeting's day among them, or not when the style lists the appointed members
 * only; none when the style does not print it.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipListTest {

    static final LocalDate OCTOBER = LocalDate.of(2024, 10, 7);
    static final String PRINT = "      untimed: \"–\"\n      membership:\n        print: true\n";

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder packs;

    @TempDir
    static Path temp;

    @BeforeAll
    void importAndBuild() {
        Path on = copy("ml-pcp");
        TestFolders.edit(on.resolve("body.yaml"), "      untimed: \"–\"\n", PRINT);
        // a member who left before the meeting, one whose term ends after it, one who joins after it, an
        // independent member whose name comes first, and a substitute of the meeting's day
        TestFolders.edit(on.resolve("body.yaml"), "people:\n", "people:\n" + SUBSTITUTE_PERSON
                + "  - {id: bella-abbott, givenName: Bella, familyName: Abbott}\n"
                + "  - {id: nora-quill, prefix: Cllr, givenName: Nora, familyName: Quill}\n"
                + "  - {id: amy-aldous, prefix: Cllr, givenName: Amy, familyName: Aldous}\n"
                + "  - {id: ivan-york, prefix: Cllr, givenName: Ivan, familyName: York}\n");
        TestFolders.edit(on.resolve("body.yaml"), "memberships:\n", "memberships:\n"
                + "  - {person: nora-quill, authority: Southby Town Council, from: 2023-05-20, to: 2024-09-30}\n"
                + "  - {person: bella-abbott, type: independent, from: 2024-05-20}\n"
                + "  - {person: amy-aldous, authority: Southby Town Council, from: 2024-10-01, to: 2025-05-19}\n"
                + "  - {person: ivan-york, authority: Southby Town Council, from: 2024-10-08}\n" + SUBSTITUTE);

        Path listed = copy("ma-pcp");
        TestFolders.edit(listed.resolve("body.yaml"), "      untimed: \"–\"\n", PRINT
                + "        order: as-listed\n        memberLine: \"{name} – {authority}[ ({role})]\"\n"
                + "        substitutes: omitted\n");
        // listed first, though neither her role nor her name would put her there
        TestFolders.edit(listed.resolve("body.yaml"), "people:\n", "people:\n" + SUBSTITUTE_PERSON
                + "  - {id: zoe-young, prefix: Cllr, givenName: Zoe, familyName: Young}\n");
        // the substitute of the meeting's day is listed first, but the style lists the appointed members only
        TestFolders.edit(listed.resolve("body.yaml"), "memberships:\n", "memberships:\n" + SUBSTITUTE
                + "  - {person: zoe-young, authority: Southby Town Council, from: 2024-05-20}\n");
        TestFolders.edit(listed.resolve("body.yaml"), "    textBlocks:\n", "    textBlocks:\n"
                + "      agenda-membership-heading: Members of the Panel\n"
                + "      agenda-membership-independent: Co-opted Independent Member\n");

        Path many = copy("mx-pcp");
        TestFolders.edit(many.resolve("body.yaml"), "      untimed: \"–\"\n", PRINT);
        TestFolders.edit(many.resolve("body.yaml"), "people:\n", "people:\n" + IntStream.range(0, MANY)
                .mapToObj(i -> "  - {id: extra-" + i + ", prefix: Cllr, givenName: Extra, familyName: Zed" + i + "}\n")
                .collect(Collectors.joining()));
        TestFolders.edit(many.resolve("body.yaml"), "memberships:\n", "memberships:\n" + IntStream.range(0, MANY)
                .mapToObj(i -> "  - {person: extra-" + i + ", authority: Far Away Council, from: 2024-05-20}\n")
                .collect(Collectors.joining()));

        Path off = copy("mo-pcp");
        imports.importPaths(List.of(on, listed, many, off));
        for (String body : List.of("ml-pcp", "ma-pcp", "mx-pcp", "mo-pcp")) {
            packs.build(body, OCTOBER, temp.resolve("out"), null, AgendaPackBuilder.Progress.NONE);
        }
    }

    static final String SUBSTITUTE_PERSON = "  - {id: sam-sub, prefix: Cllr, givenName: Sam, familyName: Sub}\n";
    static final String SUBSTITUTE = "  - {person: sam-sub, type: substitute, authority: Westford Borough Council,"
            + " role: Substitute for Cllr Ellis, from: 2024-10-07, to: 2024-10-07}\n";

    /**
     * So many members that the list ends near the foot of the first page, where the agenda's heading and header row
     * still fit but its first row does not (found by trying: with two fewer the first row fits too).
     */
    static final int MANY = 24;

    private static Path copy(String id) {
        Path folder = TestFolders.copy(Path.of("examples/ns-pcp"), temp.resolve("in/" + id));
        TestFolders.edit(folder.resolve("body.yaml"), "id: ns-pcp", "id: " + id);
        return folder;
    }

    private static Path pack(String body) {
        return temp.resolve("out/" + body + "/2024-10-07/agenda-pack.pdf");
    }

    private static String frontSheet(String body) {
        try (PdfInspection pdf = PdfInspection.open(pack(body))) {
            return pdf.pageText(1).replaceAll("\\s+", " ");
        }
    }

    /** By default ({@code substitutes: listed}, as before the choice) a substitute is listed among the councillors. */
    @Test
    void theMembersOnTheMeetingsDateFollowTheContactLineLeadingRolesFirstThenCouncillorsThenIndependentMembers() {
        assertThat(frontSheet("ml-pcp")).containsSubsequence("Contact Officer: Rachel Moss", "Membership",
                "Cllr Owen Driscoll (Chairman), Westford Borough Council",
                "Margaret Hale MBE (Vice-Chairman), Independent Member",
                "Cllr Amy Aldous, Southby Town Council",
                "Cllr Helen Ashdown, Northshire County Council",
                "Cllr Tom Birch, Eastmere District Council",
                "Cllr Priya Chandra, Northshire County Council",
                "Cllr Fatima Ellis, Westford Borough Council",
                "Cllr George Fenwick, Eastmere District Council",
                "Cllr Sam Sub (Substitute for Cllr Ellis), Westford Borough Council",
                "Bella Abbott, Independent Member",
                "David Iqbal, Independent Member",
                "AGENDA");
    }

    @Test
    void membersWhoLeftBeforeTheMeetingOrJoinAfterItAreNotListed() {
        assertThat(frontSheet("ml-pcp")).doesNotContain("Nora Quill", "Ivan York");
    }

    @Test
    void theListIsAHeadingAndAListOfAnItemPerMemberAndThePackStaysAccessible() {
        try (PdfInspection pdf = PdfInspection.open(pack("ml-pcp"))) {
            StructureTree.Element sheet = StructureTree.all(pdf.document()).stream().filter(e -> e.children().stream()
                    .anyMatch(MembershipListTest::isHeading)).findFirst().orElseThrow();
            int heading = sheet.children().indexOf(sheet.children().stream().filter(MembershipListTest::isHeading)
                    .findFirst().orElseThrow());
            StructureTree.Element list = sheet.children().get(heading + 1);
            assertThat(list.type()).isEqualTo("L");
            assertThat(list.children()).hasSize(11).allSatisfy(item -> {
                assertThat(item.type()).isEqualTo("LI");
                assertThat(item.children()).extracting(StructureTree.Element::type).containsExactly("LBody");
            });
            assertThat(list.children().get(0).text()).isEqualTo("Cllr Owen Driscoll (Chairman), Westford Borough Council");
            assertThat(pdf.outline()).extracting(PdfInspection.OutlineEntry::title).startsWith("Membership", "AGENDA");
        }
        assertThat(VeraPdf.failedRules(pack("ml-pcp"))).isEmpty();
        assertThat(PageBreaks.problems(pack("ml-pcp"))).isEmpty();
    }

    private static boolean isHeading(StructureTree.Element element) {
        return element.type().equals("H2") && element.text().equals("Membership");
    }

    @Test
    void theStyleMayListMembersAsStoredInItsOwnWordsUnderItsOwnHeadingWithoutTheSubstitutes() {
        assertThat(frontSheet("ma-pcp")).doesNotContain("Sam Sub", "Substitute").containsSubsequence("Members of the Panel",
                "Cllr Zoe Young – Southby Town Council",
                "Cllr Owen Driscoll – Westford Borough Council (Chairman)",
                "Margaret Hale MBE – Co-opted Independent Member (Vice-Chairman)",
                "Cllr Helen Ashdown – Northshire County Council",
                "Cllr Tom Birch – Eastmere District Council",
                "Cllr Priya Chandra – Northshire County Council",
                "Cllr Fatima Ellis – Westford Borough Council",
                "Cllr George Fenwick – Eastmere District Council",
                "David Iqbal – Co-opted Independent Member",
                "AGENDA");
    }

    @Test
    void aListThatLeavesNoRoomForTheAgendasFirstRowMovesTheAgendaToTheNextPage() {
        try (PdfInspection pdf = PdfInspection.open(pack("mx-pcp"))) {
            assertThat(pdf.pageText(1)).contains("David Iqbal, Independent Member").doesNotContain("AGENDA");
            assertThat(pdf.pageText(2).replaceAll("\\s+", " ")).startsWith("AGENDA Supporting").contains("1. APOLOGIES");
        }
        assertThat(PageBreaks.problems(pack("mx-pcp"))).isEmpty();
        assertThat(VeraPdf.failedRules(pack("mx-pcp"))).isEmpty();
    }

    @Test
    void withoutTheSettingTheFrontSheetListsNoMembers() {
        assertThat(frontSheet("mo-pcp")).contains("Contact Officer: Rachel Moss", "AGENDA")
                .doesNotContain("Membership", "Owen Driscoll", "Margaret Hale", "Westford Borough Council",
                        "Independent Member");
    }
}
