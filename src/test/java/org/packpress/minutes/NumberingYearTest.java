package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.checks.ChecksEngine;
import org.packpress.documents.minutes.ActionTrackerPapers;
import org.packpress.documents.minutes.MinutesPapers;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.model.Audience;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.store.BodyRepository;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Board whose house style numbers its minutes by financial year ({@code numberingYearStarts: April}): the
 * minutes of March continue the numbers of September ({@code 089/22}, the year the numbering year started in),
 * those of April start again at {@code 001/23}; the import, the checks and the printed notes agree. A bad month
 * is refused naming the file and field. The example Board (the default, January) is imported beside it unchanged,
 * under its own id ({@link MinutesImportRulesTest} checks that its numbers still restart each January).
 */
@SpringBootTest(properties = MinutesTests.DATABASE)
class NumberingYearTest {

    /** The page's left margin, where a Board's minute numbers start. */
    private static final float LEFT_MARGIN = 56;
    /** Where the Board's layout puts the text beside the numbers (60pt in). */
    private static final float BOARD_TEXT_X = LEFT_MARGIN + 60;
    /** Where the tracker's layout starts the text of its Meeting Date column (62pt in, and the cell's padding). */
    private static final float TRACKER_MEETING_X = LEFT_MARGIN + 62 + 4;

    @Autowired ImportService imports;
    @Autowired BodyRepository bodies;
    @Autowired ChecksEngine checks;
    @Autowired MinutesPapers minutes;
    @Autowired ActionTrackerPapers trackers;

    @TempDir Path dir;
    Path board;

    /**
     * A copy of the example Board (its notes of 27 September 2022 end at 088/22) that numbers from April, under an
     * id of the test's own (the tests share a store).
     */
    private void financialYearBoard(String id) {
        board = MinutesTestSupport.boardAs(id, dir);
        MinutesTestSupport.write(board.resolve("body.yaml"), MinutesTestSupport.read(board.resolve("body.yaml"))
                + "styles:\n  - minutes:\n      numberingYearStarts: April\n");
        meeting("2023-03-21");
        meeting("2023-04-25");
    }

