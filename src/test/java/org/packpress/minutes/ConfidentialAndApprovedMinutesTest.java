package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.model.Audience;
import org.packpress.documents.minutes.MinutesPapers;
import org.packpress.ingest.ImportService;
import org.packpress.model.Body;
import org.packpress.store.BodyRepository;
import org.packpress.testing.PdfInspection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import picocli.CommandLine;

/**
 * Minutes with an item held in private, and minutes confirmed at a later meeting; also the build
 * commands. Uses its own database, since it adds minutes the other tests do not expect.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:minutes-confidential;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialAndApprovedMinutesTest {

    static final String EXEMPT_WORDS = "Only members may read this exempt discussion";

    @Autowired ImportService imports;
    @Autowired MinutesPapers minutes;
    @Autowired BodyRepository bodies;
    @Autowired CommandLine commandLine;

    @TempDir Path dir;
    Body body;

    @BeforeAll
    void importWithAnExemptItemAndALaterMeeting(@TempDir Path copy) {
        Path folder = MinutesTestSupport.copy(MinutesTestSupport.PANEL, copy);
        MinutesTestSupport.edit(folder.resolve("minutes/2023-12-18.yaml"), """
                  - number: "775"
                    title: URGENT BUSINESS
                    agendaItem: "5"
                    text: There was no urgent business.
                """, """
                  - number: "775"
                    title: EXCLUSION OF THE PRESS AND PUBLIC
                    resolution:
                      text: >-
                        That the press and public be excluded from the meeting for the next item, because it
                        is likely to involve the disclosure of exempt information under paragraphs 1 and 3.
                  - number: "776"
                    title: CONTRACT FOR CUSTODY HEALTHCARE
                    exempt: [3, 1]
                    proceduralNotes:
                      - Councillor Lawrence left the meeting before this item.
                    text: %s, about the award of a contract.
                    resolution:
                      text: That the report be noted.
                  - number: "777"
                    title: URGENT BUSINESS
                    agendaItem: "5"
                    text: There was no urgent business.
                """.formatted(EXEMPT_WORDS));
        MinutesTestSupport.write(folder.resolve("minutes/2024-01-15.yaml"), """
                meeting: 2024-01-15
                present:
                  - person: jasbir-jaspal
                items:
                  - number: "778"
                    title: MINUTES
                    agendaItem: "4"
                    confirms: 2023-11-13
                    text: The minutes of the meeting held on 13 November 2023 were confirmed.
                  - number: "779"
                    title: MINUTES OF THE EXTRAORDINARY MEETING
                    agendaItem: "4"
                    confirms: 2023-12-18
                    text: The minutes of the extraordinary meeting held on 18 December 2023 were confirmed.
                """);
        imports.importPaths(List.of(folder));
        body = bodies.get("wm-pcp");
    }

    @Test
    void publicMinutesCarryTheExclusionButNothingOfTheExemptItem() {
        Path pdf = dir.resolve("public.pdf");
        minutes.render(body, LocalDate.of(2023, 12, 18), Audience.PUBLIC, false, pdf);
        String text = PanelMinutesTest.text(pdf);
        assertThat(text).contains("775 EXCLUSION OF THE PRESS AND PUBLIC", "777 URGENT BUSINESS");
        assertThat(text).doesNotContain(EXEMPT_WORDS, "776", "CUSTODY HEALTHCARE", "CONFIDENTIAL");
    }

    @Test
    void confidentialMinutesHoldTheExemptItemUnderAConfidentialHeading() {
        Path pdf = dir.resolve("confidential.pdf");
        minutes.renderConfidential(body, LocalDate.of(2023, 12, 18), OffsetDateTime.now(), pdf);
        String text = PanelMinutesTest.oneLine(PanelMinutesTest.text(pdf));
        assertThat(text).startsWith("CONFIDENTIAL MINUTES – NOT FOR PUBLICATION");
        assertThat(text).contains("776 CONTRACT FOR CUSTODY HEALTHCARE", EXEMPT_WORDS,
                "paragraphs 1 and 3 of Part 1 of Schedule 12A");
        assertThat(text).containsSubsequence("Councillor Lawrence left the meeting before this item.", EXEMPT_WORDS);
        assertThat(text).doesNotContain("775 EXCLUSION", "774 WEST MIDLANDS");
        try (PdfInspection confidential = PdfInspection.open(pdf)) {
            assertThat(confidential.title()).isEqualTo("Confidential minutes of the meeting of West Midlands Police and"
                    + " Crime Panel held on 18 December 2023");
        }
        Path pack = dir.resolve("for-members.pdf");
        minutes.render(body, LocalDate.of(2023, 12, 18), Audience.CONFIDENTIAL, false, pack);
        assertThat(PanelMinutesTest.oneLine(PanelMinutesTest.text(pack))).containsSubsequence("775 EXCLUSION",
                "777 URGENT BUSINESS", "CONFIDENTIAL MINUTES", EXEMPT_WORDS);
    }

    @Test
    void minutesConfirmedAtALaterMeetingAreMarkedApproved() {
        Path pdf = dir.resolve("november.pdf");
        minutes.render(body, LocalDate.of(2023, 11, 13), Audience.PUBLIC, false, pdf);
        assertThat(PanelMinutesTest.oneLine(PanelMinutesTest.text(pdf))).endsWith("CHAIR These minutes were confirmed"
                + " as a correct record at the meeting held on 15 January 2024 (minute 778).");
        Path draft = dir.resolve("january.pdf");
        minutes.render(body, LocalDate.of(2024, 1, 15), Audience.PUBLIC, false, draft);
        assertThat(PanelMinutesTest.text(draft)).doesNotContain("confirmed as a correct record at");
    }

    @Test
    void buildCommandsPublishBesideTheAgendaPack() throws Exception {
        Path out = dir.resolve("out");
        assertThat(commandLine.execute("build", "minutes", "wm-pcp/2023-12-18", "--out", out.toString())).isZero();
        Path folder = out.resolve("wm-pcp/2023-12-18");
        assertThat(PanelMinutesTest.text(folder.resolve("minutes.pdf"))).contains("774 WEST MIDLANDS")
                .doesNotContain(EXEMPT_WORDS);
        assertThat(PanelMinutesTest.text(folder.resolve("minutes-confidential.pdf"))).contains(EXEMPT_WORDS);
        assertThat(Files.readString(folder.resolve("manifest.json"))).contains("\"minutes\"", "minutes.pdf");
        assertThat(commandLine.execute("build", "action-tracker", "wm-pcp", "--as-of", "2024-01-15", "--out",
                out.toString())).isZero();
        Path january = out.resolve("wm-pcp/2024-01-15");
        assertThat(PanelMinutesTest.text(january.resolve("action-tracker.pdf")))
                .contains("Action Tracker – January 2024");
        try (var in = Files.newInputStream(january.resolve("action-tracker.xlsx"));
                var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = workbook.getSheet("Action Tracker");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("Action Tracker – January 2024");
            List<String> refs = new java.util.ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                refs.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(refs).contains("774 ii", "774 iii");
        }
        assertThat(commandLine.execute("build", "minutes", "wm-pcp/2023-10-02", "--out", out.toString())).isNotZero();
        assertThat(out.resolve("wm-pcp/2023-10-02/minutes.pdf")).doesNotExist();
    }

    /**
     * The tracker may be named as the other build commands name a meeting (until 7 December 2026 that failed with
     * "No body 'wm-pcp/2024-01-15' has been imported" and a stack trace); its date given twice is a usage error.
     */
    @Test
    void theTrackerMayBeNamedAsAMeetingIs() throws Exception {
        Path out = dir.resolve("named");
        assertThat(commandLine.execute("build", "action-tracker", "wm-pcp/2024-01-15", "--out", out.toString())).isZero();
        assertThat(PanelMinutesTest.text(out.resolve("wm-pcp/2024-01-15/action-tracker.pdf")))
                .contains("Action Tracker – January 2024");
        java.io.StringWriter err = new java.io.StringWriter();
        commandLine.setErr(new java.io.PrintWriter(err));
        assertThat(commandLine.execute("build", "action-tracker", "wm-pcp/2024-01-15", "--as-of", "2024-01-16", "--out",
                out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the tracker's date is given twice: in wm-pcp/2024-01-15 and by --as-of;"
                + " give it once").doesNotContain("Exception");
    }
}
