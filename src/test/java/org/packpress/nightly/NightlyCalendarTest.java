package org.packpress.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.packpress.batch.NightlyCalendar;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;

class NightlyCalendarTest {

    /** The calendar with the packaged one-off holidays, as the application reads it by default. */
    private static final NightlyCalendar CALENDAR =
            NightlyCalendar.read(new DefaultResourceLoader().getResource(NightlyCalendar.PACKAGED));

    @Test
    void bankHolidaysOfEnglandAndWales2024() {
        assertThat(CALENDAR.bankHolidays(2024)).containsExactly(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26),
                LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26));
    }

    @Test
    void easterMovesGoodFridayAndEasterMonday() {
        assertThat(CALENDAR.bankHolidays(2025)).contains(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21));
        assertThat(CALENDAR.bankHolidays(2019)).contains(LocalDate.of(2019, 4, 19), LocalDate.of(2019, 4, 22));
        assertThat(CALENDAR.bankHolidays(2038)).contains(LocalDate.of(2038, 4, 23), LocalDate.of(2038, 4, 26));
    }

    @Test
    void weekendHolidaysHaveSubstituteDays() {
        // 2022: New Year's Day on a Saturday, Christmas on a Sunday, Boxing Day on the Monday
        assertThat(CALENDAR.bankHolidays(2022)).contains(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 12, 26),
                LocalDate.of(2022, 12, 27));
        // 2021: Christmas on a Saturday, Boxing Day on the Sunday
        assertThat(CALENDAR.bankHolidays(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        // 2020: Boxing Day on a Saturday
        assertThat(CALENDAR.bankHolidays(2020)).contains(LocalDate.of(2020, 12, 28));
    }

    @Test
    void oneOffHolidaysReplaceOrAddDays() {
        assertThat(CALENDAR.bankHolidays(2020)).contains(LocalDate.of(2020, 5, 8))
                .doesNotContain(LocalDate.of(2020, 5, 4));
        assertThat(CALENDAR.bankHolidays(2022)).contains(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19)).doesNotContain(LocalDate.of(2022, 5, 30));
        assertThat(CALENDAR.bankHolidays(2023)).contains(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8),
                LocalDate.of(2023, 5, 29));
    }

    @Test
    void agendaIsPublishedBeforeFiveClearWorkingDays() {
        // meeting Monday 15 January 2024: clear days 8–12 January, publication Friday 5 January
        assertThat(CALENDAR.publicationDate(LocalDate.of(2024, 1, 15), 5)).isEqualTo(LocalDate.of(2024, 1, 5));
        // meeting Tuesday 9 April 2024: Easter Monday 1 April is no working day
        assertThat(CALENDAR.publicationDate(LocalDate.of(2024, 4, 9), 5)).isEqualTo(LocalDate.of(2024, 3, 28));
        // meeting Monday 6 January 2025: Christmas, Boxing Day and New Year's Day do not count
        assertThat(CALENDAR.publicationDate(LocalDate.of(2025, 1, 6), 5)).isEqualTo(LocalDate.of(2024, 12, 24));
        assertThat(CALENDAR.publicationDate(LocalDate.of(2024, 1, 15), 3)).isEqualTo(LocalDate.of(2024, 1, 9));
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 1, 13))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 5, 27))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 5, 28))).isTrue();
    }

    @Test
    void theRegularRulesAloneKeepTheDaysTheOneOffsMoved() {
        assertThat(NightlyCalendar.regularBankHolidays(2022)).contains(LocalDate.of(2022, 5, 30))
                .doesNotContain(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19));
        assertThat(NightlyCalendar.regularBankHolidays(2023)).doesNotContain(LocalDate.of(2023, 5, 8));
    }

    @Test
    void anAdministratorsFileAddsAHolidayWithoutARelease() {
        NightlyCalendar extended = NightlyCalendar.read(yaml("""
                holidays:
                  - date: 2027-06-07
                    name: A proclaimed holiday
                    replaces: 2027-05-31
                """));
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 6, 7))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 5, 31))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 6, 7))).isTrue();
        // the publication date moves with it: meeting Monday 14 June 2027, five clear days
        assertThat(extended.publicationDate(LocalDate.of(2027, 6, 14), 5)).isEqualTo(LocalDate.of(2027, 6, 3));
        assertThat(CALENDAR.publicationDate(LocalDate.of(2027, 6, 14), 5)).isEqualTo(LocalDate.of(2027, 6, 4));
    }

    @Test
    void aWrongEntryIsRejectedWithEveryProblemNamed() {
        assertThatThrownBy(() -> NightlyCalendar.read(yaml("""
                holidays:
                  - name: no date
                  - date: 2027-06-08
                    name: Moved
                    replaces: 2027-06-01
                """))).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.errors())
                .extracting(InputError::location).containsExactly("holidays[1].date", "holidays[2].replaces"));
    }

    private static ByteArrayResource yaml(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "one-off-bank-holidays.yaml");
    }
}
