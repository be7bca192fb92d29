package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.packpress.checks.rules.AgendaWorkProgramme;
import org.packpress.checks.rules.WorkProgrammeDates;
import org.packpress.model.AgendaItem;
import org.packpress.model.AgendaItemType;
import org.packpress.model.CheckSettings;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.WorkProgramme;

/**
 * Rules that read data a body declares (checks.yaml's first month of the municipal year; an agenda item's
 * link to its work-programme row), on papers built in memory: a failing and a passing case each.
 */
class ChecksSettingsRulesTest {

    static final LocalDate JANUARY = LocalDate.of(2024, 1, 15);

    private static WorkProgramme.Item row(LocalDate date, String topic, String aims) {
        return new WorkProgramme.Item(date, null, null, null, topic, aims, null, null, null, null);
    }

    private static AgendaItem item(String description, String workProgrammeTopic) {
        return new AgendaItem("7", AgendaItemType.REPORT, "TACKLING DRUGS", description, null, LocalTime.of(14, 20),
                null, null, workProgrammeTopic, List.of());
    }

    private static Meeting meeting(AgendaItem... items) {
        return new Meeting("memory-pcp", JANUARY, Meeting.MeetingType.ORDINARY, LocalTime.of(14, 0), "Room", null,
                Meeting.MeetingStatus.SCHEDULED, null, null, List.of(items), null, false, null);
    }

    private static List<String> run(CheckRule rule, CheckSettings settings, List<Meeting> meetings,
            WorkProgramme programme) {
        Subject subject = new Subject(MinutesRulesTest.PANEL, settings, meetings, List.of(), Optional.empty(),
                Optional.of(programme), new Subject.Store(new TreeMap<>(), new TreeMap<>(), Optional.of(programme)));
        List<String> found = new ArrayList<>();
        rule.check(subject, (document, location, field, message) -> found.add(document + " | " + location + " | " + field
                + " | " + message));
        return found;
    }

    @Test
    void theMunicipalYearStartsInTheMonthChecksYamlNames() {
        WorkProgramme programme = new WorkProgramme("2023/24", List.of(row(LocalDate.of(2024, 5, 20), "Annual report",
                "Review the annual report.")), List.of());
        assertThat(run(new WorkProgrammeDates(), CheckSettings.DEFAULT, List.of(), programme)).containsExactly(
                "work programme 2023/24 | row 1 (20 May 2024, Annual report) | date | 20 May 2024 is outside the"
                        + " municipal year 2023/24 (1 May 2023 to 30 April 2024)");
        CheckSettings june = new CheckSettings(List.of(), List.of(), "June", List.of());
        assertThat(run(new WorkProgrammeDates(), june, List.of(), programme)).isEmpty();
        assertThat(june.municipalYearFirstMonth()).hasToString("JUNE");
        assertThat(CheckSettings.DEFAULT.municipalYearFirstMonth()).hasToString("MAY");
    }

    @Test
    void anAgendaDescriptionTakenFromTheWorkProgrammeRepeatsItsRowsAims() {
        WorkProgramme programme = new WorkProgramme("2023/24", List.of(row(JANUARY, "Tackling Drugs",
                "Examine the Commissioner's plan to reduce drug-related harm.")), List.of());
        assertThat(run(new AgendaWorkProgramme(), CheckSettings.DEFAULT, List.of(meeting(
                item("Examine the Commissioner's plan to cut drug-related deaths.", "Tackling Drugs"),
                item("To note the plan.", "Road Safety"))), programme)).containsExactly(
                "agenda of 15 January 2024 | item 7 | description | the description differs from the aims of its"
                        + " work-programme row 'Tackling Drugs' (15 January 2024): 'Examine the Commissioner's plan to"
                        + " cut drug-related deaths.' against 'Examine the Commissioner's plan to reduce drug-related"
                        + " harm.'",
                "agenda of 15 January 2024 | item 7 | workProgramme | names the work-programme topic 'Road Safety',"
                        + " but the work programme has no row of that topic for 15 January 2024");
        // the same words (case and punctuation aside), an item without a description, an item with no link
        assertThat(run(new AgendaWorkProgramme(), CheckSettings.DEFAULT, List.of(meeting(
                item("examine the Commissioner's plan to reduce drug related harm", "TACKLING DRUGS"),
                item(null, "Tackling Drugs"), item("Anything else.", null))), programme)).isEmpty();
    }
}
