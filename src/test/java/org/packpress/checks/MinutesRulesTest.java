package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.packpress.checks.rules.AttendanceOverlap;
import org.packpress.checks.rules.MinuteHeadings;
import org.packpress.checks.rules.MinuteNumbering;
import org.packpress.checks.rules.MinutesConfirmation;
import org.packpress.model.Body;
import org.packpress.model.CheckSettings;
import org.packpress.model.minutes.MinuteItem;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.Minutes.Attendee;

/**
 * The minutes rules whose breaches the import already refuses (so no stored fixture can carry them),
 * run on minutes built in memory: a failing and a passing case each.
 */
class MinutesRulesTest {

    static final Body PANEL = new Body("memory-pcp", "Memory Police and Crime Panel", "MPCP", Body.BodyKind.PANEL, null,
            null, null, Map.of(), List.of(), List.of(), List.of());
    static final LocalDate NOVEMBER = LocalDate.of(2023, 11, 13);
    static final LocalDate DECEMBER = LocalDate.of(2023, 12, 18);

    private static MinuteItem item(String number, String title) {
        return new MinuteItem(number, title, null, null, null, null, "Text.", null, List.of(), null, List.of(), null);
    }

    private static Minutes minutes(LocalDate date, List<Attendee> present, List<Attendee> apologies, MinuteItem... items) {
        return new Minutes(date, present, List.of(), apologies, List.of(), List.of(), List.of(), List.of(items), null, null, null);
    }

    /** Minutes that state their first number: they continue from meetings not in the store. */
    private static Minutes continuing(LocalDate date, MinuteItem... items) {
        return new Minutes(date, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(items), null, null,
                items[0].number());
    }

    private static List<String> run(CheckRule rule, Minutes checked, Minutes... held) {
        TreeMap<LocalDate, Minutes> store = new TreeMap<>();
        for (Minutes m : held) {
            store.put(m.meeting(), m);
        }
        store.put(checked.meeting(), checked);
        Subject subject = new Subject(PANEL, CheckSettings.DEFAULT, List.of(), List.of(checked), Optional.empty(),
                Optional.empty(), new Subject.Store(new TreeMap<>(), store, Optional.empty()));
        List<String> found = new ArrayList<>();
        rule.check(subject, (document, location, field, message) -> found.add(document + " | " + location + " | " + field
                + " | " + message));
        return found;
    }

    @Test
    void aMinuteNumberWithoutAHeadingIsReported() {
        Minutes november = minutes(NOVEMBER, List.of(), List.of(), item("756", "APOLOGIES"), item("757", " – "));
        assertThat(run(new MinuteHeadings(), november)).containsExactly(
                "minutes of 13 November 2023 | minute 757 | title | minute 757 has no heading (' – ')");
        assertThat(run(new MinuteHeadings(), minutes(NOVEMBER, List.of(), List.of(), item("756", "APOLOGIES")))).isEmpty();
    }

    @Test
    void numbersRunOnInsideAndAcrossMeetings() {
        Minutes november = minutes(NOVEMBER, List.of(), List.of(), item("756", "A"), item("757", "B"));
        Minutes gap = minutes(DECEMBER, List.of(), List.of(), item("759", "C"), item("761", "D"));
        assertThat(run(new MinuteNumbering(), gap, november)).containsExactly(
                "minutes of 18 December 2023 | minute 761 | number | 761 does not follow 759: expected 760",
                "minutes of 18 December 2023 | minute 759 | number | the minutes start at 759 but the minutes of"
                        + " 13 November 2023 end at 757: expected 758; minutes that continue from meetings not in the"
                        + " store say so (firstNumber)");
        Minutes following = minutes(DECEMBER, List.of(), List.of(), item("758", "C"), item("759", "D"));
        assertThat(run(new MinuteNumbering(), following, november)).isEmpty();
    }

    @Test
    void minutesContinuingFromMeetingsNotInTheStoreSaySo() {
        Minutes unstated = minutes(NOVEMBER, List.of(), List.of(), item("756", "A"));
        assertThat(run(new MinuteNumbering(), unstated)).containsExactly("minutes of 13 November 2023 | minute 756 | number"
                + " | the minutes start at 756, but no earlier minutes are held; minutes that continue from meetings not"
                + " in the store say so (firstNumber)");
        assertThat(run(new MinuteNumbering(), continuing(NOVEMBER, item("756", "A")))).isEmpty();
        assertThat(run(new MinuteNumbering(), continuing(DECEMBER, item("770", "C")), continuing(NOVEMBER, item("756", "A"))))
                .isEmpty();
        assertThat(run(new MinuteNumbering(), continuing(DECEMBER, item("750", "C")), continuing(NOVEMBER, item("756", "A"))))
                .containsExactly("minutes of 18 December 2023 | minute 750 | number | the minutes start at 750 but the"
                        + " minutes of 13 November 2023 end at 756: expected 757");
    }

    @Test
    void aConfirmationOfMinutesNotHeldIsReportedUnlessTheNextMinutesContinueFromMeetingsNotInTheStore() {
        MinuteItem confirming = new MinuteItem("770", "MINUTES", null, null, null, null, "Agreed.", null, List.of(),
                LocalDate.of(2023, 9, 11), List.of(), null);
        Minutes unstated = minutes(DECEMBER, List.of(), List.of(), confirming);
        assertThat(run(new MinutesConfirmation(), unstated)).containsExactly("minutes of 18 December 2023 | minute 770 |"
                + " confirms | confirms the minutes of 11 September 2023, but the store holds no meeting of"
                + " 11 September 2023 and no minutes of it");
        assertThat(run(new MinutesConfirmation(), unstated, minutes(NOVEMBER, List.of(), List.of(), item("756", "A"))))
                .hasSize(1);
        assertThat(run(new MinutesConfirmation(), unstated, continuing(NOVEMBER, item("756", "A")))).isEmpty();
        assertThat(run(new MinutesConfirmation(), continuing(DECEMBER, confirming))).isEmpty();
    }

    @Test
    void nobodyIsPresentAndGivingApologies() {
        Minutes both = minutes(NOVEMBER, List.of(new Attendee("ann", null), new Attendee("bea", null)),
                List.of(new Attendee("cal", null), new Attendee("bea", null)), item("756", "APOLOGIES"));
        assertThat(run(new AttendanceOverlap(), both)).containsExactly(
                "minutes of 13 November 2023 | apologies[2] | person | 'bea' is listed as present and as giving apologies");
        Minutes apart = minutes(NOVEMBER, List.of(new Attendee("ann", null)), List.of(new Attendee("cal", null)),
                item("756", "APOLOGIES"));
        assertThat(run(new AttendanceOverlap(), apart)).isEmpty();
    }
}
