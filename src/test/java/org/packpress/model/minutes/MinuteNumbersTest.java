package org.packpress.model.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.model.Body.BodyKind;

/** The numbering rule of minutes: a Panel's running integers, a Board's NNN/YY restarting each year. */
class MinuteNumbersTest {

    private static final LocalDate SEPTEMBER_2022 = LocalDate.of(2022, 9, 27);
    private static final LocalDate NOVEMBER_2022 = LocalDate.of(2022, 11, 29);
    private static final LocalDate JANUARY_2023 = LocalDate.of(2023, 1, 24);

    @Test
    void aBoardRestartsAtOneInANewCalendarYear() {
        assertThat(MinuteNumbers.next(BodyKind.BOARD, 88, NOVEMBER_2022, JANUARY_2023)).isEqualTo(1);
        assertThat(MinuteNumbers.format(BodyKind.BOARD, 1, JANUARY_2023)).isEqualTo("001/23");
    }

    @Test
    void aBoardContinuesWithinTheYear() {
        assertThat(MinuteNumbers.next(BodyKind.BOARD, 88, SEPTEMBER_2022, NOVEMBER_2022)).isEqualTo(89);
        assertThat(MinuteNumbers.format(BodyKind.BOARD, 89, NOVEMBER_2022)).isEqualTo("089/22");
    }

    @Test
    void aPanelNeverRestarts() {
        assertThat(MinuteNumbers.next(BodyKind.PANEL, 775, LocalDate.of(2023, 12, 18), LocalDate.of(2024, 1, 15)))
                .isEqualTo(776);
    }

    @Test
    void aBoardNumberBelongsToItsMeetingsYear() {
        assertThat(MinuteNumbers.sequence(BodyKind.BOARD, "077/22", SEPTEMBER_2022)).isEqualTo(77);
        assertThat(MinuteNumbers.sequence(BodyKind.BOARD, "077/22", JANUARY_2023)).isEqualTo(-1);
        assertThat(MinuteNumbers.sequence(BodyKind.BOARD, "77", SEPTEMBER_2022)).isEqualTo(-1);
        assertThat(MinuteNumbers.sequence(BodyKind.PANEL, "077/22", SEPTEMBER_2022)).isEqualTo(-1);
        assertThat(MinuteNumbers.sequence(BodyKind.PANEL, "756", SEPTEMBER_2022)).isEqualTo(756);
    }

    @Test
    void referencesSortByNumberThenClause() {
        List<String> refs = new java.util.ArrayList<>(List.of("775", "774 ii", "", "774 i", "89", "774 x", "774"));
        refs.sort(java.util.Comparator.comparing(MinuteNumbers::referenceSortKey));
        assertThat(refs).containsExactly("89", "774", "774 i", "774 ii", "774 x", "775", "");
        assertThat(MinuteNumbers.reference("774", "ii")).isEqualTo("774 ii");
    }
}
