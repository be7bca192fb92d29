package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.store.minutes.MinutesRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Bad minutes and tracker files are rejected with the file, field and reason, and change nothing. */
@SpringBootTest(properties = MinutesTests.DATABASE)
class MinutesImportRulesTest {

    static final String DECEMBER = "minutes/2023-12-18.yaml";

    @Autowired ImportService imports;
    @Autowired MinutesRepository store;

    @TempDir Path dir;
    Path folder;
    String storedDecember;

    @BeforeEach
    void importExamplesAndCopyThem() {
        MinutesTestSupport.importExamples(imports);
        folder = MinutesTestSupport.copy(MinutesTestSupport.PANEL, dir);
        storedDecember = store.minutesHash("wm-pcp", LocalDate.of(2023, 12, 18)).orElseThrow();
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        List<String> lines = imports.importPaths(List.of(MinutesTestSupport.PANEL, MinutesTestSupport.BOARD));
        assertThat(lines).filteredOn(l -> l.startsWith("minutes/") || l.contains("tracker") || l.contains("key-decisions")
                || l.contains("work-programme")).hasSize(6).allMatch(l -> l.endsWith("unchanged"));
    }

    @Test
    void minutesMayBeWrittenAsJsonWithTheSameSchema() throws Exception {
        Path yaml = folder.resolve(DECEMBER);
        Object tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readValue(yaml.toFile(), Object.class);
        java.nio.file.Files.writeString(folder.resolve("minutes/2023-12-18.json"),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(tree));
        java.nio.file.Files.delete(yaml);
        org.packpress.model.minutes.Minutes before = store.findMinutes("wm-pcp", LocalDate.of(2023, 12, 18)).orElseThrow();
        assertThat(imports.importPaths(List.of(folder))).contains("minutes/2023-12-18.json: minutes of 2023-12-18 stored"
                + " (770 to 775)");
        assertThat(store.findMinutes("wm-pcp", LocalDate.of(2023, 12, 18))).contains(before);
    }

