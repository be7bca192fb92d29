package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.store.minutes.MinutesRepository;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.StructureTree.Element;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two special meetings every Police and Crime Panel holds under the Police Reform and Social Responsibility Act
 * 2011, tried on a made-up Panel of ten members ({@code fixtures/fm-pcp}; 8 December 2026): the review of the
 * Commissioner's proposed precept, which the Panel vetoes on a recorded vote of seven of its ten members, and a
 * confirmation hearing on a proposed Chief Constable, heard in public, considered in private, where a motion to veto
 * the appointment falls. Each vote is data ({@code vote:} in the minutes file): the import checks each voter and the
 * outcome against the majority (two-thirds of the Panel's members on the day), and the minutes print the count, the
 * majority needed and each member's vote: in a table, or from March 2025 (the Panel's dated style with
 * {@code minutes.recordedVote: names}) a line of names for each way of voting.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecialMeetingsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/fm-pcp");
    private static final LocalDate PRECEPT = LocalDate.of(2025, 2, 3);
    private static final LocalDate HEARING = LocalDate.of(2025, 3, 10);
    private static final String PRECEPT_MINUTES = "minutes/2025-02-03.yaml";

    @Autowired
    ImportService imports;
    @Autowired
    MinutesPublisher publisher;
    @Autowired
    AgendaPackBuilder packs;
    @Autowired
    MinutesRepository store;

    @TempDir
    static Path temp;

    Path out;

    @BeforeAll
    void importAndBuild() throws IOException {
        imports.importPaths(List.of(TestFolders.copy(FIXTURE, temp.resolve("in/fm-pcp"))));
        out = temp.resolve("out");
        for (LocalDate date : List.of(PRECEPT, HEARING)) {
            publisher.publishMinutes("fm-pcp", date, out, null);
            packs.build("fm-pcp", date, out, null, AgendaPackBuilder.Progress.NONE);
        }
        for (String file : files()) {
            TestFolders.keep(out.resolve("fm-pcp/" + file), Path.of("target/fm-pcp/" + file.substring(0, 10)));
        }
    }

    private static List<String> files() {
        return List.of("2025-02-03/minutes.pdf", "2025-02-03/agenda-pack.pdf", "2025-03-10/minutes.pdf",
                "2025-03-10/minutes-confidential.pdf", "2025-03-10/agenda-pack.pdf",
                "2025-03-10/agenda-pack-confidential.pdf");
    }

    private String text(String file) {
        return NorthshireStyleTest.oneLine(out.resolve("fm-pcp/" + file));
    }

    @Test
    void theVetoOfThePreceptIsMinutedWithItsCountTheTwoThirdsItNeededAndEachMembersVote() {
        assertThat(text("2025-02-03/minutes.pdf")).containsSubsequence("63 Proposed Police Precept 2025/26",
                "Cllr Dace moved, and Cllr East seconded",
                "On a recorded vote, the motion to veto the proposed precept was carried (7 for, 2 against,"
                        + " 0 abstaining).",
                "It needed the votes of two-thirds of the 10 members of the Panel (7).",
                // in the order of the attendance, the Chair first
                "Member Vote Cllr Gwen Hardy For Cllr Alan Brook Against Cllr Bethan Carr For Cllr Colin Dace For"
                        + " Cllr Deepa East For Cllr Eric Flint Against Cllr Imran Jacobs For Nora Mills For"
                        + " Owen Pratt JP For",
                "Recorded vote on the motion to veto the proposed precept", "RESOLVED:",
                "the Panel vetoes the proposed precept of £268.40", "64 Urgent business")
                .doesNotContain("Kate Lowe For", "Kate Lowe Against");
        // the sentences that introduce the table are kept on its page
        try (PdfInspection pdf = PdfInspection.open(out.resolve("fm-pcp/2025-02-03/minutes.pdf"))) {
            for (int page = 1; page <= pdf.pageCount(); page++) {
                String text = pdf.pageText(page).replaceAll("\\s+", " ");
                assertThat(text.contains("It needed the votes of two-thirds")).as("page " + page)
                        .isEqualTo(text.contains("Member Vote Cllr Gwen Hardy"));
            }
        }
    }

    /** The vote is one Table for a screen reader: a header row of TH cells, a row per member, its caption with it. */
    @Test
    void theVoteIsATableWithItsCaption() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("fm-pcp/2025-02-03/minutes.pdf"))) {
            Element table = StructureTree.all(pdf.document()).stream().filter(e -> e.type().equals("Table"))
                    .findFirst().orElseThrow();
            assertThat(table.cells()).hasSize(10).startsWith(List.of("TH:Member", "TH:Vote"),
                    List.of("TD:Cllr Gwen Hardy", "TD:For"), List.of("TD:Cllr Alan Brook", "TD:Against"))
                    .endsWith(List.of("TD:Owen Pratt JP", "TD:For"));
            assertThat(table.children().get(table.children().size() - 1)).extracting(Element::type, Element::text)
                    .containsExactly("Caption", "Recorded vote on the motion to veto the proposed precept");
        }
    }

    @Test
    void theHearingIsMinutedInPublicItsConsiderationInPrivateAndTheFailedVetoWithTheRecommendation() {
        assertThat(text("2025-03-10/minutes.pdf")).containsSubsequence(
                "MINUTES OF THE EXTRAORDINARY MEETING OF THE FENMOOR POLICE AND CRIME PANEL",
                "Martin Okafor QPM – Candidate for Chief Constable",
                // a tie on an amendment, decided by the Chair's casting vote
                "67 Minutes of the meeting held on 3 February 2025", "Cllr Brook moved that the minutes be amended",
                "On a recorded vote, the amendment was lost (5 for, 5 against, 0 abstaining).",
                "The votes being equal, the Chair gave a casting vote against the amendment.",
                "For (5): Cllr Alan Brook, Cllr Colin Dace, Cllr Eric Flint, Cllr Imran Jacobs and Cllr Kate Lowe",
                "Against (5): Cllr Gwen Hardy", "be confirmed as a correct record",
                "68 Confirmation hearing – proposed appointment of Chief Constable", "69 Exclusion of the press",
                "71 Readmission of the press and public", "72 The Panel's recommendation on the proposed appointment",
                "On a recorded vote, the motion to veto the proposed appointment was lost (3 for, 6 against,"
                        + " 1 abstaining).",
                "It needed the votes of two-thirds of the 10 members of the Panel (7).",
                // its style from March 2025 (minutes.recordedVote: names) lists the members by how they voted
                "For (3): Cllr Alan Brook, Cllr Eric Flint and Cllr Imran Jacobs",
                "Against (6): Cllr Gwen Hardy, Cllr Bethan Carr, Cllr Deepa East, Cllr Kate Lowe, Nora Mills and"
                        + " Owen Pratt JP",
                "Abstained (1): Cllr Colin Dace", "RESOLVED:",
                "the Panel recommends that Martin Okafor QPM be appointed Chief Constable")
                .doesNotContain("70 The Panel's consideration", "2023 inspection in full", "Member Vote");
        assertThat(text("2025-03-10/minutes-confidential.pdf")).containsSubsequence(
                "70 The Panel's consideration of the proposed appointment", "paragraph 1",
                "2023 inspection in full").doesNotContain("Recorded vote on");
    }

    /** The hearing's pack confirms the precept meeting's minutes, vote and all. */
    @Test
    void theHearingsPackHoldsThePreceptMinutesWithTheirVote() {
        assertThat(text("2025-03-10/agenda-pack.pdf")).containsSubsequence("Monday 10 March 2025",
                "4 CONFIRMATION HEARING – PROPOSED APPOINTMENT OF CHIEF CONSTABLE", "Martin Okafor QPM",
                "5 EXCLUSION OF THE PRESS AND PUBLIC", "6 THE PANEL'S CONSIDERATION OF THE PROPOSED APPOINTMENT",
                "Not for publication", "paragraph 1", "7 READMISSION OF THE PRESS AND PUBLIC",
                "8 THE PANEL'S RECOMMENDATION", "Papers in this pack",
                "MINUTES OF THE MEETING OF THE FENMOOR POLICE AND CRIME PANEL HELD ON 3 FEBRUARY 2025",
                "was carried (7 for, 2 against, 0 abstaining)", "Cllr Alan Brook Against",
                "Confirmation hearing – Chief Constable");
    }

    /**
     * A vote whose stated outcome the votes do not give, that counts a member who was absent or votes twice, or that
     * has a casting vote without a tie, is refused naming the file, the field and the line, and nothing is stored. Six
     * votes of nine present would be two-thirds of those present; the veto needs two-thirds of the ten members.
     */
    @Test
    void aVoteThatDoesNotAddUpIsRefusedNamingFileFieldAndLine() {
        String stored = store.minutesHash("fm-pcp", PRECEPT).orElseThrow();
        Path bad = TestFolders.copy(FIXTURE, temp.resolve("bad/fm-pcp"));
        TestFolders.edit(bad.resolve(PRECEPT_MINUTES), "colin-dace, deepa-east, imran-jacobs, nora-mills]",
                "colin-dace, deepa-east, kate-lowe]");
        TestFolders.edit(bad.resolve(PRECEPT_MINUTES), "against: [alan-brook, eric-flint]",
                "against: [alan-brook, eric-flint, nora-mills, owen-pratt]");
        TestFolders.edit(bad.resolve(PRECEPT_MINUTES), "      outcome: carried",
                "      castingVote: for\n      outcome: carried");
        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class,
                () -> imports.importPaths(List.of(bad)));
        assertThat(rejected).as("the import is rejected").isNotNull();
        assertThat(rejected.errors()).containsExactlyInAnyOrder(
                new InputError(PRECEPT_MINUTES, "items[3].vote.for[6]",
                        "'kate-lowe' is not among the members present, so cannot have voted", 51),
                new InputError(PRECEPT_MINUTES, "items[3].vote.against[4]",
                        "'owen-pratt' also voted as items[3].vote.for[2]", 52),
                new InputError(PRECEPT_MINUTES, "items[3].vote.castingVote", "a casting vote is given only when the"
                        + " votes of a simple majority are equal (6 for, 4 against)", 53),
                new InputError(PRECEPT_MINUTES, "items[3].vote.outcome", "carried does not follow from the votes:"
                        + " 6 for and 4 against; two-thirds of the 10 members of fm-pcp on 2025-02-03 is 7, so the"
                        + " motion was lost", 54));
        assertThat(store.minutesHash("fm-pcp", PRECEPT)).contains(stored);
    }

    /** A voter is a person id: one holding an invisible character is refused under the name the file gives. */
    @Test
    void aVotersIdWithAnInvisibleCharacterIsRefusedUnderTheFieldsOwnName() {
        Path bad = TestFolders.copy(FIXTURE, temp.resolve("invisible/fm-pcp"));
        TestFolders.edit(bad.resolve(PRECEPT_MINUTES), "for: [gwen-hardy,", "for: [\"gwen-hardy\\u200B\",");
        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class,
                () -> imports.importPaths(List.of(bad)));
        assertThat(rejected).as("the import is rejected").isNotNull();
        assertThat(rejected.errors()).extracting(InputError::withoutLine).contains(PRECEPT_MINUTES
                + ": items[3].vote.for[1]: contains an invisible or bidirectional control character (U+200B at"
                + " position 11); identifiers may not");
    }

    @Test
    void everyPdfPassesVeraPdf() {
        for (String file : files()) {
            assertThat(VeraPdf.failedRules(out.resolve("fm-pcp/" + file))).as(file).isEmpty();
        }
    }
}
