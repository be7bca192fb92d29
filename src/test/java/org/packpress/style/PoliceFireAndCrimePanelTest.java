package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
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
import org.packpress.model.style.FrontSheetStyle;
import org.packpress.model.style.FrontSheetStyle.TimeColumn;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conventions of Police, Fire and Crime Panels that a trial of such a Panel found missing (7 December 2026), on a
 * copy of the Northshire Panel (as body {@code pf-pcp}): its agendas give no times, and the front sheet then has no
 * column of times (house style {@code frontSheet.timeColumn: when-timed}); its public minutes keep the number and
 * title of a minute held in private, with the exempt notice (house style {@code minutes.exemptInPublic:
 * title-and-notice}), as a Board's public notes do on a copy of the Board's ({@code pf-board}); its action log has
 * columns of owners, due dates and statuses (house style {@code tracker.ownerColumn}, {@code dueColumn}, {@code
 * statusColumn}).
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoliceFireAndCrimePanelTest {

    private static final String EXEMPT_WORDS = "312 complaints";
    private static final LocalDate BOARD_MEETING = LocalDate.of(2022, 9, 27);

    @Autowired
    ImportService imports;
    @Autowired
    MinutesPublisher publisher;
    @Autowired
    AgendaPackBuilder packs;

    @TempDir
    static Path temp;

    Path out;

    @BeforeAll
    void importAndBuild() throws IOException {
        Path folder = TestFolders.copy(Path.of("examples/ns-pcp"), temp.resolve("in/pf-pcp"));
        Path body = folder.resolve("body.yaml");
        TestFolders.edit(body, "id: ns-pcp", "id: pf-pcp");
        TestFolders.edit(body, "      untimed: \"–\"\n", "      untimed: \"–\"\n      timeColumn: when-timed\n"
                + "      partHeadings: always\n");
        TestFolders.edit(body, "      meetingDateFormat: dd/MM/yy\n", "      meetingDateFormat: dd/MM/yy\n      ownerColumn: true\n"
                + "      dueColumn: true\n      statusColumn: true\n");
        TestFolders.edit(body, "      resolved: \"RESOLVED:\"\n",
                "      resolved: \"RESOLVED:\"\n      exemptInPublic: title-and-notice\n");
        Path october = folder.resolve("meetings/2024-10-07.yaml");
        Files.writeString(october, Files.readString(october).replaceAll(", time: \"\\d\\d:\\d\\d\"", "")
                .replaceAll("(?m)^ +time: \"\\d\\d:\\d\\d\"\\n", ""));
        // minute 44, on the complaints handled, was held in private
        TestFolders.edit(folder.resolve("meetings/2024-07-22.yaml"), "title: COMPLAINTS HANDLING,",
                "title: COMPLAINTS HANDLING, exempt: 1,");
        TestFolders.edit(folder.resolve("minutes/2024-07-22.yaml"), "    agendaItem: \"4\"\n",
                "    agendaItem: \"4\"\n    exempt: 1\n");
        TestFolders.edit(folder.resolve("minutes/2024-07-22.yaml"), "{clause: b, owner: Police and Crime Commissioner}",
                "{clause: b, owner: Police and Crime Commissioner, due: 2024-09-30}");
        imports.importPaths(List.of(folder, board()));
        out = temp.resolve("out");
        publisher.publishMinutes("pf-pcp", NorthshireStyleTest.JULY, out, null);
        packs.build("pf-pcp", NorthshireStyleTest.OCTOBER, out, null, AgendaPackBuilder.Progress.NONE);
        publisher.publishMinutes("pf-board", BOARD_MEETING, out, null);
        publisher.publishTracker("pf-pcp", NorthshireStyleTest.OCTOBER, out, null);
    }

    /** The Board's body and notes (not its performance files), its minute 080/22 held in private. */
    private static Path board() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in/pf-board"));
        for (String part : List.of("body.yaml", "meetings", "minutes")) {
            TestFolders.copy(Path.of("examples/wm-spcb").resolve(part), folder.resolve(part));
        }
        Path body = folder.resolve("body.yaml");
        TestFolders.edit(body, "id: wm-spcb", "id: pf-board");
        Files.writeString(body, Files.readString(body) + "styles:\n  - minutes:\n      exemptInPublic: title-and-notice\n");
        TestFolders.edit(folder.resolve("minutes/2022-09-27.yaml"), "    agendaItem: \"4\"\n",
                "    agendaItem: \"4\"\n    exempt: 3\n");
        return folder;
    }

    @Test
    void anAgendaWithoutTimesHasNoColumnOfTimes() {
        Path pack = out.resolve("pf-pcp/2024-10-07/agenda-pack.pdf");
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.pageText(1)).contains("Topic").doesNotContain("Approximate");
            StructureTree.Element agenda = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table") && e.text().contains("Topic")).findFirst().orElseThrow();
            assertThat(agenda.cells().get(0)).containsExactly("TH:Supporting Document", "TH:Item", "TH:Topic");
            assertThat(agenda.cells()).hasSize(9).allSatisfy(row -> assertThat(row).hasSize(3));
            // partHeadings: always heads the public business of an agenda without private business too
            assertThat(agenda.cells().get(1)).containsExactly("TD:", "TD:", "TD:PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC");
        }
        assertThat(VeraPdf.failedRules(pack)).isEmpty();
    }

    @Test
    void whenTimedPrintsTheColumnForAnAgendaWithATimeAndTheDefaultAlways() {
        FrontSheetStyle whenTimed = new FrontSheetStyle(null, null, null, null, null, null, null, null, null,
                TimeColumn.WHEN_TIMED, null);
        assertThat(whenTimed.printsTimes(true)).isTrue();
        assertThat(whenTimed.printsTimes(false)).isFalse();
        assertThat(FrontSheetStyle.DEFAULT.printsTimes(false)).isTrue();
    }

    @Test
    void thePublicMinutesKeepAnExemptMinutesNumberAndTitleWithTheNoticeOnly() {
        String minutes = NorthshireStyleTest.oneLine(out.resolve("pf-pcp/2024-07-22/minutes.pdf"));
        assertThat(minutes).containsSubsequence("43 POLICE AND CRIME PLAN DELIVERY", "44 COMPLAINTS HANDLING",
                "Not for publication: this item contains exempt information under paragraph 1 of Part 1 of Schedule 12A",
                "Meeting Closed: 11.47 hours.").doesNotContain(EXEMPT_WORDS, "CONFIDENTIAL");
        String confidential = NorthshireStyleTest.oneLine(out.resolve("pf-pcp/2024-07-22/minutes-confidential.pdf"));
        assertThat(confidential).contains("44 COMPLAINTS HANDLING", EXEMPT_WORDS);
        String publicPack = NorthshireStyleTest.oneLine(out.resolve("pf-pcp/2024-10-07/agenda-pack.pdf"));
        assertThat(publicPack).contains("44 COMPLAINTS HANDLING").doesNotContain(EXEMPT_WORDS);
    }

    @Test
    void theBoardsPublicNotesKeepAnExemptMinutesNumberAndTitleWithTheNoticeOnly() {
        String notes = NorthshireStyleTest.oneLine(out.resolve("pf-board/2022-09-27/minutes.pdf"));
        assertThat(notes).containsSubsequence("079/22", "080/22 Item 4 - Questions from Members of the Board",
                "Not for publication: this item contains exempt information under paragraph 3", "081/22")
                .doesNotContain("hit-and-run");
        assertThat(NorthshireStyleTest.oneLine(out.resolve("pf-board/2022-09-27/minutes-confidential.pdf")))
                .contains("hit-and-run");
    }

    /**
     * Its action log has columns of owners (wide enough for their words), of due dates (the due date, or else the
     * meeting an action is scheduled for, in the style's {@code dueDateFormat}: here its default, with the body's short
     * months) and of statuses (which then no longer open the update).
     */
    @Test
    void theTrackerHasColumnsOfOwnersDueDatesAndStatuses() {
        Path tracker = out.resolve("pf-pcp/2024-10-07/action-tracker.pdf");
        try (PdfInspection pdf = PdfInspection.open(tracker)) {
            List<StructureTree.Element> tables = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table")).toList();
            assertThat(tables).hasSize(2).allSatisfy(table -> {
                assertThat(table.cells().get(0)).containsExactly("TH:Ref.", "TH:Meeting Date", "TH:Action", "TH:Owner",
                        "TH:Due", "TH:Status", "TH:Progress");
                assertThat(table.cells()).allSatisfy(row -> assertThat(row).hasSize(7));
            });
            assertThat(tables.get(0).cells()).contains(List.of("TD:43 b", "TD:22/07/24",
                    "TD:Shoplifting figures That the Commissioner provide the shoplifting figures for each district",
                    "TD:Police and Crime Commissioner", "TD:30 Sept 2024", "TD:To be discharged",
                    "TD:The figures are being compiled by the Force's analysts."));
            assertThat(tables.get(0).cells()).anySatisfy(row -> assertThat(row).startsWith("TD:43 c")
                    .contains("TD:7 Oct 2024", "TD:Scheduled for the meeting on 7 October 2024"));
            assertThat(tables.get(0).cells()).anySatisfy(row -> assertThat(row).startsWith("TD:31")
                    .contains("TD:", "TD:Outstanding"));
            assertThat(pdf.text().replaceAll("\\s+", " ")).containsSubsequence("43 b", "30 Sept 2024", "43 c",
                    "7 Oct 2024", "Closed actions").doesNotContain("recommissioni ng", "Commissio ner");
        }
        assertThat(VeraPdf.failedRules(tracker)).isEmpty();
    }

    /** The workbook's due date is a date cell in the style's {@code dueDateFormat}, in a column of its own. */
    @Test
    void theWorkbooksDueDateIsADateCell() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("pf-pcp/2024-10-07/action-tracker.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            int due = headers.indexOf("Due");
            assertThat(due).as("the Due column in " + headers).isPositive();
            assertThat(sheet.getTables().get(0).getColumns().get(due).getName()).isEqualTo("Due");
            Row shoplifting = sheet.getRow(3);
            assertThat(shoplifting.getCell(1).getStringCellValue()).isEqualTo("43 b");
            Cell date = shoplifting.getCell(due);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 30));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
            assertThat(sheet.getRow(2).getCell(due).getStringCellValue()).as("31 has no due date").isEmpty();
        }
    }
}
