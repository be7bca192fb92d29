package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.minutes.KeyDecisionsPaperProvider;
import org.packpress.documents.minutes.WorkProgrammePaperProvider;
import org.packpress.ingest.ImportService;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.Audience;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sample pack of 15 January 2024 carries the generated minutes, tracker, key decisions and work programme; the
 * key decisions are named and described in the body's words.
 */
@SpringBootTest(properties = MinutesTests.DATABASE)
class MinutesInPackTest {

    @Autowired ImportService imports;
    @Autowired AgendaPackBuilder packs;
    @Autowired KeyDecisionsPaperProvider keyDecisions;
    @Autowired WorkProgrammePaperProvider workProgrammes;
    @Autowired BodyRepository bodies;
    @Autowired MeetingRepository meetings;

    @Test
    void item4HoldsBothMinutesAndItem5TheTrackerWithOutlineEntries(@TempDir Path out) {
        MinutesTestSupport.importExamples(imports);
        AgendaPackBuilder.Result result = packs.build("wm-pcp", LocalDate.of(2024, 1, 15), out, null,
                AgendaPackBuilder.Progress.NONE);
        Path pack = result.files().stream().filter(p -> p.getFileName().toString().equals("agenda-pack.pdf"))
                .findFirst().orElseThrow();
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            List<OutlineEntry> outline = pdf.outline();
            OutlineEntry item4 = find(outline, "Item 4");
            OutlineEntry item5 = find(outline, "Item 5");
            assertThat(item4.children()).extracting(OutlineEntry::title).containsExactly(
                    "Minutes of the meeting held on 13 November 2023",
                    "Minutes of the extraordinary meeting held on 18 December 2023");
            assertThat(item5.children()).extracting(OutlineEntry::title).containsExactly("Action Tracker – January 2024");
            int november = item4.children().get(0).page();
            int december = item4.children().get(1).page();
            int tracker = item5.children().get(0).page();
            assertThat(november).isLessThan(december);
            assertThat(december).isLessThan(tracker);
            assertThat(pdf.pageText(november)).contains("MINUTES OF THE MEETING OF THE WEST MIDLANDS POLICE AND CRIME PANEL",
                    "756");
            String decemberText = pdf.text(december, tracker - 1);
            assertThat(decemberText).contains("MINUTES OF THE EXTRAORDINARY MEETING", "770", "775");
            assertThat(pdf.text(november, december - 1)).contains("769", "CHAIR").doesNotContain("770 NOTICE");
            assertThat(pdf.pageText(tracker)).contains("West Midlands Police and Crime Panel – Action Tracker – January 2024",
                    "1. Outstanding Actions", "693 ii");
            String all = PanelMinutesTest.oneLine(pdf.text());
            assertThat(all).contains("Police and Crime Commissioner Key Decisions: November 2023 – January 2024",
                    "PCC Decision – 030-2023 – Microsoft Enterprise Subscription",
                    "West Midlands Police and Crime Panel Work Programme 2023/24 – January 2024",
                    "Menu of Options for Future Consideration");
            assertThat(all.indexOf("030-2023")).isLessThan(all.indexOf("027-2023"));
        }
    }

    @Test
    void aBodysOwnTextBlocksNameTheKeyDecisionsAndGiveTheirSubject(@TempDir Path out) {
        Appendix decisions = januaryAppendix("9");
        Body panel = bodies.find("wm-pcp").orElseThrow();
        Body own = MinutesTestSupport.withTextBlocks(panel, Map.of("key-decision-name",
                "Decision {{number}}: {{title}}", "document-subject-key-decisions", "Decisions of the Commissioner"));

        try (PdfInspection standard = keyDecisions(panel, decisions, out.resolve("standard.pdf"));
                PdfInspection worded = keyDecisions(own, decisions, out.resolve("own.pdf"))) {
            assertThat(PanelMinutesTest.oneLine(standard.text()))
                    .contains("PCC Decision – 030-2023 – Microsoft Enterprise Subscription");
            assertThat(standard.subject()).isEqualTo("Key decisions");
            assertThat(PanelMinutesTest.oneLine(worded.text()))
                    .contains("Decision 030-2023: Microsoft Enterprise Subscription").doesNotContain("PCC Decision –");
            assertThat(worded.subject()).isEqualTo("Decisions of the Commissioner");
        }
    }

    /** The work programme's menu heading and column headers are the body's text blocks, not words in the layout. */
    @Test
    void aBodysOwnTextBlocksHeadTheWorkProgramme(@TempDir Path out) {
        Appendix programme = januaryAppendix("10");
        Body panel = bodies.find("wm-pcp").orElseThrow();
        Body own = MinutesTestSupport.withTextBlocks(panel, Map.of("work-programme-menu-heading",
                "Ideas for later meetings", "work-programme-column-aims", "Purpose"));
        for (Body body : List.of(panel, own)) {
            workProgrammes.render(body, programme.meeting(), programme.item(), programme.source(), Audience.PUBLIC, null,
                    out.resolve(body == own ? "own.pdf" : "standard.pdf"));
        }
        try (PdfInspection standard = PdfInspection.open(out.resolve("standard.pdf"));
                PdfInspection worded = PdfInspection.open(out.resolve("own.pdf"))) {
            assertThat(PanelMinutesTest.oneLine(standard.text())).contains("Menu of Options for Future Consideration",
                    "Aims and Objectives");
            assertThat(PanelMinutesTest.oneLine(worded.text())).contains("Ideas for later meetings", "Purpose")
                    .doesNotContain("Menu of Options for Future Consideration", "Item/Topic Aims and Objectives");
        }
    }

    /** A generated paper appended to an item of the Panel's meeting of 15 January 2024 (the examples imported). */
    private record Appendix(Meeting meeting, AgendaItem item, AgendaDocument.GeneratedSource source) {
    }

    private Appendix januaryAppendix(String itemNumber) {
        MinutesTestSupport.importExamples(imports);
        Meeting meeting = meetings.find("wm-pcp", LocalDate.of(2024, 1, 15)).orElseThrow();
        AgendaItem item = meeting.agenda().stream().filter(i -> i.number().equals(itemNumber)).findFirst().orElseThrow();
        AgendaDocument paper = item.documents().get(0).appendices().get(0);
        return new Appendix(meeting, item, (AgendaDocument.GeneratedSource) paper.source());
    }

    private PdfInspection keyDecisions(Body body, Appendix paper, Path pdf) {
        keyDecisions.render(body, paper.meeting(), paper.item(), paper.source(), Audience.PUBLIC, null, pdf);
        return PdfInspection.open(pdf);
    }

    private static OutlineEntry find(List<OutlineEntry> outline, String prefix) {
        return outline.stream().filter(e -> e.title().startsWith(prefix + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no outline entry " + prefix + " in " + outline));
    }
}
