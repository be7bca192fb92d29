package org.packpress.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.packpress.batch.NightlyCalendar;

class NightlyCalendarTest {

    @Test
    void bankHolidaysOfEnglandAndWales2024() {
        assertThat(NightlyCalendar.bankHolidays(2024)).containsExactly(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26),
                LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26));
    }

    @Test
    void easterMovesGoodFridayAndEasterMonday() {
        assertThat(NightlyCalendar.bankHolidays(2025)).contains(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21));
        assertThat(NightlyCalendar.bankHolidays(2019)).contains(LocalDate.of(2019, 4, 19), LocalDate.of(2019, 4, 22));
        assertThat(NightlyCalendar.bankHolidays(2038)).contains(LocalDate.of(2038, 4, 23), LocalDate.of(2038, 4, 26));
    }

    @Test
    void weekendHolidaysHaveSubstituteDays() {
        // 2022: New Year's Day on a Saturday, Christmas on a Sunday, Boxing Day on the Monday
        assertThat(NightlyCalendar.bankHolidays(2022)).contains(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 12, 26),
                LocalDate.of(2022, 12, 27));
        // 2021: Christmas on a Saturday, Boxing Day on the Sunday
        assertThat(NightlyCalendar.bankHolidays(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        // 2020: Boxing Day on a Saturday
        assertThat(NightlyCalendar.bankHolidays(2020)).contains(LocalDate.of(2020, 12, 28));
    }

    @Test
    void oneOffHolidaysReplaceOrAddDays() {
        assertThat(NightlyCalendar.bankHolidays(2020)).contains(LocalDate.of(2020, 5, 8))
                .doesNotContain(LocalDate.of(2020, 5, 4));
        assertThat(NightlyCalendar.bankHolidays(2022)).contains(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19)).doesNotContain(LocalDate.of(2022, 5, 30));
        assertThat(NightlyCalendar.bankHolidays(2023)).contains(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8),
                LocalDate.of(2023, 5, 29));
    }

    @Test
    void agendaIsPublishedBeforeFiveClearWorkingDays() {
        // meeting Monday 15 January 2024: clear days 8–12 January, publication Friday 5 January
        assertThat(NightlyCalendar.publicationDate(LocalDate.of(2024, 1, 15), 5)).isEqualTo(LocalDate.of(2024, 1, 5));
        // meeting Tuesday 9 April 2024: Easter Monday 1 April is no working day
        assertThat(NightlyCalendar.publicationDate(LocalDate.of(2024, 4, 9), 5)).isEqualTo(LocalDate.of(2024, 3, 28));
        // meeting Monday 6 January 2025: Christmas, Boxing Day and New Year's Day do not count
        assertThat(NightlyCalendar.publicationDate(LocalDate.of(2025, 1, 6), 5)).isEqualTo(LocalDate.of(2024, 12, 24));
        assertThat(NightlyCalendar.publicationDate(LocalDate.of(2024, 1, 15), 3)).isEqualTo(LocalDate.of(2024, 1, 9));
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(NightlyCalendar.isWorkingDay(LocalDate.of(2024, 1, 13))).isFalse();
        assertThat(NightlyCalendar.isWorkingDay(LocalDate.of(2024, 5, 27))).isFalse();
        assertThat(NightlyCalendar.isWorkingDay(LocalDate.of(2024, 5, 28))).isTrue();
    }
}
