package org.packpress.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The wording of dates in a body's language: English's ordinals where English has them, the day first elsewhere. */
class DateStylesTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 1, 20);
    static final DateStyles WELSH = DateStyles.of(Locale.forLanguageTag("cy"), null);

    @Test
    void aReportDateHasItsOrdinalInEnglishAndTheDayFirstInWelsh() {
        assertThat(DateStyles.UK.weekdayMonthOrdinal(MONDAY, UnaryOperator.identity()))
                .isEqualTo("Monday January 20th 2025");
        assertThat(WELSH.weekdayMonthOrdinal(MONDAY, UnaryOperator.identity())).isEqualTo("Dydd Llun 20 Ionawr 2025");
    }

    @Test
    void theBoardsNextMeetingIsWordedInTheBodysLanguage() {
        assertThat(DateStyles.UK.dayOrdinalDate(MONDAY)).isEqualTo("Monday 20th January 2025");
        assertThat(WELSH.dayOrdinalDate(MONDAY)).isEqualTo("Dydd Llun 20 Ionawr 2025");
    }
}
