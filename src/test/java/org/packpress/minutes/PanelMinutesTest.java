package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The Panel's minutes of 13 November and 18 December 2023, generated from the example data. */
@SpringBootTest(properties = MinutesTests.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelMinutesTest {

    @Autowired ImportService imports;
    @Autowired MinutesPapers minutes;
    @Autowired BodyRepository bodies;

    @TempDir Path dir;
    String november;
    String december;
    Path novemberPdf;

    @BeforeAll
    void render(@TempDir Path out) {
        MinutesTestSupport.importExamples(imports);
        Body body = bodies.get("wm-pcp");
        novemberPdf = out.resolve("2023-11-13.pdf");
        Path decemberPdf = out.resolve("2023-12-18.pdf");
        minutes.render(body, LocalDate.of(2023, 11, 13), Audience.PUBLIC, false, novemberPdf);
        minutes.render(body, LocalDate.of(2023, 12, 18), Audience.PUBLIC, false, decemberPdf);
        MinutesTestSupport.keep(novemberPdf);
        MinutesTestSupport.keep(decemberPdf);
        november = text(novemberPdf);
        december = text(decemberPdf);
    }

    @Test
    void novemberMinutesRunFrom756To769OnceEachInOrder() {
        assertThat(minuteNumbers(november)).isEqualTo(range(756, 769));
        assertThat(november).containsPattern("(?m)^756\\s+NOTICE OF RECORDING$");
        assertThat(november).containsPattern("(?m)^769\\s+URGENT BUSINESS$");
        assertThat(minuteNumbers(december)).isEqualTo(range(770, 775));
    }

    @Test
    void titleLineFollowsTheHouseStyle() {
        assertThat(oneLine(november)).startsWith("MINUTES OF THE MEETING OF THE WEST MIDLANDS POLICE AND CRIME PANEL"
                + " HELD ON 13 NOVEMBER 2023 AT 14:00 HOURS – WALSALL COUNCIL OFFICES");
        assertThat(oneLine(december)).startsWith("MINUTES OF THE EXTRAORDINARY MEETING OF THE WEST MIDLANDS POLICE AND"
                + " CRIME PANEL HELD ON 18 DECEMBER 2023 AT 10:00 HOURS – SOLIHULL COUNCIL CHAMBER");
    }

    @Test
    void minutesEndWithTheClosingTimeAndTheChairsSignature() {
        assertThat(november.strip()).endsWith("The meeting ended at 16:24 hours.\n.....................................\nCHAIR");
        assertThat(december.strip()).endsWith("The meeting ended at 12:01 hours.\n.....................................\nCHAIR");
    }

    @Test
    void nineMembersPresentChairFirstAndFourApologiesInOneSentence() {
        String present = november.substring(november.indexOf("Members\n") + 8, november.indexOf("ALSO PRESENT"));
        List<String> members = present.strip().lines().toList();
        assertThat(members).hasSize(9);
        assertThat(members.get(0)).isEqualTo("Cllr Jasbir Jaspal – Chair (City of Wolverhampton)");
        assertThat(members).contains("Kristina Murphy (Independent Panel Member – Vice Chair)",
                "Derek French (Independent Panel Member)");
        assertThat(oneLine(november)).contains("757 APOLOGIES Apologies for non-attendance were received from Councillors"
                + " Abdul Khan (Coventry City Council), Tersaim Singh (City of Wolverhampton), Syeda Khatun (Sandwell"
                + " Metropolitan Borough Council) and Ed Lawrence (Dudley Metropolitan Borough Council). 758");
        assertThat(oneLine(november)).contains("Cllr Moore declared a non-pecuniary interest as a trustee");
        assertThat(oneLine(december)).contains("772 DECLARATIONS OF INTEREST None declared.");
        assertThat(oneLine(december)).contains("Apologies for non-attendance were also received from Craig Guildford,"
                + " Chief Constable.");
    }

    @Test
    void aBodysOwnTextBlocksWordTheTitleThePresentHeadingAndTheDeclarations(@TempDir Path out) {
        Map<String, String> blocks = Map.of(
                "minutes-title", "Minutes of a meeting of the {{body.name}}, {{date}} at {{time}}, {{venue}}",
                "minutes-present-heading", "Members present",
                "minutes-independent-member", "Co-opted Member",
                "minutes-apologies-councillors", "Cllrs {{names}}",
                "minutes-declaration", "{{who}} told the Panel of {{article}} {{kind}} interest: {{description}}.",
                "minutes-document-title", "Panel minutes, {{date}}");
        try (PdfInspection worded = MinutesTestSupport.renderWithTextBlocks(minutes, bodies.get("wm-pcp"), blocks,
                LocalDate.of(2023, 11, 13), out.resolve("own-words.pdf"))) {
            String text = oneLine(worded.text());
            assertThat(text).startsWith("Minutes of a meeting of the West Midlands Police and Crime Panel, 13 November"
                    + " 2023 at 14:00, Walsall Council Offices Members present Members Cllr Jasbir Jaspal");
            assertThat(text).contains("Kristina Murphy (Co-opted Member – Vice Chair)",
                    "Apologies for non-attendance were received from Cllrs Abdul Khan (Coventry City Council),",
                    "Cllr Moore told the Panel of a non-pecuniary interest: as a trustee of Birmingham LGBT and of"
                            + " Citizens Advice.");
            assertThat(text).doesNotContain("MINUTES OF THE", "Murphy (Independent Panel Member –", "declared a");
            assertThat(worded.title()).isEqualTo("Panel minutes, 13 November 2023");
        }
    }

    @Test
    void resolution764HasClauseIWithSubClausesAToDAndClauseIiInBold() throws Exception {
        String minute = oneLine(between(november, "764 REVIEW", "765 FAIRNESS"));
        String resolved = minute.substring(minute.indexOf("RESOLVED:-"));
        assertThat(resolved).containsSubsequence("i. That the Panel has reviewed", "a. Tackling Drugs", "b. Road Safety",
                "c. Performance Data", "d. That the Commissioner reconsider", "ii. That the Panel's report and the");
        assertThat(resolved).doesNotContain("e. ", "iii.");
        try (PdfInspection pdf = PdfInspection.open(novemberPdf)) {
            String bold = FontRuns.bold(pdf.document());
            assertThat(bold).contains("That the Panel has reviewed the Police and Crime Commissioner's draft",
                    "Tackling Drugs – set out the range", "Performance Data – include more data",
                    "That the Panel's report and the Police and Crime Commissioner's response be published on");
            assertThat(bold).doesNotContain("The PCC presented his Annual Report");
        }
    }

    @Test
    void resolution765IsOneUnnumberedThatParagraph() {
        String minute = oneLine(between(november, "765 FAIRNESS", "766 WEST MIDLANDS"));
        assertThat(minute).endsWith("RESOLVED:- That the Fairness and Belonging Strategy update report be noted.");
    }

    @Test
    void lettersAndBulletsOfTheRecordPrint() {
        assertThat(oneLine(december)).contains("Investigations: the concern was about the everyday volume investigations");
    }

    private static String between(String text, String from, String to) {
        return text.substring(text.indexOf(from), text.indexOf(to));
    }

    static String text(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            return inspection.text().replace("\r", "");
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static List<Integer> minuteNumbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(\\d{3}) [A-Z][A-Z'’ ]").matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            numbers.add(n);
        }
        return numbers;
    }
}
