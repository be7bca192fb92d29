package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.StoreSnapshot;
import org.packpress.testing.TestFolders;
import org.packpress.testing.TestPdfs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

/**
 * Bad inputs are rejected with an error naming the file and the field, and leave the store exactly as it
 * was (the good version of the same meeting is imported first, so a rejected change must not touch it).
 */
@PackPressTest
class ImportValidationTest {

    static final String MEETING = "meetings/2024-03-04.yaml";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandLine commandLine;

    @TempDir
    Path temp;

    Path folder;

    @BeforeEach
    void importTheGoodVersion() {
        folder = TestFolders.testPanel(temp);
        imports.importPaths(List.of(folder));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("malformed YAML", MEETING, null, "not well-formed",
                        f -> TestFolders.edit(f.resolve(MEETING), "venue: Committee", "venue: \"Committee")),
                bad("unknown field", MEETING, "agenda[1].colour", "unknown field 'colour'",
                        f -> TestFolders.edit(f.resolve(MEETING), "    title: NOTICE OF RECORDING",
                                "    title: NOTICE OF RECORDING\n    colour: red")),
                bad("unknown item type", MEETING, "agenda[1].type", "'notice' is not an agenda item type (one of:"
                        + " notice-of-recording, apologies, declarations, minutes, action-tracker, public-questions,"
                        + " report, key-decisions, work-programme, urgent-business, exclusion, readmission,"
                        + " private-session, other)",
                        f -> TestFolders.edit(f.resolve(MEETING), "type: notice-of-recording", "type: notice")),
                bad("misspelt item type longer than a word", MEETING, "agenda[1].type",
                        "'notice-of-the-recording-of-meetings' is not an agenda item type (one of: notice-of-recording,",
                        f -> TestFolders.edit(f.resolve(MEETING), "type: notice-of-recording",
                                "type: notice-of-the-recording-of-meetings")),
                bad("paper PackPress cannot generate", MEETING, "agenda[3].documents[1].generated",
                        "'minutes-of-the-last-meeting' is not a paper PackPress can generate (one of: minutes,"
                                + " action-tracker, key-decisions, work-programme)",
                        f -> TestFolders.edit(f.resolve(MEETING), "report: papers/07a-neighbourhood.md",
                                "generated: minutes-of-the-last-meeting")),
                bad("a private session with papers to follow", MEETING, "agenda[5].papersToFollow",
                        "a private session (type: private-session) has no papers to follow: remove papersToFollow",
                        f -> TestFolders.edit(f.resolve(MEETING), "    type: urgent-business\n",
                                "    type: private-session\n    papersToFollow: true\n")),
                bad("missing required field", MEETING, "venue", "is required",
                        f -> TestFolders.edit(f.resolve(MEETING),
                                "venue: Committee Room 1, Test Council House, High Street, Testford TF1 1AA\n", "")),
                bad("impossible date", "body.yaml", "memberships[1].from", "not a valid date",
                        f -> TestFolders.edit(f.resolve("body.yaml"), "from: 2023-05-01", "from: 2023-02-31")),
                bad("time earlier than the item before", MEETING, "agenda[6].time",
                        "10:30 is earlier than item 8 (11:00)",
                        f -> TestFolders.edit(f.resolve(MEETING), "time: \"11:05\"", "time: \"10:30\"")),
                bad("exempt paragraph outside 1 to 7", MEETING, "agenda[6].exempt", "9 is not a paragraph of Part 1"
                        + " of Schedule 12A to the Local Government Act 1972 (1 to 7)",
                        f -> TestFolders.edit(f.resolve(MEETING), "exempt: 3", "exempt: [3, 9]")),
                bad("exempt paragraph given twice", MEETING, "agenda[6].exempt", "a paragraph is given twice: [3, 3]",
                        f -> TestFolders.edit(f.resolve(MEETING), "exempt: 3", "exempt: [3, 3]")),
                bad("items out of order", MEETING, "agenda[5].number",
                        "item 6 comes after item 7b: items are listed in ascending order",
                        f -> TestFolders.edit(f.resolve(MEETING), "number: \"8\"", "number: \"6\"")),
                bad("two items with the same number", MEETING, "agenda[6].number", "item 9 appears more than once",
                        f -> TestFolders.edit(f.resolve(MEETING), "number: \"8\"", "number: \"9\"")),
                bad("missing attachment", MEETING, "agenda[4].documents[1].appendices[1].file", "does not exist",
                        f -> delete(f.resolve("papers/07b-slides.pdf"))),
                bad("attachment that is not a PDF", MEETING, "agenda[4].documents[1].appendices[1].file", "is not a PDF",
                        f -> write(f.resolve("papers/07b-slides.pdf"), "these are not slides")),
                bad("PDF that needs a password", MEETING, "agenda[4].documents[1].appendices[1].file",
                        "07b-slides.pdf needs a password to open",
                        f -> TestPdfs.writeEncrypted(f.resolve("papers/07b-slides.pdf"))),
                bad("image without alternative text", "papers/07a-neighbourhood.md", "line 20, image chart.png",
                        "has no alternative text", f -> {
                            copy(Path.of("src/test/resources/reports/divert-referrals.png"), f.resolve("papers/chart.png"));
                            TestFolders.edit(f.resolve("papers/07a-neighbourhood.md"),
                                    "against the previous year.", "against the previous year.\n\n![ ](chart.png)");
                        }),
                bad("a passage marked in a language that is no language tag", "papers/07a-neighbourhood.md",
                        "line 20, {lang=Cymraeg}", "'Cymraeg' is not a BCP 47 language tag",
                        f -> TestFolders.edit(f.resolve("papers/07a-neighbourhood.md"), "against the previous year.",
                                "against the previous year.\n\nCroeso. {lang=Cymraeg}")),
                bad("a font that is not embedded", "body.yaml", "styles[1].typography.fontFamily",
                        "'Arial' is not an embedded font family (expected one of: DejaVu Sans, Liberation Sans)",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - typography:\n      fontFamily: Arial\n")),
                bad("a front sheet's time pattern naming a day", "body.yaml", "styles[1].frontSheet.timeFormat",
                        "'dd HH:mm' is not a time pattern",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - frontSheet:\n      timeFormat: dd HH:mm\n")),
                bad("a numeric due date pattern of a one-letter day", "body.yaml", "styles[1].tracker.dueDateFormat",
                        "'d/MM/yy' has a one-letter day or month: write dd and MM",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - tracker:\n      dueDateFormat: d/MM/yy\n")),
                bad("a header block without the title", "body.yaml",
                        "styles[1].reportProfiles.Lead Panel Officer.headerBlock", "must name title",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - reportProfiles:\n      Lead Panel Officer:\n"
                                + "        headerBlock: [date, authors]\n")),
                bad("two header lines before the title", "body.yaml",
                        "styles[1].reportProfiles.Lead Panel Officer.headerBlock", "at most one may come before it",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - reportProfiles:\n      Lead Panel Officer:\n"
                                + "        headerBlock: [report-to, date, title]\n")),
                bad("a default profile's header block without the title", "body.yaml",
                        "styles[1].defaultReportProfile.headerBlock", "must name title",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - defaultReportProfile:\n"
                                + "      headerBlock: [item, date]\n")),
                bad("seven header lines after the title", "body.yaml",
                        "styles[1].reportProfiles.Lead Panel Officer.headerBlock",
                        "puts 7 lines after title; at most 6 may come after it",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - reportProfiles:\n      Lead Panel Officer:\n"
                                + "        headerBlock: [title, item, report-to, date, report-of, authors, email, telephone]\n")),
                bad("both author and authors", "papers/07a-neighbourhood.md", "authors",
                        "give either author (one) or authors (a list), not both",
                        f -> TestFolders.edit(f.resolve("papers/07a-neighbourhood.md"), "author: Sam Writer\n",
                                "author: Sam Writer\nauthors: [Sam Writer, Jo Reader]\n")),
                bad("a malformed language tag", "body.yaml", "styles[1].language", "'en_GB' is not a BCP 47 language tag",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - language: en_GB\n")),
                bad("a language Java has no dates for", "body.yaml", "styles[1].language",
                        "'xx' names a language whose dates PackPress cannot word",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - language: xx\n")),
                bad("a text block asking for a date in an unknown language", "body.yaml",
                        "styles[1].textBlocks.minutes-title", "'xx' names a language whose dates PackPress cannot word",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - textBlocks:\n"
                                + "      minutes-title: \"Held on {{date:xx}}\"\n")),
                bad("eleven short months", "body.yaml", "styles[1].language.shortMonths",
                        "give the twelve short month names from January",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - language:\n      tag: en-GB\n"
                                + "      shortMonths: [Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov]\n")),
                bad("pack page numbers without the page", "body.yaml", "styles[1].pack.pageNumbers",
                        "'Page' must contain {page}",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - pack:\n      pageNumbers: Page\n")),
                bad("an outline entry without the title", "body.yaml", "styles[1].pack.outlineEntry",
                        "'Item {number}' must contain {title}",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - pack:\n      outlineEntry: Item {number}\n")),
                bad("a member line without the name", "body.yaml", "styles[1].frontSheet.membership.memberLine",
                        "'{authority} ({role})' must contain {name}", f -> append(f.resolve("body.yaml"), "styles:\n"
                                + "  - frontSheet:\n      membership:\n        memberLine: \"{authority} ({role})\"\n")),
                bad("members present neither in lines nor run on", "body.yaml", "styles[1].minutes.membersPresent",
                        "'paragraph' is not one of: lines, run-on",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - minutes:\n      membersPresent: paragraph\n")),
                bad("a blank separator of the members present", "body.yaml", "styles[1].minutes.membersSeparator",
                        "' ' would run the members together", f -> append(f.resolve("body.yaml"),
                                "styles:\n  - minutes:\n      membersPresent: run-on\n      membersSeparator: \" \"\n")),
                bad("a blank separator of the front sheet's members", "body.yaml",
                        "styles[1].frontSheet.membership.separator", "' ' would run the members together",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - frontSheet:\n      membership:\n"
                                + "        layout: run-on\n        separator: \" \"\n")),
                bad("a front sheet's list of members in no layout", "body.yaml",
                        "styles[1].frontSheet.membership.layout", "'paragraph' is not one of: list, run-on",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - frontSheet:\n      membership:\n"
                                + "        layout: paragraph\n")),
                bad("a name form that is none", "body.yaml", "styles[1].frontSheet.membership.names",
                        "'initial' is not one of: full, initials, initials-with-full-stops", f -> append(f.resolve(
                                "body.yaml"), "styles:\n  - frontSheet:\n      membership:\n        names: initial\n")),
                bad("no leading role", "body.yaml", "styles[1].minutes.leadingRoles", "must name at least the chair's role",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - minutes:\n      leadingRoles: []\n")),
                bad("three heading sizes", "body.yaml", "styles[1].typography.headingSizes", "give 4 sizes",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - typography:\n      headingSizes: [16, 13, 12]\n")),
                bad("small text larger than the base", "body.yaml", "styles[1].typography.smallSize",
                        "10.0 is larger than baseSize (9.0)",
                        f -> append(f.resolve("body.yaml"), "styles:\n  - typography:\n      baseSize: 9\n      smallSize: 10\n")),
                bad("path leaving the body folder", MEETING, "agenda[4].documents[1].appendices[1].file",
                        "points outside the body folder",
                        f -> TestFolders.edit(f.resolve(MEETING), "file: papers/07b-slides.pdf",
                                "file: ../../secrets.pdf")),
                // issue 12 item 5: input limits
                bad("title longer than its limit", MEETING, "agenda[1].title",
                        "is 100,000 characters long; at most 500 are allowed",
                        f -> TestFolders.edit(f.resolve(MEETING), "title: NOTICE OF RECORDING", "title: " + "x".repeat(100_000))),
                bad("file larger than the configured size", "papers/scan.pdf", null,
                        "is 104,857,601 bytes; an input file may be at most 104,857,600 bytes (packpress.input.max-file-size)",
                        f -> sparse(f.resolve("papers/scan.pdf"), 100L * 1024 * 1024 + 1)),
                bad("YAML alias (a billion laughs)", MEETING, null, "uses the YAML alias *a (line 2): aliases are not"
                        + " accepted", f -> write(f.resolve(MEETING), BILLION_LAUGHS)),
                bad("YAML document over its bound", MEETING, null,
                        "is larger than 5,000,000 bytes, the most a YAML or JSON input may be",
                        f -> write(f.resolve(MEETING), "# " + "x".repeat(5_000_000) + "\n")),
                bad("identifier with a bidirectional control character", MEETING, "agenda[6].number",
                        "contains an invisible or bidirectional control character (U+202E at position 2); identifiers"
                                + " may not", f -> TestFolders.edit(f.resolve(MEETING), "number: \"9\"", "number: \"9\\u202E\"")),
                bad("person id with a zero-width space", "body.yaml", "people[2].id",
                        "contains an invisible or bidirectional control character (U+200B at position 6)",
                        f -> TestFolders.edit(f.resolve("body.yaml"), "  - id: chair", "  - id: \"chair\\u200B\"")),
                bad("line break in a body's name", "body.yaml", "name",
                        "contains a line break or control character (U+000D at position 28), which could break an email"
                                + " header", f -> TestFolders.edit(f.resolve("body.yaml"), "name: Test Police and Crime Panel",
                                "name: \"Test Police and Crime Panel\\r\\nBcc: everyone@example.org\"")),
                bad("line break in a recipient's name", "distribution.yaml", "recipients[1].name",
                        "contains a line break or control character (U+000A at position 4)",
                        f -> write(f.resolve("distribution.yaml"), """
                                recipients:
                                  - name: "Ann\\nBcc: everyone@example.org"
                                    email: ann@example.org
                                    role: member
                                """)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRejectedNamingFileAndFieldAndNothingChanges(String name, String file, String field, String reason,
            Consumer<Path> breakIt) {
        Map<String, List<String>> before = StoreSnapshot.take(jdbc);
        breakIt.accept(folder);

        assertThatThrownBy(() -> imports.importPaths(List.of(folder)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    InputError error = e.errors().get(0);
                    assertThat(error.file()).isEqualTo(file);
                    if (field != null) {
                        assertThat(error.location()).isEqualTo(field);
                    }
                    assertThat(error.reason()).contains(reason);
                });
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);

        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("import", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(file + ": ");
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void importCommandPrintsTheErrorAndExitsNonZero() {
        TestFolders.edit(folder.resolve(MEETING), "time: \"11:05\"", "time: \"10:30\"");
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("import", folder.toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("Import rejected; nothing was stored.")
                .contains("meetings/2024-03-04.yaml: agenda[6].time: 10:30 is earlier than item 8 (11:00)");
    }

    /**
     * A members' private session (an audit committee's with its auditors) has no papers and is no exempt business: an
     * item of that type with a paper or a paragraph of Schedule 12A is refused, each problem with its field and line.
     */
    @Test
    void aPrivateSessionWithAPaperOrAnExemptParagraphIsRefusedNamingFieldAndLine() {
        Map<String, List<String>> before = StoreSnapshot.take(jdbc);
        TestFolders.edit(folder.resolve(MEETING), "    type: report\n    title: CONTRACT AWARD",
                "    type: private-session\n    title: CONTRACT AWARD");

        assertThatThrownBy(() -> imports.importPaths(List.of(folder)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.errors())
                        .extracting(InputError::file, InputError::location, InputError::line, InputError::reason)
                        .containsExactly(
                                tuple(MEETING, "agenda[6].documents", 47, "a private session (type: private-session)"
                                        + " has no papers: remove documents (a paper belongs to an item of its own)"),
                                tuple(MEETING, "agenda[6].exempt", 46, "a private session (type: private-session)"
                                        + " takes no exempt information and needs no paragraph of Schedule 12A: remove"
                                        + " exempt (the front sheet says it is held in private)")));
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        TestFolders.edit(folder.resolve(MEETING), "time: \"11:05\"", "time: \"10:30\"");
        TestFolders.edit(folder.resolve(MEETING), "number: \"8\"", "number: \"9\"");
        assertThatThrownBy(() -> imports.importPaths(List.of(folder)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.errors()).hasSize(2));
    }

    /** A folder inside a body folder imports its files, with the body's; a file no import reads is refused. */
    @Test
    void aFolderInsideABodyFolderIsImportedAndEveryPathThatImportsNothingIsNamed() {
        TestFolders.edit(folder.resolve(MEETING), "time: \"11:05\"", "time: \"11:10\"");
        assertThat(imports.importPaths(List.of(folder.resolve("meetings")))).anyMatch(line -> line.contains("2024-03-04"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agenda_item WHERE meeting_date = '2024-03-04' AND item_time = '11:10:00'", Integer.class))
                .isOne();

        Path outside = temp.resolve("loose");
        write(outside, "not in a body folder");
        assertThatThrownBy(() -> imports.importPaths(List.of(folder.resolve("papers"),
                folder.resolve("papers/07b-slides.pdf"), folder.resolve("meetings/2099-01-01.yaml"), outside)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.errors()).extracting(
                        InputError::file, InputError::reason).containsExactly(
                        tuple("papers", "holds no file an import reads (body.yaml, meetings/, minutes/, performance/"
                                + " and the others of docs/input-format.md); papers and images are read with the file"
                                + " that names them"),
                        tuple("papers/07b-slides.pdf", "is not a file an import reads (body.yaml, meetings/, minutes/,"
                                + " performance/ and the others of docs/input-format.md); papers and images are read with"
                                + " the file that names them"),
                        tuple(folder.resolve("meetings/2099-01-01.yaml").toString(), "does not exist"),
                        tuple(outside.toString(), "is not inside a body folder (a folder with a body.yaml)")));
    }

    /** Nine levels of ten aliases each: a billion "lol"s if aliases were expanded. */
    static final String BILLION_LAUGHS = billionLaughs();

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            String alias = "*" + (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, alias))).append("]\n");
        }
        return yaml.toString();
    }

    /** A file of that many bytes that takes no room on the disk (its content is never read). */
    private static void sparse(Path file, long bytes) {
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Arguments bad(String name, String file, String field, String reason, Consumer<Path> breakIt) {
        return Arguments.of(name, file, field, reason, breakIt);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
