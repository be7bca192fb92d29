package org.packpress.model.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.style.MinutesStyle;

/** The numbering rule of minutes: a Panel's running integers, a Board's NNN/YY restarting each year. */
class MinuteNumbersTest {

    private static final MinutesStyle.ClauseLabels ROMAN = MinutesStyle.ClauseLabels.ROMAN_THEN_LETTER;
    private static final MinutesStyle.ClauseLabels LETTER = MinutesStyle.ClauseLabels.LETTER_THEN_ROMAN;
    private static final MinutesStyle.ClauseLabels NUMBER = MinutesStyle.ClauseLabels.NUMBER_THEN_LETTER;
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
        refs.sort(java.util.Comparator.comparing(ref -> MinuteNumbers.referenceSortKey(ref, ROMAN)));
        assertThat(refs).containsExactly("89", "774", "774 i", "774 ii", "774 x", "775", "");
        assertThat(MinuteNumbers.reference("774", "ii")).isEqualTo("774 ii");
    }

    @Test
    void lettersSortByPositionEvenWhereTheyLookRoman() {
        List<String> refs = new java.util.ArrayList<>(List.of("43 i", "43 c ii", "43 b", "43 c i", "43 j", "43"));
        refs.sort(java.util.Comparator.comparing(ref -> MinuteNumbers.referenceSortKey(ref, LETTER)));
        assertThat(refs).containsExactly("43", "43 b", "43 c i", "43 c ii", "43 i", "43 j");
    }

    @Test
    void aClauseReferenceIsWrittenInTheStylesLabels() {
        MinuteNumbers.Clause thirdFirst = new MinuteNumbers.Clause(3, 1);
        assertThat(MinuteNumbers.clauseReference(ROMAN, thirdFirst)).isEqualTo("iii a");
        assertThat(MinuteNumbers.clauseReference(LETTER, thirdFirst)).isEqualTo("c i");
        assertThat(MinuteNumbers.clauseReference(NUMBER, thirdFirst)).isEqualTo("3 a");
        assertThat(MinuteNumbers.clauseReference(LETTER, new MinuteNumbers.Clause(4, 0))).isEqualTo("d");
    }

    @Test
    void aClauseReferenceIsReadInTheStylesLabels() {
        assertThat(MinuteNumbers.clause(LETTER, "c i")).isEqualTo(new MinuteNumbers.Clause(3, 1));
        assertThat(MinuteNumbers.clause(LETTER, "c) i.")).isEqualTo(new MinuteNumbers.Clause(3, 1));
        assertThat(MinuteNumbers.clause(ROMAN, "iii a")).isEqualTo(new MinuteNumbers.Clause(3, 1));
        assertThat(MinuteNumbers.clause(NUMBER, "12")).isEqualTo(new MinuteNumbers.Clause(12, 0));
        assertThat(MinuteNumbers.clause(LETTER, "ii")).isNull();
        assertThat(MinuteNumbers.clause(ROMAN, "b")).isNull();
        assertThat(MinuteNumbers.clause(ROMAN, "ii a b")).isNull();
    }
}