    @Test
    void marchContinuesTheFinancialYearsNumbersAndAprilStartsAgain(@TempDir Path out) {
        financialYearBoard("fy-spcb");
        MinutesTestSupport.write(board.resolve("minutes/2023-03-21.yaml"), minutes("2023-03-21", "089/22", "090/22"));
        MinutesTestSupport.write(board.resolve("minutes/2023-04-25.yaml"), minutes("2023-04-25", "001/23", "002/23"));
        assertThat(importBoard()).contains("minutes/2023-03-21.yaml: minutes of 2023-03-21 stored (089/22 to 090/22)",
                "minutes/2023-04-25.yaml: minutes of 2023-04-25 stored (001/23 to 002/23)");
        assertThat(checks.checkBody("fy-spcb")).filteredOn(f -> f.rule().equals("minutes.numbers-contiguous")).isEmpty();
        Path pdf = out.resolve("april.pdf");
        minutes.render(bodies.get("fy-spcb"), LocalDate.of(2023, 4, 25), Audience.PUBLIC, false, pdf);
        assertThat(PanelMinutesTest.text(pdf)).contains("001/23 Item 1 - Apologies:", "002/23 Item 2 - Notes:");
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(x(inspection.words(1), "Item 1 - Apologies:")).as("the layout's text column").isEqualTo(BOARD_TEXT_X);
        }
    }

    /** Numbered as a calendar-year Board would, March's minutes are refused: March is still in 2022/23. */
    @Test
    void marchNumberedByTheCalendarYearIsRefused() {
        financialYearBoard("fy-march-spcb");
        MinutesTestSupport.write(board.resolve("minutes/2023-03-21.yaml"), minutes("2023-03-21", "001/23", "002/23"));
        assertThat(rejected()).contains(new InputError("minutes/2023-03-21.yaml", "items[1].number",
                "'001/23' is not NNN/22 such as 077/22", 5));
        assertThat(bodies.find("fy-march-spcb")).isEmpty();
    }

    @Test
    void aprilContinuingTheOldYearIsRefusedExpecting001() {
        financialYearBoard("fy-april-spcb");
        MinutesTestSupport.write(board.resolve("minutes/2023-03-21.yaml"), minutes("2023-03-21", "089/22", "090/22"));
        MinutesTestSupport.write(board.resolve("minutes/2023-04-25.yaml"), minutes("2023-04-25", "091/23", "092/23"));
        assertThat(rejected()).contains(new InputError("minutes/2023-04-25.yaml", "items[1].number",
                "the minutes of 2023-04-25 start at 091/23 but the previous meeting (2023-03-21) ended at 090/22:"
                        + " expected 001/23; minutes that continue from meetings not in the store say so"
                        + " (firstNumber: \"091/23\")", 5));
    }

    /**
     * A body file imported alone with a new numbering year is checked against the minutes already stored, and refused
     * naming each set it would number otherwise (until 7 December 2026 it was stored unchecked: only {@code check}, or
     * importing the minutes again, found them out of order); a style dated from after them leaves them be.
     */
    @Test
    void aNumberingYearImportedAloneIsCheckedAgainstTheStoredMinutes() {
        board = MinutesTestSupport.boardAs("fy-later-spcb", dir);
        meeting("2023-03-21");
        meeting("2023-04-25");
        MinutesTestSupport.write(board.resolve("minutes/2023-03-21.yaml"), minutes("2023-03-21", "001/23", "002/23"));
        MinutesTestSupport.write(board.resolve("minutes/2023-04-25.yaml"), minutes("2023-04-25", "003/23", "004/23"));
        importBoard();
        String calendarYear = MinutesTestSupport.read(board.resolve("body.yaml"));
        MinutesTestSupport.write(board.resolve("body.yaml"), calendarYear
                + "styles:\n  - minutes:\n      numberingYearStarts: April\n");

        InputRejectedException refused = catchThrowableOfType(InputRejectedException.class,
                () -> imports.importPaths(List.of(board.resolve("body.yaml"))));

        assertThat(refused).as("the import is rejected").isNotNull();
        assertThat(refused.errors()).contains(new InputError("body.yaml", "minutes.numberingYearStarts",
                "the stored minutes of 2023-03-21 number an item 001/23, which its minute numbering writes as NNN/22"
                        + " such as 077/22; import those minutes renumbered with it"),
                new InputError("body.yaml", "minutes.numberingYearStarts", "under its minute numbering the stored"
                        + " minutes of 2023-04-25 would start at 001/23, but they start at 003/23; import those minutes"
                        + " renumbered with it"));
        assertThat(MinuteNumbers.format(bodies.get("fy-later-spcb"), 3, LocalDate.of(2023, 3, 21)))
                .as("the stored body still numbers by the calendar year").isEqualTo("003/23");

        MinutesTestSupport.write(board.resolve("body.yaml"), calendarYear
                + "styles:\n  - effectiveFrom: 2023-05-01\n    minutes:\n      numberingYearStarts: April\n");
        assertThat(imports.importPaths(List.of(board.resolve("body.yaml")))).as("dated after the stored minutes")
                .anyMatch(line -> line.startsWith("body.yaml"));
    }

    /**
     * A Panel whose house style writes its numbers {@code PCP/{yy}/{n}}, by a municipal year from May (refused as "not
     * a whole number" until 7 December 2026): its minutes import and print so, and a number of another form is
     * refused naming the form expected. A form without the running number is refused naming its field.
     */
    @Test
    void aPanelsOwnNumberFormIsImportedAndPrinted(@TempDir Path out) throws Exception {
        board = TestFolders.copy(MinutesTestSupport.PANEL, dir.resolve("form-pcp"));
        MinutesTestSupport.edit(board.resolve("body.yaml"), "id: wm-pcp", "id: form-pcp");
        MinutesTestSupport.write(board.resolve("body.yaml"), MinutesTestSupport.read(board.resolve("body.yaml"))
                + "styles:\n  - minutes:\n      numberForm: PCP/{yy}/{n}\n      numberingYearStarts: May\n");
        for (String file : List.of("minutes/2023-11-13.yaml", "minutes/2023-12-18.yaml", "action-tracker.yaml")) {
            Files.delete(board.resolve(file));
        }
        MinutesTestSupport.write(board.resolve("minutes/2023-11-13.yaml"), panelMinutes("2023-11-13", "PCP/23/1", "PCP/23/2"));
        MinutesTestSupport.write(board.resolve("minutes/2023-12-18.yaml"), panelMinutes("2023-12-18", "PCP/23/3", "PCP/23/4"));

        assertThat(importBoard()).contains("minutes/2023-12-18.yaml: minutes of 2023-12-18 stored (PCP/23/3 to PCP/23/4)");
        Path pdf = out.resolve("december.pdf");
        minutes.render(bodies.get("form-pcp"), LocalDate.of(2023, 12, 18), Audience.PUBLIC, false, pdf);
        assertThat(PanelMinutesTest.text(pdf)).as("each number whole, in a column widened for it")
                .contains("PCP/23/3 APOLOGIES", "PCP/23/4 MINUTES");
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();

        MinutesTestSupport.write(board.resolve("minutes/2023-12-18.yaml"), panelMinutes("2023-12-18", "3", "PCP/23/4"));
        assertThat(rejected()).contains(new InputError("minutes/2023-12-18.yaml", "items[1].number",
                "'3' is not PCP/23/N such as PCP/23/77", 5));
        MinutesTestSupport.edit(board.resolve("body.yaml"), "numberForm: PCP/{yy}/{n}", "numberForm: PCP/{yy}");
        assertThat(rejected()).contains(new InputError("body.yaml", "styles[1].minutes.numberForm",
                "'PCP/{yy}' must hold the running number once, as {n} (15) or {nnn} (015)", 234));
    }

    /**
     * A Board whose house style writes its numbers {@code OPCC/{yyyy}/{nnn}} (refused until 7 December 2026, for want of
     * room in the notes' number column): each number prints whole, in a column widened for it, and the text beside
     * the numbers moves as far, its tables with it; the action tracker's column of references widens for it too.
     */
    @Test
    void aBoardsOwnNumberFormIsImportedAndPrintedInAWiderColumn(@TempDir Path out) throws Exception {
        financialYearBoard("fy-form-spcb");
        MinutesTestSupport.write(board.resolve("body.yaml"), MinutesTestSupport.read(board.resolve("body.yaml"))
                + "  - effectiveFrom: 2023-01-01\n    minutes:\n      numberingYearStarts: April\n"
                + "      numberForm: OPCC/{yyyy}/{nnn}\n");
        MinutesTestSupport.write(board.resolve("minutes/2023-03-21.yaml"), """
                meeting: 2023-03-21
                present:
                  - person: simon-foster
                items:
                  - number: OPCC/2022/089
                    title: "Item 1 - Apologies:"
                    text: The Commissioner welcomed everyone.
                  - number: OPCC/2022/090
                    title: "Item 2 - Calls:"
                    text: |
                      The Board noted the calls answered.

                      | Quarter | Calls answered |
                      |---|---|
                      | Q3 | 1,204 |
                    actions:
                      - text: The calls answered in the next quarter are to be reported to the Board.
                """);

        assertThat(importBoard()).contains(
                "minutes/2023-03-21.yaml: minutes of 2023-03-21 stored (OPCC/2022/089 to OPCC/2022/090)");
        Path pdf = out.resolve("march.pdf");
        minutes.render(bodies.get("fy-form-spcb"), LocalDate.of(2023, 3, 21), Audience.PUBLIC, false, pdf);
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<PdfInspection.Word> words = inspection.words(1);
            assertThat(x(words, "OPCC/2022/090")).as("the number whole, at the margin").isEqualTo(LEFT_MARGIN);
            float text = x(words, "Item 2 - Calls:");
            assertThat(text).as("the text column, beside the widest number").isGreaterThan(BOARD_TEXT_X);
            assertThat(x(words, "The Board noted the calls answered.")).isEqualTo(text);
            assertThat(x(words, "Quarter")).as("the table moves with the text").isBetween(text, text + 8);
        }
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
        Path tracker = out.resolve("tracker.pdf");
        trackers.renderStandalonePdf(trackers.tracker(bodies.get("fy-form-spcb"), LocalDate.of(2023, 3, 31)),
                bodies.get("fy-form-spcb"), null, tracker);
        try (PdfInspection inspection = PdfInspection.open(tracker)) {
            List<PdfInspection.Word> words = inspection.words(1);
            assertThat(x(words, "OPCC/2022/090")).as("the tracker's reference whole, in a column widened for it")
                    .isLessThan(x(words, "Mar 2023"));
            assertThat(x(words, "Mar 2023") - x(words, "Sept 2022")).as("one column").isZero();
            assertThat(x(words, "Sept 2022")).as("the meeting column moved right").isGreaterThan(TRACKER_MEETING_X);
        }
        assertThat(VeraPdf.failedRules(tracker)).isEmpty();
    }

    private static String panelMinutes(String date, String first, String second) {
        return """
                meeting: %s
                present:
                  - person: jasbir-jaspal
                items:
                  - number: "%s"
                    title: APOLOGIES
                    text: Apologies were received.
                  - number: "%s"
                    title: MINUTES
                    text: The minutes of the last meeting were agreed.
                """.formatted(date, first, second);
    }

    @Test
    void aMonthThatIsNoMonthIsRefusedNamingFileAndField() {
        financialYearBoard("fy-month-spcb");
        MinutesTestSupport.edit(board.resolve("body.yaml"), "numberingYearStarts: April", "numberingYearStarts: 13");
        assertThat(rejected()).contains(new InputError("body.yaml", "styles[1].minutes.numberingYearStarts",
                "'13' is not a month: write January to December, 1 to 12, or never", 136));
        assertThat(bodies.find("fy-month-spcb")).isEmpty();
    }

    private void meeting(String date) {
        MinutesTestSupport.write(board.resolve("meetings/" + date + ".yaml"), """
                date: %s
                type: ordinary
                start: "10:00"
                venue: Lloyd House
                status: held
                contactOfficer: charlotte-killeen
                agenda:
                  - number: "1"
                    type: apologies
                    title: APOLOGIES
                  - number: "2"
                    type: minutes
                    title: NOTES OF THE LAST MEETING
                """.formatted(date));
    }

    private static String minutes(String date, String first, String second) {
        return """
                meeting: %s
                present:
                  - person: simon-foster
                items:
                  - number: "%s"
                    title: "Item 1 - Apologies:"
                    text: The Commissioner welcomed everyone.
                  - number: "%s"
                    title: "Item 2 - Notes:"
                    text: The notes of the last meeting were agreed.
                """.formatted(date, first, second);
    }

    /** Where a run of text starts on the page. */
    private static float x(List<PdfInspection.Word> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no '" + text + "' among " + words)).x();
    }

    private List<String> importBoard() {
        return imports.importPaths(List.of(board));
    }

    private List<InputError> rejected() {
        InputRejectedException e = catchThrowableOfType(InputRejectedException.class, this::importBoard);
        assertThat(e).as("the import is rejected").isNotNull();
        return e.errors();
    }
}
