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
import org.packpress.model.Body;
import org.packpress.model.Person;
import org.packpress.documents.minutes.MinutesPapers;
import org.packpress.ingest.ImportService;
import org.packpress.store.BodyRepository;
import org.packpress.testing.PdfInspection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The Board's notes of 27 September 2022 in the Board's house style. */
@SpringBootTest(properties = MinutesTests.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardNotesTest {

    @Autowired ImportService imports;
    @Autowired MinutesPapers minutes;
    @Autowired BodyRepository bodies;

    Path pdf;
    String text;

    @BeforeAll
    void render(@TempDir Path out) {
        MinutesTestSupport.importExamples(imports);
        pdf = out.resolve("wm-spcb-2022-09-27.pdf");
        minutes.render(bodies.get("wm-spcb"), LocalDate.of(2022, 9, 27), Audience.PUBLIC, false, pdf);
        MinutesTestSupport.keep(pdf);
        text = PanelMinutesTest.text(pdf);
    }

    @Test
    void headingNamesTheBoardDateAndTimes() {
        assertThat(text).startsWith("STRATEGIC POLICING AND CRIME BOARD\nTuesday 27 September 2022 - 1000 – 1300 hrs\n");
    }

    @Test
    void attendeeTableThenOthersThenSixApologies() {
        String attendees = between("Attendees:", "Plus,");
        List<String> rows = attendees.strip().lines().toList();
        assertThat(rows).hasSize(17);
        assertThat(rows).contains("Simon Foster : Police and Crime Commissioner, OPCC",
                "Caroline Ryder : Partnerships - Long Term Contractor, OPCC", "Vanessa Jardine : Deputy Chief Constable");
        assertThat(rows.stream().filter(r -> r.endsWith(", OPCC"))).hasSize(7);
        assertThat(text).contains("Plus, one webcaster and four observers.");
        List<String> apologies = between("Apologies:", "1. ").strip().lines().toList();
        assertThat(apologies).containsExactly("David Thompson : Chief Constable",
                "Tom McNeil : Assistant Police and Crime Commissioner, OPCC", "Nicky Brennan : Victims Commissioner",
                "Bhupinder Gakhal : Board Member", "Charmaine Burton : Board Member",
                "Caroline Marsh : Assistant Chief Constable");
        assertThat(PanelMinutesTest.oneLine(text)).contains("Apologies were noted from Chief Constable David Thompson,"
                + " Assistant Police and Crime Commissioner Tom McNeil, Victims Commissioner Nicky Brennan, Board Members"
                + " Bhupinder Gakhal and Charmaine Burton and Assistant Chief Constable Caroline Marsh.");
    }

    @Test
    void itemsRunFrom077To088InOrderWithGroupHeadingsOnce() {
        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(\\d{3}/22) ").matcher(text);
        while (m.find()) {
            refs.add(m.group(1));
        }
        List<String> expected = new ArrayList<>();
        for (int n = 77; n <= 88; n++) {
            expected.add("%03d/22".formatted(n));
        }
        assertThat(refs).isEqualTo(expected);
        assertThat(text).containsSubsequence("080/22", "Police and Crime Plan\n081/22", "083/22",
                "Partnership Presentation\n084/22", "Regular Items\n085/22", "086/22 Chief Constable Update:");
        assertThat(text.split("Regular Items", -1)).hasSize(2);
        assertThat(text).contains("077/22 Item 1 - Apologies and PCC Update:", "083/22 Item 7 – Reducing Violence:");
    }

    @Test
    void theActionOf083IsBold() throws Exception {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            String bold = FontRuns.bold(inspection.document());
            assertThat(bold).contains("Action: The findings of trends and data over the summer period are to be"
                    + " presented at a future meeting.");
            assertThat(bold).doesNotContain("Wasim Ali");
        }
        String item = PanelMinutesTest.oneLine(text.substring(text.indexOf("083/22"), text.indexOf("084/22")));
        assertThat(item).contains("Action: The findings of trends");
    }

    @Test
    void notesInItalicsAndTheDateOfTheNextMeeting() throws Exception {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(FontRuns.italic(inspection.document()))
                    .contains("Actions arising from the discussion during the meeting are highlighted in bold text.");
        }
        assertThat(PanelMinutesTest.oneLine(text)).contains("088/22 Item 12 – Date of Next Meeting: The next Strategic"
                + " Policing and Crime Board will take place on Tuesday 25th October 2022.");
    }

    @Test
    void aBodysOwnTextBlocksWordTheAttendeesAndApologiesHeadingsAndTheActions(@TempDir Path out) {
        Map<String, String> blocks = Map.of("board-attendees-heading", "Present:",
                "board-apologies-heading", "Apologies received:", "minutes-action", "ACTION – {{action}}",
                "board-document-title", "Board notes, {{date}}");
        try (PdfInspection inspection = MinutesTestSupport.renderWithTextBlocks(minutes, bodies.get("wm-spcb"), blocks,
                LocalDate.of(2022, 9, 27), out.resolve("own-words.pdf"))) {
            String ownText = inspection.text().replace("\r", "");
            assertThat(ownText).contains("\nPresent:\nSimon Foster", "\nApologies received:\nDavid Thompson")
                    .doesNotContain("Attendees:", "Apologies:");
            assertThat(FontRuns.bold(inspection.document())).contains("ACTION – The findings of trends and data");
            assertThat(inspection.title()).isEqualTo("Board notes, 27 September 2022");
        }
        assertThat(text).contains("\nAttendees:\nSimon Foster", "\nApologies:\nDavid Thompson");
    }

    @Test
    void anAttendeesPostNominalsFollowTheirNameInTheTable(@TempDir Path out) {
        Body body = bodies.get("wm-spcb");
        List<Person> people = body.people().stream().map(p -> !p.id().equals("cath-hannon") ? p : new Person(p.id(),
                p.prefix(), p.givenName(), p.familyName(), p.jobTitle(), p.organisation(), p.abbreviation(), "MBE",
                p.email(), p.phone())).toList();
        Body honoured = new Body(body.id(), body.name(), body.shortName(), body.kind(), body.website(), body.email(),
                body.phone(), body.textBlocks(), people, body.memberships(), body.styles());
        Path honouredPdf = out.resolve("post-nominals.pdf");
        minutes.render(honoured, LocalDate.of(2022, 9, 27), Audience.PUBLIC, false, honouredPdf);
        assertThat(PanelMinutesTest.text(honouredPdf)).contains("\nCath Hannon MBE : Board Member\n");
    }

    private String between(String from, String to) {
        int start = text.indexOf(from) + from.length();
        return text.substring(start, text.indexOf(to, start));
    }
}
