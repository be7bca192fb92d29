package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.Run;
import org.packpress.testing.PdfInspection.Word;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A copy of the Panel (as body {@code dated-pcp}) gains a newer house style from 1 June 2024: the
 * January 2024 pack rebuilds with the same text on the same pages, and a July 2024 meeting is built in
 * the newer style (contact line with the officer's role, "7a." labels with their own titles and equal
 * times, a dash for an untimed item, a dated text block whose link is a link annotation, Liberation Sans at
 * the newer style's sizes).
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatedStyleTest {

    static final String NEWER_STYLE = """
            styles:
              - effectiveFrom: 2024-06-01
                frontSheet:
                  contactLine: "Contact Officer: {name}, {role}[ email: {email}][ Tel: {phone}]"
                  itemLabel: "{number}."
                  subItemTitles: every-item
                  untimed: "–"
                  timeFormat: "h.mm a"
                  dateTimeLine: "{date}, {time}"
                typography:
                  fontFamily: Liberation Sans
                  baseSize: 11
                  headingSizes: [18, 14, 12, 11]
                reportProfiles:
                  Lead Panel Officer:
                    headerBlock: [report-to, title, date, authors, email, telephone]
                    numberedHeadings: false
                    generatedAppendixLabel: true
                textBlocks:
                  public-question-time: >-
                    Questions from the public are answered as set out in the
                    [Panel's question scheme](https://www.example.org/pcp/questions).
            """;

    static final String JULY_MEETING = """
            date: 2024-07-22
            type: ordinary
            start: "10:00"
            venue: Council Chamber, Example House
            status: scheduled
            contactOfficer: sarah-fradgley
            agenda:
              - {number: "1", type: notice-of-recording, title: NOTICE OF RECORDING, time: "10:00"}
              - {number: "2", type: apologies, title: APOLOGIES}
              - {number: "6", type: public-questions, title: PUBLIC QUESTION TIME, time: "10:10"}
              - number: 7a
                type: other
                title: CONFIRMATION HEARING - DEPUTY COMMISSIONER
                description: The Panel hears the Commissioner's proposed appointment.
                time: "10:30"
              - number: 7b
                type: other
                title: CONFIRMATION HEARING - PANEL REPORT
                description: The Panel agrees its report on the proposed appointment.
                time: "10:30"
              - number: "8"
                type: work-programme
                title: POLICE AND CRIME PANEL WORK PROGRAMME
                reportOf: Lead Panel Officer
                time: "11:00"
                documents:
                  - title: Work Programming for 2024/2025
                    report: papers/july-work-programme.md
                    appendices:
                      - {label: "1", title: Work Programme 2024/25, generated: work-programme}
              - {number: "9", type: urgent-business, title: URGENT BUSINESS, time: "11:15"}
            """;

    /** The Lead Panel Officer's report of the July meeting: two authors, a telephone, an unnumbered paragraph. */
    static final String JULY_REPORT = """
            ---
            title: Report to the West Midlands Police and Crime Panel – Work Programming for 2024/2025
            date: 2024-07-22
            authors: [Sarah Fradgley, Lee Sand]
            email: wmpcp@example.org
            telephone: 0121 000 0002
            numbering: continuous
            ---

            ## Purpose

            This report sets out the Panel's work programme for the year, at Appendix 1.

            ## Contact Officers

            Sarah Fradgley, Overview and Scrutiny Manager {-}
            """;

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;

    @TempDir
    static Path temp;

    List<String> before;
    List<String> after;
    Path july;

    @BeforeAll
    void buildBeforeAndAfter() throws IOException {
        Path folder = TestFolders.copy(Path.of("examples/wm-pcp"), temp.resolve("in/dated-pcp"));
        TestFolders.edit(folder.resolve("body.yaml"), "id: wm-pcp", "id: dated-pcp");
        imports.importPaths(List.of(folder));
        before = pageTexts(build(LocalDate.of(2024, 1, 15), "before"));

        Files.writeString(folder.resolve("body.yaml"), Files.readString(folder.resolve("body.yaml")) + NEWER_STYLE);
        TestFolders.edit(folder.resolve("body.yaml"), "    jobTitle: Overview & Scrutiny Manager\n",
                "    jobTitle: Overview & Scrutiny Manager\n    email: sarah.fradgley@example.org\n    phone: 0121 000 0001\n");
        Files.writeString(folder.resolve("meetings/2024-07-22.yaml"), JULY_MEETING);
        Files.writeString(folder.resolve("papers/july-work-programme.md"), JULY_REPORT);
        imports.importPaths(List.of(folder));
        after = pageTexts(build(LocalDate.of(2024, 1, 15), "after"));
        july = build(LocalDate.of(2024, 7, 22), "july");
    }

    private Path build(LocalDate date, String out) {
        builder.build("dated-pcp", date, temp.resolve(out), null, AgendaPackBuilder.Progress.NONE);
        return temp.resolve(out).resolve("dated-pcp").resolve(date.toString()).resolve("agenda-pack.pdf");
    }

    private static List<String> pageTexts(Path pdf) {
        List<String> pages = new ArrayList<>();
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            for (int page = 1; page <= inspection.pageCount(); page++) {
                pages.add(inspection.pageText(page));
            }
        }
        return pages;
    }

    @Test
    void theJanuaryPackRebuildsWithTheSameTextOnTheSamePages() {
        assertThat(before).hasSizeGreaterThan(50);
        assertThat(after).isEqualTo(before);
        assertThat(after.get(0)).contains("Contact Officer: Sarah Fradgley email: wmpcp@birmingham.gov.uk Tel: 0121 303 1727");
    }

    @Test
    void theJulyMeetingIsBuiltInTheNewerStyle() {
        try (PdfInspection pdf = PdfInspection.open(july)) {
            String front = pdf.pageText(1).replaceAll("\\s+", " ");
            assertThat(front).contains("Contact Officer: Sarah Fradgley, Overview & Scrutiny Manager"
                    + " email: sarah.fradgley@example.org Tel: 0121 000 0001");
            assertThat(front).contains("Monday 22 July 2024, 10.00 am").doesNotContain("hours");
            assertThat(front).containsSubsequence("7a.", "CONFIRMATION HEARING - DEPUTY COMMISSIONER", "10.30 am",
                    "7b.", "CONFIRMATION HEARING - PANEL REPORT", "10.30 am");
            assertThat(rowText(pdf.words(1), "2.")).endsWith("–");
            assertThat(front).contains("Panel's question scheme").doesNotContain("](").doesNotContain("<http");
        }
    }

    @Test
    void theJulyReportAndItsGeneratedAppendixFollowTheLeadOfficersProfile() {
        try (PdfInspection pdf = PdfInspection.open(july)) {
            String text = pdf.text();
            assertThat(text).containsSubsequence("Report to: West Midlands Police and Crime Panel",
                    "Report to the West Midlands Police and Crime Panel – Work", "Date: 22 July 2024", "Report authors: Sarah Fradgley and Lee Sand", "Email: wmpcp@example.org",
                    "Tel: 0121 000 0002", "\nPurpose", "1. This report sets out", "\nContact Officers",
                    "\nSarah Fradgley, Overview and Scrutiny Manager", "Appendix 1\nWest Midlands Police and Crime Panel Work Programme 2023/24");
            assertThat(text).doesNotContain("1 Purpose", "{-}");
        }
        // the January pack's generated appendices, under the style of its date, open without the line
        assertThat(String.join("\n", after)).doesNotContain("Appendix 1\nWest Midlands Police and Crime Panel Work Programme");
    }

    @Test
    void theJulyPackIsSetInTheNewerTypographyAndTheJanuaryPackKeepsItsOwn() {
        try (PdfInspection pdf = PdfInspection.open(july)) {
            assertThat(run(pdf.runs(1), "West Midlands Police and Crime Panel")).extracting(Run::font, Run::size)
                    .containsExactly("LiberationSans-Bold", 18.0f);
            assertThat(run(pdf.runs(1), "Council Chamber, Example House")).extracting(Run::font, Run::size)
                    .containsExactly("LiberationSans", 11.0f);
        }
        try (PdfInspection pdf = PdfInspection.open(temp.resolve("after/dated-pcp/2024-01-15/agenda-pack.pdf"))) {
            assertThat(run(pdf.runs(1), "West Midlands Police and Crime Panel")).extracting(Run::font, Run::size)
                    .containsExactly("DejaVuSans-Bold", 16.0f);
        }
    }

    private static Run run(List<Run> runs, String start) {
        return runs.stream().filter(r -> r.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no run starting '" + start + "' in " + runs));
    }

    @Test
    void aLinkInATextBlockIsALinkAnnotation() throws IOException {
        try (PdfInspection pdf = PdfInspection.open(july)) {
            List<String> uris = new ArrayList<>();
            for (var annotation : pdf.document().getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertThat(uris).contains("https://www.example.org/pcp/questions");
        }
    }

    @Test
    void theBroadcastAddressIsALinkNotAngleBrackets() throws IOException {
        try (PdfInspection pdf = PdfInspection.open(temp.resolve("after/dated-pcp/2024-01-15/agenda-pack.pdf"))) {
            assertThat(pdf.pageText(1)).contains("https://www.youtube.com/@dudleymbc/streams").doesNotContain("<http");
            List<String> uris = new ArrayList<>();
            for (var annotation : pdf.document().getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertThat(uris).contains("https://www.youtube.com/@dudleymbc/streams");
        }
    }

    /** The words on the line of the agenda row whose item label is {@code label}, joined. */
    private static String rowText(List<Word> words, String label) {
        Word item = words.stream().filter(w -> w.text().equals(label) && w.x() > 120 && w.x() < 160).findFirst()
                .orElseThrow(() -> new AssertionError("no agenda row " + label));
        return String.join(" ", words.stream().filter(w -> Math.abs(w.y() - item.y()) < 2).map(Word::text).toList());
    }
}
