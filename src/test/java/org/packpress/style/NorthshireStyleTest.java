package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The third example body, examples/ns-pcp, whose house style differs from the West Midlands Panel's in
 * most choices: its minutes, actions log and pack read in its own style.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NorthshireStyleTest {

    static final LocalDate JULY = LocalDate.of(2024, 7, 22);
    static final LocalDate OCTOBER = LocalDate.of(2024, 10, 7);

    @Autowired
    ImportService imports;
    @Autowired
    MinutesPublisher publisher;
    @Autowired
    AgendaPackBuilder packs;

    @TempDir
    static Path out;

    String minutes;
    String tracker;
    String earlyTracker;

    @BeforeAll
    void build() {
        imports.importPaths(List.of(Path.of("examples/ns-pcp")));
        publisher.publishMinutes("ns-pcp", JULY, out, null);
        publisher.publishTracker("ns-pcp", OCTOBER, out, null);
        publisher.publishTracker("ns-pcp", LocalDate.of(2024, 7, 29), out, null);
        packs.build("ns-pcp", OCTOBER, out, null, AgendaPackBuilder.Progress.NONE);
        minutes = oneLine(out.resolve("ns-pcp/2024-07-22/minutes.pdf"));
        tracker = oneLine(out.resolve("ns-pcp/2024-10-07/action-tracker.pdf"));
        earlyTracker = oneLine(out.resolve("ns-pcp/2024-07-29/action-tracker.pdf"));
    }

    static String oneLine(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            return inspection.text().replaceAll("\\s+", " ");
        }
    }

    @Test
    void membersAreListedByRoleThenAuthorityWithTheAuthorityBeforeTheRole() {
        assertThat(minutes).containsSubsequence(
                "Cllr Owen Driscoll (Westford Borough Council – Chairman)",
                "Margaret Hale MBE (Independent Panel Member – Vice-Chairman)",
                "Cllr Tom Birch (Eastmere District Council)",
                "Cllr George Fenwick (Eastmere District Council)",
                "Cllr Helen Ashdown (Northshire County Council)",
                "Cllr Priya Chandra (Northshire County Council)",
                "David Iqbal (Independent Panel Member)");
        assertThat(minutes).contains("Anna Price OBE – Police and Crime Commissioner (PCC)");
    }

    @Test
    void theApologiesSentenceIsTheStylesOwn() {
        assertThat(minutes).contains("No apologies for absence were received.")
                .doesNotContain("No apologies for non-attendance");
    }

    @Test
    void clausesAreLetteredWithSemicolonAndBeforeTheLastAndAFullStopAfterIt() {
        assertThat(minutes).containsSubsequence("RESOLVED:", "That", "a) the report be noted",
                "b) the Commissioner provide the shoplifting figures for each district",
                "c) the Panel receive an update", "d) the Commissioner write to members about the summer"
                        + " abstractions of neighbourhood officers; and",
                "e) the Panel's thanks be recorded to the Force's contact centre staff.");
        assertThat(minutes).doesNotContain("RESOLVED:-").doesNotContain(" i. the report be noted");
    }

    @Test
    void aDepartureNotedAfterTheTextPrintsAfterIt() {
        assertThat(minutes).containsSubsequence("neighbourhood officers would return to their areas in September.",
                "Cllr Fenwick left the meeting during the discussion of this item.", "RESOLVED:");
    }

    @Test
    void theClosingLineIsInTheStylesWordingAndTimeFormat() {
        assertThat(minutes).contains("Meeting Closed: 11.47 hours.").doesNotContain("The meeting ended at");
        assertThat(minutes).contains("Chair of the Panel");
    }

    @Test
    void theTrackerPrintsZeroPaddedNumericDatesInReferenceOrderWithItsTitle() {
        assertThat(tracker).startsWith("Northshire Police and Crime Panel – Actions Log – October 2024");
        assertThat(tracker).containsSubsequence("Open actions", "Ref.", "Meeting", "Action", "Progress", "31 11/03/24",
                "43 b 22/07/24", "43 c 22/07/24", "Closed actions", "43 d 22/07/24");
        assertThat(tracker).doesNotContain("22/7/24").doesNotContain("Jul 2024")
                .as("the section headings and columns are the body's text blocks")
                .doesNotContain("Outstanding Actions", "Completed Actions", "Minute/ Action No.", "Update/ Notes");
    }

    @Test
    void statusesPrintAtTheStartOfTheUpdateAndTitlesBeforeTheAction() {
        assertThat(tracker).containsSubsequence("43 b 22/07/24 Shoplifting figures To be discharged The figures",
                "the Commissioner provide the");
        assertThat(tracker).contains("43 c 22/07/24 Non-emergency calls Scheduled for the meeting on");
    }

    @Test
    void minutesAndTrackerPublishedOnTheirOwnAreNumberedInTheStylesWording() {
        assertThat(minutes).contains("Page 1/").doesNotContain("Page 1 of");
        assertThat(tracker).contains("Page 1/").doesNotContain("Page 1 of");
    }

    @Test
    void thePacksPagesAreNumberedInTheStylesWording() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("ns-pcp/2024-10-07/agenda-pack.pdf"))) {
            int pages = pdf.pageCount();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                assertThat(pdf.pageText(page).strip()).endsWith("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void thePacksOutlineNamesItemsInTheStylesWording() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("ns-pcp/2024-10-07/agenda-pack.pdf"))) {
            assertThat(pdf.outline()).extracting(PdfInspection.OutlineEntry::title).containsSubsequence("3. MINUTES",
                    "4. ACTIONS LOG", "5b. CONFIRMATION HEARING – PANEL RECOMMENDATION").noneMatch(t -> t.startsWith("Item "));
        }
    }

    @Test
    void papersAreSetInTheStylesTypography() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("ns-pcp/2024-07-22/minutes.pdf"))) {
            List<PdfInspection.Run> runs = pdf.runs(1);
            // the page number is page furniture, stamped after the paper is set
            assertThat(runs).filteredOn(r -> !r.text().startsWith("Page ")).extracting(PdfInspection.Run::font)
                    .hasSizeGreaterThan(20).allMatch(font -> font.startsWith("LiberationSans"));
            assertThat(runs).filteredOn(r -> r.text().startsWith("The Commissioner presented her report")).extracting(PdfInspection.Run::size)
                    .containsOnly(11.0f);
        }
        try (PdfInspection pdf = PdfInspection.open(out.resolve("ns-pcp/2024-10-07/action-tracker.pdf"))) {
            assertThat(pdf.runs(1).get(0)).extracting(PdfInspection.Run::text, PdfInspection.Run::font, PdfInspection.Run::size)
                    .containsExactly("Northshire Police and Crime Panel – Actions Log – October 2024", "LiberationSans-Bold", 12.0f);
        }
    }

    @Test
    void anEmptyCompletedSectionIsLeftOut() {
        assertThat(earlyTracker).contains("Open actions").doesNotContain("Closed actions");
    }

    @Test
    void theFrontSheetUsesTheStylesLabelsContactLineAndLinks() throws IOException {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("ns-pcp/2024-10-07/agenda-pack.pdf"))) {
            String front = pdf.pageText(1).replaceAll("\\s+", " ");
            assertThat(front).contains("Contact Officer: Rachel Moss, Panel Scrutiny Officer"
                    + " email: rachel.moss@northshire.example.org Tel: 01632 960 123");
            assertThat(front).containsSubsequence("5a.", "CONFIRMATION HEARING – DEPUTY POLICE AND CRIME", "10:20",
                    "5b.", "CONFIRMATION HEARING – PANEL", "10:20");
            assertThat(front).as("the list of papers labels items as the agenda does").containsSubsequence(
                    "Papers in this pack", "3. Minutes of the meeting held on 22 July 2024", "4. Actions Log",
                    "5b. Confirmation hearing");
            assertThat(front).contains("Home Office guidance").doesNotContain("](").doesNotContain("<http");
            List<String> uris = new ArrayList<>();
            for (var annotation : pdf.document().getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertThat(uris).anyMatch(u -> u.startsWith("https://www.gov.uk/government/publications/police-and-crime"));
        }
    }

    /** LibreOffice's PDF export of the workbook shows every word of every text cell: rows are tall enough. */
    @Test
    void libreOfficePrintsEveryLineOfEveryCell() throws Exception {
        Path xlsx = out.resolve("ns-pcp/2024-10-07/action-tracker.xlsx");
        Path pdfDir = out.resolve("libreoffice");
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + out.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfDir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(pdfDir.resolve("action-tracker.pdf")).as("LibreOffice Calc converted the workbook (see soffice.log)")
                .exists();
        String printed;
        try (PdfInspection pdf = PdfInspection.open(pdfDir.resolve("action-tracker.pdf"))) {
            printed = pdf.text().replaceAll("\\s+", " ");
        }
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Action Tracker");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                cells.add(sheet.getRow(r).getCell(3).getStringCellValue());
                cells.add(sheet.getRow(r).getCell(4).getStringCellValue());
            }
        }
        assertThat(cells).hasSizeGreaterThan(4);
        for (String cell : cells) {
            for (String word : cell.split("\\s+")) {
                assertThat(printed).as("LibreOffice's PDF shows '" + word + "'").contains(word);
            }
        }
    }

    @Test
    void theLeadOfficersReportUsesItsProfile() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("ns-pcp/2024-10-07/agenda-pack.pdf"))) {
            String text = pdf.text();
            assertThat(text).contains("Date: Monday October 7th 2024").doesNotContain("Date: 7 October 2024");
        }
    }

    @Test
    void theReportsHeaderAndHeadingsUseTheStylesLabels() {
        try (PdfInspection pdf = PdfInspection.open(out.resolve("ns-pcp/2024-10-07/agenda-pack.pdf"))) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text).contains("Contact officer: Rachel Moss, Panel Scrutiny Officer",
                    "E-mail: rachel.moss@northshire.example.org", "Legal implications", "Report of: Liam O'Connor")
                    .doesNotContain("Report author:", "Email: rachel", "Legal Implications");
        }
    }

    @Test
    void theWorkbookHasRealDateCells() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("ns-pcp/2024-10-07/action-tracker.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Action Tracker");
            Row first = sheet.getRow(2);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("31");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).as("the body's word for the column")
                    .isEqualTo("Ref.");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).as("a reference in the minutes' clause labels")
                    .isEqualTo("43 b");
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 11));
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yy");
            assertThat(first.getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(first.getHeightInPoints()).as("two wrapped lines of action text").isGreaterThan(2 * 13f);
            XSSFSheet summary = workbook.getSheet("Summary");
            List<String> lines = new ArrayList<>();
            for (Row row : summary) {
                lines.add(row.getCell(0).getStringCellValue() + " " + (row.getRowNum() == 0 ? row.getCell(1).getStringCellValue()
                        : String.valueOf((int) row.getCell(1).getNumericCellValue())));
            }
            assertThat(lines).containsExactly("Status Actions", "To be discharged 1", "Scheduled for the meeting 1",
                    "Completed 1", "Outstanding 1", "Total 4");
        }
    }
}
