package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.packpress.ingest.ImportService;
import org.packpress.model.Finding;
import org.packpress.model.Finding.Severity;
import org.packpress.testing.PackPressTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Errors that real published packs carry (the seed analyses 000, 002 and 003-004), reproduced in a
 * made-up Panel's data ({@code fixtures/checks-seed-panel}); the checks find each one, naming the
 * document, the place in it and the field.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedErrorsTest {

    static final LocalDate PACK = LocalDate.of(2024, 1, 15);

    @Autowired
    ImportService imports;
    @Autowired
    ChecksEngine checks;

    List<Finding> pack;
    List<Finding> body;

    @BeforeAll
    void importSeedPanel() {
        imports.importPaths(List.of(Path.of("src/test/resources/fixtures/checks-seed-panel")));
        pack = checks.checkMeeting("seed-pcp", PACK);
        body = checks.checkBody("seed-pcp");
    }

    private static Finding finding(String rule, Severity severity, String document, String location, String field,
            String message) {
        return new Finding(rule, severity, document, location, field, message, null);
    }

    private List<Finding> withoutExplanations(List<Finding> findings) {
        return findings.stream().map(f -> new Finding(f.rule(), f.severity(), f.document(), f.location(), f.field(),
                f.message(), null)).toList();
    }

    @Test
    void theMeetingsPackCarriesTheSeedErrorsEachNamedPrecisely() {
        String drugs = "item 7 paper 'Drugs' (15 January 2024)";
        String victims = "item 8 paper 'Victim Services' (15 January 2024)";
        String custody = "item 8 paper 'Custody visits' (15 January 2024)";
        assertThat(withoutExplanations(pack)).containsExactlyInAnyOrder(
                // 000: an agenda title that differs from the title of its report (promoted to an error by checks.yaml)
                finding("agenda.report-title", Severity.ERROR, "agenda of 15 January 2024", "item 7", "title",
                        "'POLICE AND CRIME PLAN COMMITMENT - TACKLING DRUGS' is not the title of its report ('Drugs',"
                                + " headed 'Report to the Seedshire Police and Crime Panel – Drugs') and is not declared an"
                                + " alias of it"),
                // 000: a minutes item confirming minutes that do not exist
                finding("minutes.confirms-held-meeting", Severity.ERROR, "minutes of 18 December 2023", "minute 762",
                        "confirms", "confirms the minutes of 14 November 2023, but the store holds no meeting of"
                                + " 14 November 2023 and no minutes of it"),
                // 000: the same officer with two job titles in one pack
                finding("people.job-title", Severity.WARNING, victims, "front matter", "author",
                        "Robin Ledger is called 'Scrutiny Officer' here, but 'Overview & Scrutiny Manager' in the body's data,"
                                + " and checks.yaml declares no such title for 15 January 2024"),
                // an agenda description said to come from the work programme, reworded on the way
                finding("agenda.work-programme", Severity.WARNING, "agenda of 15 January 2024", "item 7", "description",
                        "the description differs from the aims of its work-programme row 'Tackling Drugs' (15 January"
                                + " 2024): 'Examine the Commissioner's plan to cut drug-related deaths.' against 'Examine"
                                + " the Commissioner's plan to reduce drug-related harm.'"),
                // 000: references to an item and an appendix that are not in the pack, appendices cited out of order
                finding("report.cross-reference", Severity.ERROR, drugs, "line 4 of the text", "text",
                        "'Appendix 2' is not an appendix of item 7 (it has A)"),
                finding("report.cross-reference", Severity.ERROR, drugs, "line 8 of the text", "text",
                        "'Item 7b' is not an item of the agenda of this meeting"),
                finding("report.cross-reference", Severity.ERROR, victims, "line 3 of the text", "text",
                        "the appendices are cited in the order B, A but printed in the order A, B"),
                // 002 DQ16: a total that is not the sum of its rows
                finding("report.table-total", Severity.ERROR, "item 7 paper 'Drug services spending' (15 January 2024)",
                        "table 1, row 'TOTAL'", "£", "shows 3,452,985.64, but the rows above add up to 3452985"),
                // 002 DQ5: percentages truncated instead of rounded
                finding("report.percentage", Severity.WARNING, custody, "table 1, row '2021/22'",
                        "% of detainees who accepted a visit", "shows 47, but 1,436 of 3,000 is 48"),
                finding("report.percentage", Severity.WARNING, custody, "table 1, row '2022/23'",
                        "% of detainees who accepted a visit", "shows 51, but 519 of 1,000 is 52"),
                // 003-004: a date whose weekday is wrong
                finding("text.weekday", Severity.ERROR, "minutes of 18 December 2023", "minute 765", "text",
                        "'Tuesday 15 January 2024': 15 January 2024 is a Monday"),
                // 000: tracker references written inconsistently ("774ii.")
                finding("tracker.reference-form", Severity.ERROR, "action tracker", "action 751iii", "ref",
                        "'751iii' is not a minute number and clause such as '774 ii'"),
                // 000: a tracker row whose minute cannot belong to the meeting date given
                finding("tracker.minute-meeting", Severity.ERROR, "action tracker", "action 758 ii", "meeting",
                        "action 758 ii is dated to the meeting of 9 January 2023, but minute 758 is in the minutes of"
                                + " 13 November 2023"),
                // 000: "Item included on 15 January 2025 agenda" (2024 meant)
                finding("tracker.scheduled-meeting", Severity.ERROR, "action tracker", "action 764 ii", "programmedFor",
                        "action 764 ii is scheduled for 15 January 2025, which is neither a meeting of Seedshire Police"
                                + " and Crime Panel in the store nor a meeting date of its work programme"),
                // the same, through the meeting field of the action's status (the house style's vocabulary)
                finding("tracker.scheduled-meeting", Severity.ERROR, "action tracker", "action 764 i",
                        "updates[1].meeting", "action 764 i is scheduled for 16 March 2024, which is neither a meeting"
                                + " of Seedshire Police and Crime Panel in the store nor a meeting date of its work programme"),
                finding("tracker.completion-date", Severity.ERROR, "action tracker", "action 764 iii", "completed",
                        "completed on 11 December 2023, before the meeting of 18 December 2023 that set it"),
                // 000: a date without a year; a work programme naming the wrong year
                finding("work-programme.date-year", Severity.WARNING, "work programme 2023/24",
                        "row 1 (15 January 2024, Tackling Drugs)", "information", "'18 December' has no year"),
                finding("work-programme.date-year", Severity.WARNING, "work programme 2023/24",
                        "row 2 (5 February 2024, Proposed Policing Precept for 2024/25)", "information",
                        "'19 February 2023' is more than six months from the row's meeting of 5 February 2024"),
                finding("work-programme.municipal-year", Severity.ERROR, "work programme 2023/24",
                        "row 3 (18 March 2025, Complaints received by the Panel)", "date",
                        "18 March 2025 is outside the municipal year 2023/24 (1 May 2023 to 30 April 2024)"));
    }

    @Test
    void aJobTitleDeclaredInChecksYamlForTheMeetingsDateIsNotReported() {
        // the custody paper is signed "Robin Ledger, Acting Head of Scrutiny": declared for January to March 2024
        assertThat(pack).noneMatch(f -> f.rule().equals("people.job-title") && f.document().contains("Custody visits"));
        assertThat(pack).filteredOn(f -> f.rule().equals("people.job-title")).hasSize(1);
    }

    @Test
    void theWholeBodyAlsoHasAMeetingDatedToASunday() {
        // 002 DQ15: "Date of meeting: 26 September 2021" was a Sunday
        assertThat(withoutExplanations(body)).contains(finding("meeting.weekend", Severity.WARNING,
                "agenda of 4 February 2024", "meeting", "date", "4 February 2024 is a Sunday"));
        assertThat(body).allSatisfy(f -> assertThat(f.explanation()).isNotBlank());
    }
}