    @Test
    void aGapInMinuteNumbersIsRejected() {
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "number: \"775\"", "number: \"777\"");
        assertRejected(DECEMBER, "items[6].number", "777 does not follow 774 (numbers are missing)", 118);
    }

    @Test
    void aPassageMarkedInALanguageThatIsNoLanguageTagIsRejected() {
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "    text: There was no urgent business.\n",
                "    text: |\n      There was no urgent business.\n\n      Dim busnes brys. {lang=Cymraeg}\n");
        assertRejected(DECEMBER, "items[6].text", "line 3 of the text, {lang=Cymraeg}: 'Cymraeg' is not a BCP 47"
                + " language tag (such as cy or en-GB): its language is not an ISO 639 code", 121);
    }

    /** An agenda item is the same item however many leading zeros either file writes ("03" is item 3). */
    @Test
    void anAgendaItemWrittenWithALeadingZeroIsTheAgendasItem() {
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "agendaItem: \"3\"", "agendaItem: \"03\"");
        assertThat(imports.importPaths(List.of(folder))).anyMatch(line -> line.startsWith(DECEMBER + ": minutes of"));
    }

    /** A members' private session ({@code type: private-session}) is not minuted: a minute of it is refused. */
    @Test
    void aMinuteOfAPrivateSessionIsRejected() {
        MinutesTestSupport.edit(folder.resolve("meetings/2023-12-18.yaml"), "type: urgent-business",
                "type: private-session");
        assertRejected(DECEMBER, "items[6].agendaItem", "'5' is the members' private session (type: private-session),"
                + " which is not minuted: leave it out of the minutes", 120);
    }

    @Test
    void aDuplicateMinuteNumberIsRejected() {
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "number: \"775\"", "number: \"774\"");
        assertRejected(DECEMBER, "items[6].number", "774 is used twice", 118);
    }

    @Test
    void aFirstNumberThatDoesNotFollowThePreviousMeetingIsRejected() {
        MinutesTestSupport.write(folder.resolve("minutes/2024-01-15.yaml"), """
                meeting: 2024-01-15
                present:
                  - person: jasbir-jaspal
                items:
                  - number: "777"
                    title: NOTICE OF RECORDING
                    text: The Chair announced that the meeting would be livestreamed.
                """);
        assertRejected("minutes/2024-01-15.yaml", "items[1].number",
                "the minutes of 2024-01-15 start at 777 but the previous meeting (2023-12-18) ended at 775: expected 776;"
                        + " minutes that continue from meetings not in the store say so (firstNumber: \"777\")", 5);
    }

    @Test
    void minutesThatStateTheirFirstNumberMayContinueFromMeetingsNotInTheStore() {
        MinutesTestSupport.edit(folder.resolve("body.yaml"), "id: wm-pcp", "id: continuing-pcp");
        MinutesTestSupport.write(folder.resolve("minutes/2024-01-15.yaml"), """
                meeting: 2024-01-15
                firstNumber: "777"
                present:
                  - person: jasbir-jaspal
                items:
                  - number: "777"
                    title: NOTICE OF RECORDING
                    text: The Chair announced that the meeting would be livestreamed.
                """);
        assertThat(imports.importPaths(List.of(folder))).contains("minutes/2024-01-15.yaml: minutes of 2024-01-15 stored"
                + " (777 to 777)");
        assertThat(store.minutesHash("continuing-pcp", LocalDate.of(2024, 1, 15))).isPresent();
    }

    @Test
    void theFirstMinutesHeldSayThatTheyContinueFromMeetingsNotInTheStore() {
        MinutesTestSupport.edit(folder.resolve("minutes/2023-11-13.yaml"), "firstNumber: \"756\"\n", "");
        assertRejected("minutes/2023-11-13.yaml", "items[1].number", "the minutes of 2023-11-13 start at 756, but no"
                + " earlier minutes of wm-pcp are held; minutes that continue from meetings not in the store say so"
                + " (firstNumber: \"756\")", 32);
    }

    @Test
    void aStatedFirstNumberIsTheFirstItemsNumber() {
        MinutesTestSupport.edit(folder.resolve("minutes/2023-11-13.yaml"), "firstNumber: \"756\"", "firstNumber: \"755\"");
        assertRejected("minutes/2023-11-13.yaml", "firstNumber", "'755' is not the number of the first item (756)", 5);
    }

    @Test
    void aBoardRestartsItsNumbersInANewYear() {
        // the Board's stored minutes of 27 September 2022 end at 088/22
        Path board = MinutesTestSupport.copy(MinutesTestSupport.BOARD, dir.resolve("board"));
        MinutesTestSupport.write(board.resolve("minutes/2023-01-24.yaml"), boardMinutes("2023-01-24", "089/23"));
        assertThat(rejectedErrors(board)).contains(new InputError("minutes/2023-01-24.yaml", "items[1].number",
                "the minutes of 2023-01-24 start at 089/23 but the previous meeting (2022-09-27) ended at 088/22:"
                        + " expected 001/23; minutes that continue from meetings not in the store say so"
                        + " (firstNumber: \"089/23\")", 5));
        assertThat(store.minutesHash("wm-spcb", LocalDate.of(2023, 1, 24))).isEmpty();
    }

    @Test
    void aBoardContinuesItsNumbersWithinTheYear() {
        Path board = MinutesTestSupport.copy(MinutesTestSupport.BOARD, dir.resolve("board"));
        MinutesTestSupport.write(board.resolve("minutes/2022-11-29.yaml"), boardMinutes("2022-11-29", "001/22"));
        assertThat(rejectedErrors(board)).contains(new InputError("minutes/2022-11-29.yaml", "items[1].number",
                "the minutes of 2022-11-29 start at 001/22 but the previous meeting (2022-09-27) ended at 088/22:"
                        + " expected 089/22", 5));
        assertThat(store.minutesHash("wm-spcb", LocalDate.of(2022, 11, 29))).isEmpty();
    }

    private static String boardMinutes(String date, String firstNumber) {
        return """
                meeting: %s
                present:
                  - person: simon-foster
                items:
                  - number: %s
                    title: "Item 1 - Apologies:"
                    text: The Commissioner welcomed everyone.
                """.formatted(date, firstNumber);
    }

    private List<InputError> rejectedErrors(Path bodyFolder) {
        InputRejectedException e = catchThrowableOfType(InputRejectedException.class,
                () -> imports.importPaths(List.of(bodyFolder)));
        assertThat(e).as("the import is rejected").isNotNull();
        return e.errors();
    }

    @Test
    void anActionReferringToAMissingResolutionClauseIsRejected() {
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "- clause: iii", "- clause: iv");
        assertRejected(DECEMBER, "items[5].actions[2].clause",
                "'iv' is not a clause of the resolution of minute 774 (it has clauses i to iii)", 115);
    }

    @Test
    void anActionNamesItsClauseInTheClauseLabelsOfTheMinutesStyle() throws Exception {
        java.nio.file.Files.writeString(folder.resolve("body.yaml"), java.nio.file.Files.readString(folder.resolve("body.yaml"))
                + "styles:\n  - minutes:\n      clauseLabels: letter-then-roman\n");
        InputRejectedException e = reject();
        assertThat(e.errors()).contains(new InputError(DECEMBER, "items[5].actions[1].clause",
                "'ii' is not a clause of the resolution of minute 774 (it has clauses a to c)", 113));
        assertUnchanged();
    }

    @Test
    void someoneBothPresentAndGivingApologiesIsRejectedNamingBothEntries() {
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "  - person: craig-guildford",
                "  - person: craig-guildford\n  - person: gareth-moore");
        assertRejected(DECEMBER, "apologies[8].person",
                "'gareth-moore' is also listed as present[8]: someone cannot be both present and giving apologies", 29);
    }

    @Test
    void anUnknownMemberIsRejected() {
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "present:\n", "present:\n  - person: john-smith\n"
                + "  - person: jane-heppel\n");
        InputRejectedException e = reject();
        assertThat(e.errors()).contains(
                new InputError(DECEMBER, "present[1].person", "'john-smith' is not a person of wm-pcp (add them to body.yaml)", 5),
                new InputError(DECEMBER, "present[2].person", "'jane-heppel' is not a member of wm-pcp on 2023-12-18"
                        + " (list non-members under alsoPresent)", 6));
        assertUnchanged();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "number: \"775\"", "number: \"774\"");
        MinutesTestSupport.edit(folder.resolve(DECEMBER), "- clause: iii", "- clause: iv");
        MinutesTestSupport.edit(folder.resolve("action-tracker.yaml"), "  - ref: 774 iii\n", "  - ref: 774 v\n");
        InputRejectedException e = reject();
        assertThat(e.errors()).extracting(InputError::location).contains("items[6].number",
                "items[5].actions[2].clause", "actions[4].meeting");
        assertUnchanged();
    }

    @Test
    void checksYamlNamingAnUnknownPersonOrMonthIsRejectedWithEveryProblem() {
        MinutesTestSupport.write(folder.resolve("checks.yaml"), """
                municipalYearStarts: Mayday
                titles:
                  - {person: nobody, title: Acting Clerk, reason: acting}
                  - {person: sarah-fradgley, title: Acting Clerk, from: 2024-03-01, until: 2024-01-01}
                """);
        InputRejectedException e = reject();
        assertThat(e.errors()).contains(
                new InputError("checks.yaml", "municipalYearStarts", "'Mayday' is not a month (write it in full, e.g. May)", 1),
                new InputError("checks.yaml", "titles[1].person", "'nobody' is not a person of wm-pcp", 3),
                new InputError("checks.yaml", "titles[2].reason", "is required", 4),
                new InputError("checks.yaml", "titles[2].until", "2024-01-01 is before from (2024-03-01)", 4));
        assertUnchanged();
    }

    private void assertRejected(String file, String field, String reason, int line) {
        InputRejectedException e = reject();
        assertThat(e.errors()).contains(new InputError(file, field, reason, line));
        assertUnchanged();
    }

    private InputRejectedException reject() {
        InputRejectedException e = catchThrowableOfType(InputRejectedException.class,
                () -> imports.importPaths(List.of(folder)));
        assertThat(e).as("the import is rejected").isNotNull();
        return e;
    }

    private void assertUnchanged() {
        assertThat(store.minutesHash("wm-pcp", LocalDate.of(2023, 12, 18))).contains(storedDecember);
        assertThat(store.minutesHash("wm-pcp", LocalDate.of(2024, 1, 15))).isEmpty();
    }
}
