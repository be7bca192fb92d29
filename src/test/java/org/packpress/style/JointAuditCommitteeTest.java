package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.checks.ChecksEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packpress.documents.GeneratedPapers;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.minutes.MinutesPaperProvider;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.ingest.ImportService;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.Audience;
import org.packpress.model.Body;
import org.packpress.model.Finding;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.Meeting;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A made-up Joint Audit Committee of a Police and Crime Commissioner and a Chief Constable
 * ({@code fixtures/sm-jac}), a kind of body PackPress had not seen (7 December 2026): independent members only,
 * the officers of both corporations sole and the auditors in attendance, minutes numbered {@code JAC 24/13} from
 * April, the auditors' reports, its forward work plan, exempt items after the exclusion, and the members' private
 * meeting with the auditors ({@code type: private-session}). Its style words the independent members'
 * description empty ({@code minutes-independent-member}, {@code agenda-membership-independent}), so that they are
 * named alone, and opens every report with its agenda item ({@code defaultReportProfile}'s
 * {@code headerBlock: [item, title, …]}, which no originator's profile overrides).
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JointAuditCommitteeTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 24);
    private static final LocalDate DECEMBER = LocalDate.of(2024, 12, 10);

    @Autowired
    ImportService imports;
    @Autowired
    MinutesPublisher publisher;
    @Autowired
    AgendaPackBuilder packs;
    @Autowired
    ChecksEngine checks;
    @Autowired
    GeneratedPapers generated;
    @Autowired
    BodyRepository bodies;
    @Autowired
    MeetingRepository meetings;

    @TempDir
    static Path temp;

    Path out;

    @BeforeAll
    void importAndBuild() throws IOException {
        Path folder = TestFolders.copy(Path.of("src/test/resources/fixtures/sm-jac"), temp.resolve("in/sm-jac"));
        imports.importPaths(List.of(folder));
        out = temp.resolve("out");
        publisher.publishMinutes("sm-jac", SEPTEMBER, out, null);
        packs.build("sm-jac", DECEMBER, out, null, AgendaPackBuilder.Progress.NONE);
        publisher.publishTracker("sm-jac", DECEMBER, out, null);
        for (String file : List.of("2024-09-24/minutes.pdf", "2024-09-24/minutes-confidential.pdf",
                "2024-12-10/agenda-pack.pdf", "2024-12-10/action-tracker.pdf")) {
            TestFolders.keep(out.resolve("sm-jac/" + file), Path.of("target/sm-jac/" + file.substring(0, 10)));
        }
    }

    static String oneLine(Path pdf) {
        return NorthshireStyleTest.oneLine(pdf);
    }

    @Test
    void theFrontSheetListsTheMembersAloneAndTheBusinessInOrderWithThePrivateItemsLast() {
        String pack = oneLine(out.resolve("sm-jac/2024-12-10/agenda-pack.pdf"));
        assertThat(pack).containsSubsequence("Southmoor Joint Audit Committee", "Tuesday 10 December 2024",
                // given names as initials, run on (frontSheet.membership.names: initials, layout: run-on)
                "Membership", "Mrs R Marsden FCA (Chair), Mr K Asante (Vice Chair), Mr P Hollis, Ms J Lyle CPFA,"
                        + " Dr S Rhodes AGENDA",
                "1 Apologies for absence", "2 Declarations of interest", "3 Minutes of the previous meeting",
                "4 Matters arising and action log", "5 Internal Audit Progress Report", "6 External Audit Plan 2024/25",
                "7 Joint Strategic Risk Register", "8 Treasury Management Mid-Year Report 2024/25",
                "9 Committee forward work plan", "10 Exclusion of the press and public",
                "11 Counter Fraud and Corruption Investigations Update", "Not for publication", "paragraph 7",
                "12 Private meeting of members with the internal and external auditors", "Papers in this pack");
        try (PdfInspection pdf = PdfInspection.open(out.resolve("sm-jac/2024-12-10/agenda-pack.pdf"))) {
            assertThat(pdf.pageText(1)).contains("Mr P Hollis").doesNotContain("Independent Member", "Peter");
            List<StructureTree.Element> sheet = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.children().stream().anyMatch(c -> c.type().equals("H2")
                            && c.text().equals("Membership"))).findFirst().orElseThrow().children();
            StructureTree.Element members = sheet.get(sheet.indexOf(sheet.stream()
                    .filter(c -> c.text().equals("Membership")).findFirst().orElseThrow()) + 1);
            assertThat(members.type()).as("the members run on: one paragraph, not a list").isEqualTo("P");
            assertThat(members.text()).isEqualTo("Mrs R Marsden FCA (Chair), Mr K Asante (Vice Chair), Mr P Hollis,"
                    + " Ms J Lyle CPFA, Dr S Rhodes");
        }
    }

    /**
     * The members' private meeting with the auditors ({@code type: private-session}) is printed in its place with the
     * statement of the text block {@code private-session-notice}, not the exempt notice: it takes no exempt
     * information, needs no motion of its own, and the public are not readmitted before it.
     */
    @Test
    void thePrivateMeetingWithTheAuditorsIsListedAsAPrivateSessionNotAsExemptBusiness() {
        String pack = oneLine(out.resolve("sm-jac/2024-12-10/agenda-pack.pdf"));
        String session = "12 Private meeting of members with the internal and external auditors Members meet in"
                + " private, without officers present. The session is not minuted and has no papers.";
        assertThat(pack).containsSubsequence("11 Counter Fraud and Corruption Investigations Update",
                "Not for publication: this item contains exempt information under paragraph 7", session);
        assertThat(pack.substring(pack.indexOf("11 Counter Fraud"), pack.indexOf(session)))
                .doesNotContain("READMISSION", "paragraph 3");
        int sessionAt = pack.indexOf(session);
        assertThat(pack.substring(sessionAt, pack.indexOf("Papers in this pack", sessionAt)))
                .doesNotContain("exempt information");
    }

    @Test
    void thePackHoldsTheMinutesTheActionLogAndTheReportsInAgendaOrder() {
        String pack = oneLine(out.resolve("sm-jac/2024-12-10/agenda-pack.pdf"));
        assertThat(pack).containsSubsequence("Papers in this pack",
                "MINUTES OF THE MEETING OF THE SOUTHMOOR JOINT AUDIT COMMITTEE HELD ON 24 SEPTEMBER 2024",
                "Southmoor Joint Audit Committee – Action Log – December 2024",
                "Internal Audit Progress Report – December 2024", "Table 1. Audits of the 2024/25 plan",
                "Treasury Management Mid-Year Report 2024/25", "Finance Implications",
                "Southmoor Joint Audit Committee Work Programme 2024/25 – December 2024")
                // the public pack prints the public minutes only
                .doesNotContain("fuel cards");
    }

    @Test
    void eachReportOpensWithItsAgendaItemAboveItsTitle() {
        String pack = oneLine(out.resolve("sm-jac/2024-12-10/agenda-pack.pdf"));
        assertThat(pack).containsSubsequence(
                "Agenda item 5 Internal Audit Progress Report – December 2024 Report to: Southmoor Joint Audit Committee"
                        + " Date: 10 December 2024 Report of: Head of Internal Audit, Moorgate Audit Partnership",
                "Agenda item 8 Treasury Management Mid-Year Report 2024/25 Report to: Southmoor Joint Audit Committee");
    }

    /**
     * The members present run on in one paragraph, their given names as initials (house style {@code minutes.names:
     * initials}, {@code minutes.membersPresent: run-on}); those in attendance keep their names in full.
     */
    @Test
    void theMinutesNameTheIndependentMembersAloneThenThoseInAttendance() {
        String minutes = oneLine(out.resolve("sm-jac/2024-09-24/minutes.pdf"));
        assertThat(minutes).containsSubsequence("PRESENT: Independent Members Mrs R Marsden FCA (Chair),"
                        + " Mr K Asante (Vice Chair), Mr P Hollis, Ms J Lyle CPFA IN ATTENDANCE:"
                        // grouped under their organisations (minutes.alsoPresent: by-organisation)
                        + " Office of the Police and Crime Commissioner Martin Cole – Chief Executive and Monitoring"
                        + " Officer Helen Webb – Chief Finance Officer Amy Turner – Governance Officer Southmoor Police"
                        + " DCC Neil Barton – Deputy Chief Constable Lucy Grant – Director of Finance Moorgate Audit"
                        + " Partnership Simon Wade – Head of Internal Audit Hartley Clarke LLP Priya Nair – Key Audit"
                        + " Partner JAC 24/13",
                "Apologies for absence Apologies for non-attendance were received from Dr S Rhodes.",
                "Dawn Ferris, Police and Crime Commissioner",
                "JAC 24/14 Declarations of interest Ms Lyle declared an interest as a member of the audit committee",
                "JAC 24/15", "JAC 24/16 Internal Audit Progress Report", "JAC 24/17", "JAC 24/18 Exclusion of the press",
                "The meeting ended at 12:05 hours.").doesNotContain("()", "( ", "fuel cards", "JAC 24/19");
        assertThat(oneLine(out.resolve("sm-jac/2024-09-24/minutes-confidential.pdf")))
                .contains("JAC 24/19 Counter Fraud Investigations Update", "fuel cards");
    }

    /** The run-on members present are one paragraph, read as one, and not a list. */
    @Test
    void theMembersPresentAreOneParagraph() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("sm-jac/2024-09-24/minutes.pdf"))) {
            List<StructureTree.Element> all = StructureTree.all(pdf.document());
            assertThat(all).filteredOn(e -> e.text().contains("Marsden")).extracting(StructureTree.Element::type)
                    .doesNotContain("L", "LI", "LBody").contains("P");
            assertThat(all).filteredOn(e -> e.type().equals("P")).extracting(StructureTree.Element::text)
                    .contains("Mrs R Marsden FCA (Chair), Mr K Asante (Vice Chair), Mr P Hollis, Ms J Lyle CPFA");
        }
    }

    /** Its minute numbers hold a space ("JAC 24/16"), and the action log's references are read back from them. */
    @Test
    void theActionLogsReferencesNameMinutesNumberedWithASpace() {
        assertThat(checks.checkBody("sm-jac")).extracting(Finding::rule).noneMatch(rule -> rule.startsWith("tracker."));
    }

    @Test
    void theActionLogListsTheOpenActionThenTheClosedOne() {
        String tracker = oneLine(out.resolve("sm-jac/2024-12-10/action-tracker.pdf"));
        assertThat(tracker).containsSubsequence("Southmoor Joint Audit Committee – Action Log – December 2024",
                "1. Open actions", "JAC 24/16 ii", "Seized Property", "Programmed for 10 December 2024",
                "2. Closed actions", "JAC 24/17 iii", "Circulated to members by email");
    }

    /**
     * The committee's papers carry its security marking (house style {@code securityMarking}) at the top and the foot
     * of every page, as pagination artifacts (veraPDF, below, finds no untagged content); its confidential minutes
     * their own ({@code confidentialSecurityMarking}).
     */
    @Test
    void everyPageIsMarkedOfficialAtItsTopAndFoot() {
        for (String file : List.of("2024-09-24/minutes.pdf", "2024-12-10/agenda-pack.pdf",
                "2024-12-10/action-tracker.pdf")) {
            assertMarked(file, "OFFICIAL");
        }
        assertMarked("2024-09-24/minutes-confidential.pdf", "OFFICIAL – SENSITIVE");
    }

    /**
     * Every paper PackPress generates for an agenda item (minutes, the action log, key decisions, the forward work plan)
     * carries the confidential marking when its item is exempt, and the plain marking when it is not.
     */
    @ParameterizedTest
    @EnumSource(GeneratedPaperKind.class)
    void aGeneratedPaperOfAnExemptItemCarriesTheConfidentialMarking(GeneratedPaperKind kind) {
        Body body = bodies.get("sm-jac");
        Meeting meeting = meetings.get("sm-jac", DECEMBER);
        AgendaDocument.GeneratedSource source = new AgendaDocument.GeneratedSource(kind,
                Map.of(MinutesPaperProvider.MEETING_OPTION, SEPTEMBER.toString()));
        Path exempt = temp.resolve("exempt-" + kind.id() + ".pdf");
        Path open = temp.resolve("public-" + kind.id() + ".pdf");
        generated.of(kind).render(body, meeting, item(meeting, "11"), source, Audience.CONFIDENTIAL, null, exempt);
        generated.of(kind).render(body, meeting, item(meeting, "9"), source, Audience.PUBLIC, null, open);

        assertMarked(exempt, "OFFICIAL – SENSITIVE");
        assertMarked(open, "OFFICIAL");
    }

    /** Whatever the minutes hold: the public minutes alone, as an exempt item's paper, are marked as confidential. */
    @Test
    void minutesWithoutExemptBusinessAsAnExemptItemsPaperCarryTheConfidentialMarking() {
        Meeting meeting = meetings.get("sm-jac", DECEMBER);
        Path minutes = temp.resolve("exempt-public-minutes.pdf");
        generated.of(GeneratedPaperKind.MINUTES).render(bodies.get("sm-jac"), meeting, item(meeting, "11"),
                new AgendaDocument.GeneratedSource(GeneratedPaperKind.MINUTES,
                        Map.of(MinutesPaperProvider.MEETING_OPTION, SEPTEMBER.toString())), Audience.PUBLIC, null,
                minutes);

        assertThat(oneLine(minutes)).doesNotContain("fuel cards");
        assertMarked(minutes, "OFFICIAL – SENSITIVE");
    }

    private static AgendaItem item(Meeting meeting, String number) {
        return meeting.agenda().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
    }

    private void assertMarked(String file, String marking) {
        assertMarked(out.resolve("sm-jac/" + file), marking);
    }

    private static void assertMarked(Path file, String marking) {
        try (PdfInspection pdf = PdfInspection.open(file)) {
            for (int page = 1; page <= pdf.pageCount(); page++) {
                String[] lines = pdf.pageText(page).strip().split("\\R");
                assertThat(lines[0].strip()).as(file + " page " + page + " top").isEqualTo(marking);
                assertThat(pdf.pageText(page).split(marking, -1)).as(file + " page " + page).hasSize(3);
            }
        }
    }

    @Test
    void everyPdfPassesVeraPdf() {
        for (String file : List.of("2024-09-24/minutes.pdf", "2024-09-24/minutes-confidential.pdf",
                "2024-12-10/agenda-pack.pdf", "2024-12-10/action-tracker.pdf")) {
            assertThat(VeraPdf.failedRules(out.resolve("sm-jac/" + file))).as(file).isEmpty();
        }
    }
}
