package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.StoreSnapshot;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

/**
 * A value that cannot be read at all (a time 25:30, a date 2024-13-01, a number "three", an unknown field) does not
 * stop the other checks of its file: every problem of every file is listed in one round, the unreadable value counts
 * as missing without a second error about its field, nothing is stored and the command exits non-zero.
 */
@PackPressTest
class UnreadableValuesTest {

    static final String MEETING = "meetings/2024-03-04.yaml";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandLine commandLine;

    @TempDir
    Path temp;

    @Test
    void aMeetingBodyAndReportListEveryProblemBesideTheirUnreadableValues() {
        Path folder = TestFolders.testPanel(temp);
        TestFolders.edit(folder.resolve(MEETING), "start: \"10:00\"", "start: \"25:30\"");
        TestFolders.edit(folder.resolve(MEETING), "status: scheduled", "status: scheduled\ncolour: red");
        TestFolders.edit(folder.resolve(MEETING), "venue: Committee Room 1, Test Council House, High Street, Testford"
                + " TF1 1AA\n", "");
        TestFolders.edit(folder.resolve(MEETING), "time: \"11:00\"", "time: \"11:6O\"");
        TestFolders.edit(folder.resolve(MEETING), "exempt: 3", "exempt: [3, three]");
        TestFolders.edit(folder.resolve(MEETING), "number: \"9\"", "number: \"8\"");
        TestFolders.edit(folder.resolve("body.yaml"), "from: 2023-05-01", "from: 2023-02-31");
        TestFolders.edit(folder.resolve("body.yaml"), "    familyName: Chair\n", "");
        TestFolders.edit(folder.resolve("papers/07a-neighbourhood.md"), "date: 2024-03-04", "date: 2024-13-04");
        TestFolders.edit(folder.resolve("papers/07a-neighbourhood.md"), "author: Sam Writer\n",
                "author: Sam Writer\nauthors: [Sam Writer, Jo Reader]\n");
        Map<String, List<String>> before = StoreSnapshot.take(jdbc);

        assertThat(rejected(folder)).containsExactlyInAnyOrder(
                "body.yaml: people[2].familyName: is required (line 14)",
                "body.yaml: memberships[1].from: '2023-02-31' is not a valid date (yyyy-mm-dd) (line 22)",
                MEETING + ": start: '25:30' is not a valid time (HH:mm) (line 3)",
                MEETING + ": colour: unknown field 'colour' (line 5) (expected one of: agenda, broadcast,"
                        + " contactOfficer, date, draft, postponedTo, start, status, type, venue, venueShort)",
                MEETING + ": venue: is required",
                MEETING + ": agenda[5].time: '11:6O' is not a valid time (HH:mm) (line 40)",
                MEETING + ": agenda[6].number: item 8 appears more than once (line 41)",
                MEETING + ": agenda[6].exempt[2]: 'three' is not a number (line 46)",
                "papers/07a-neighbourhood.md: date: '2024-13-04' is not a valid date (yyyy-mm-dd) (line 3)",
                "papers/07a-neighbourhood.md: authors: give either author (one) or authors (a list), not both (line 6)");
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);

        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("import", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("10 problems in 3 files");
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void minutesAndTheTrackerListEveryProblemBesideTheirUnreadableValues() {
        Path panel = TestFolders.copy(Path.of("examples/wm-pcp"), temp.resolve("wm-pcp"));
        Path minutes = panel.resolve("minutes/2023-11-13.yaml");
        TestFolders.edit(minutes, "ended: \"16:24\"", "ended: \"16:84\"");
        TestFolders.edit(minutes, "confirms: 2023-09-11", "confirms: 2023-09-31");
        TestFolders.edit(minutes, "  - person: shabina-bano", "  - person: nobody-known");
        TestFolders.edit(minutes, "    agendaItem: \"2\"", "    agendaItem: \"2\"\n    colour: red");
        TestFolders.edit(panel.resolve("action-tracker.yaml"), "      - date: 2023-11-13", "      - date: 2023-13-13");
        Map<String, List<String>> before = StoreSnapshot.take(jdbc);

        List<String> errors = rejected(panel);

        assertThat(errors).filteredOn(e -> e.startsWith("minutes/2023-11-13.yaml")).containsExactlyInAnyOrder(
                "minutes/2023-11-13.yaml: present[2].person: 'nobody-known' is not a person of wm-pcp (add them to"
                        + " body.yaml) (line 8)",
                "minutes/2023-11-13.yaml: items[2].colour: unknown field 'colour' (line 44) (expected one of: actions,"
                        + " agendaItem, confirms, exempt, group, number, proceduralNotes, resolution, standard, text,"
                        + " title, vote)",
                "minutes/2023-11-13.yaml: items[5].confirms: '2023-09-31' is not a valid date (yyyy-mm-dd) (line 61)",
                "minutes/2023-11-13.yaml: ended: '16:84' is not a valid time (HH:mm) (line 251)");
        assertThat(errors).filteredOn(e -> e.startsWith("action-tracker.yaml")).containsExactly(
                "action-tracker.yaml: actions[1].updates[1].date: '2023-13-13' is not a valid date (yyyy-mm-dd) (line 13)");
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void performanceFilesListEveryProblemBesideTheirUnreadableValues() {
        Path body = TestFolders.copy(Path.of("examples/wm-spcb"), temp.resolve("wm-spcb"));
        Path performance = body.resolve("performance");
        TestFolders.edit(performance.resolve("statuses.yaml"), "recordedOn: 2021-09-10", "recordedOn: 2021-13-10");
        TestFolders.edit(performance.resolve("statuses.yaml"), "indicator: 2,", "indicator: two,");
        TestFolders.edit(performance.resolve("statuses.yaml"), "indicator: 3, year: 2020/21, status: partly met",
                "indicator: 3, year: 2020/21, status: partly won");
        Path inspection = performance.resolve("inspections/peel-2021-22.yaml");
        TestFolders.edit(inspection, "inspectorate: HMICFRS\n", "");
        TestFolders.edit(inspection, "programme: PEEL 2021/22", "programme: PEEL 2021/22\npublished: 2021-11-31\nteam: [a]");
        Path review = performance.resolve("reviews/2020-21.yaml");
        TestFolders.edit(review, "meetingDate: 2021-09-26", "meetingDate: 2021-09-31");
        TestFolders.edit(review, "plan: pcp-2016", "plan: pcp-2099");
        Map<String, List<String>> before = StoreSnapshot.take(jdbc);

        assertThat(rejected(performance)).containsExactlyInAnyOrder(
                "performance/inspections/peel-2021-22.yaml: published: '2021-11-31' is not a valid date (yyyy-mm-dd)"
                        + " (line 3)",
                "performance/inspections/peel-2021-22.yaml: team: unknown field 'team' (line 4) (expected one of:"
                        + " areas, findings, id, inspectorate, programme, published, title)",
                "performance/inspections/peel-2021-22.yaml: inspectorate: is required",
                "performance/reviews/2020-21.yaml: meetingDate: '2021-09-31' is not a valid date (yyyy-mm-dd) (line 4)",
                "performance/reviews/2020-21.yaml: plan: unknown plan 'pcp-2099'; the plan is pcp-2016 (line 2)",
                "performance/statuses.yaml: statuses[1].recordedOn: '2021-13-10' is not a valid date (yyyy-mm-dd)"
                        + " (line 4)",
                "performance/statuses.yaml: statuses[2].indicator: 'two' is not a number (line 6)",
                "performance/statuses.yaml: statuses[3].status: expected met, partly met, not met or not assessable,"
                        + " not 'partly won' (line 8)");
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);

        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("import", performance.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("8 problems in 3 files");
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void aPerformancePlanListsEveryProblemBesideItsUnreadableValues() {
        Path body = TestFolders.copy(Path.of("examples/wm-spcb"), temp.resolve("wm-spcb"));
        Path plan = body.resolve("performance/plan.yaml");
        TestFolders.edit(plan, "decimals: 1}", "decimals: one}");
        TestFolders.edit(plan, "  - number: 2\n", "  - number: two\n");
        TestFolders.edit(plan, "direction: lower", "direction: down");
        TestFolders.edit(plan, "    Burglary: burglary\n    Robbery: robbery", "    - Burglary");

        assertThat(rejected(plan)).containsExactlyInAnyOrder(
                "performance/plan.yaml: indicators[1].measures[1].decimals: 'one' is not a number (line 55)",
                "performance/plan.yaml: indicators[2].number: 'two' is not a number (line 59)",
                "performance/plan.yaml: indicators[1].direction: expected higher, lower or monitor, not 'down' (line 51)",
                "performance/plan.yaml: streetLevel.crimeTypes: expected a mapping of fields but found a list (line 187)");
    }

    @Test
    void aJsonMeetingFileListsEveryProblemBesideItsUnreadableValues() throws Exception {
        Path folder = TestFolders.testPanel(temp);
        Path yaml = folder.resolve(MEETING);
        ObjectMapper yamlMapper = new ObjectMapper(new YAMLFactory());
        ObjectNode meeting = (ObjectNode) yamlMapper.readTree(yaml.toFile());
        meeting.put("date", "2024-03-4").put("colour", "red");
        ((ObjectNode) meeting.get("agenda").get(4)).put("time", "eleven");
        ((ObjectNode) meeting.get("agenda").get(5)).put("number", "8");
        Files.delete(yaml);
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(meeting);
        Files.writeString(folder.resolve("meetings/2024-03-04.json"), json);

        assertThat(rejected(folder)).containsExactlyInAnyOrder(
                "meetings/2024-03-04.json: date: '2024-03-4' is not a valid date (yyyy-mm-dd) (line "
                        + lineOf(json, "\"2024-03-4\"") + ")",
                "meetings/2024-03-04.json: agenda[5].time: 'eleven' is not a valid time (HH:mm) (line "
                        + lineOf(json, "\"eleven\"") + ")",
                "meetings/2024-03-04.json: colour: unknown field 'colour' (line " + lineOf(json, "\"colour\"")
                        + ") (expected one of: agenda, broadcast,"
                        + " contactOfficer, date, draft, postponedTo, start, status, type, venue, venueShort)",
                "meetings/2024-03-04.json: agenda[6].number: item 8 appears more than once (line "
                        + lineOfLast(json, "\"number\" : \"8\"") + ")");
    }

    private static long lineOf(String text, String part) {
        return text.substring(0, text.indexOf(part)).lines().count();
    }

    private static long lineOfLast(String text, String part) {
        return text.substring(0, text.lastIndexOf(part)).lines().count();
    }

    private List<String> rejected(Path folder) {
        List<String> errors = new java.util.ArrayList<>();
        assertThatThrownBy(() -> imports.importPaths(List.of(folder))).isInstanceOfSatisfying(
                InputRejectedException.class, e -> e.errors().stream().map(InputError::toString).forEach(errors::add));
        return errors;
    }
}
