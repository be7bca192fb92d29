package org.packpress.model.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.packpress.model.Body;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.style.HouseStyle;
import org.packpress.model.style.MinutesStyle;

/**
 * The numbering rule of minutes: a Panel's running integers, a Board's NNN/YY restarting each January by default,
 * and a house style's {@code numberingYearStarts} (a financial year from April, a municipal year from May).
 */
class MinuteNumbersTest {

    private static final MinutesStyle.ClauseLabels ROMAN = MinutesStyle.ClauseLabels.ROMAN_THEN_LETTER;
    private static final MinutesStyle.ClauseLabels LETTER = MinutesStyle.ClauseLabels.LETTER_THEN_ROMAN;
    private static final MinutesStyle.ClauseLabels NUMBER = MinutesStyle.ClauseLabels.NUMBER_THEN_LETTER;
    private static final LocalDate SEPTEMBER_2022 = LocalDate.of(2022, 9, 27);
    private static final LocalDate NOVEMBER_2022 = LocalDate.of(2022, 11, 29);
    private static final LocalDate JANUARY_2023 = LocalDate.of(2023, 1, 24);
    private static final LocalDate MARCH_2023 = LocalDate.of(2023, 3, 21);
    private static final LocalDate APRIL_2023 = LocalDate.of(2023, 4, 25);
    private static final Body BOARD = body(BodyKind.BOARD, null);
    private static final Body PANEL = body(BodyKind.PANEL, null);
    private static final Body FINANCIAL_YEAR_BOARD = body(BodyKind.BOARD, "April");

    @Test
    void aBoardRestartsAtOneInANewCalendarYear() {
        assertThat(MinuteNumbers.next(BOARD, 88, NOVEMBER_2022, JANUARY_2023)).isEqualTo(1);
        assertThat(MinuteNumbers.format(BOARD, 1, JANUARY_2023)).isEqualTo("001/23");
    }

    @Test
    void aBoardContinuesWithinTheYear() {
        assertThat(MinuteNumbers.next(BOARD, 88, SEPTEMBER_2022, NOVEMBER_2022)).isEqualTo(89);
        assertThat(MinuteNumbers.format(BOARD, 89, NOVEMBER_2022)).isEqualTo("089/22");
        assertThat(MinuteNumbers.next(BOARD, 7, JANUARY_2023, APRIL_2023)).isEqualTo(8);
    }

    @Test
    void aPanelNeverRestarts() {
        assertThat(MinuteNumbers.next(PANEL, 775, LocalDate.of(2023, 12, 18), LocalDate.of(2024, 1, 15)))
                .isEqualTo(776);
        assertThat(MinuteNumbers.next(PANEL, 780, MARCH_2023, APRIL_2023)).isEqualTo(781);
        assertThat(MinuteNumbers.next(PANEL, 790, APRIL_2023, LocalDate.of(2023, 5, 22))).isEqualTo(791);
    }

    @Test
    void aBoardNumberBelongsToItsMeetingsYear() {
        assertThat(MinuteNumbers.sequence(BOARD, "077/22", SEPTEMBER_2022)).isEqualTo(77);
        assertThat(MinuteNumbers.sequence(BOARD, "077/22", JANUARY_2023)).isEqualTo(-1);
        assertThat(MinuteNumbers.sequence(BOARD, "77", SEPTEMBER_2022)).isEqualTo(-1);
        assertThat(MinuteNumbers.sequence(PANEL, "077/22", SEPTEMBER_2022)).isEqualTo(-1);
        assertThat(MinuteNumbers.sequence(PANEL, "756", SEPTEMBER_2022)).isEqualTo(756);
    }

    /**
     * Under an April start the numbers of January to March carry the year their numbering year started in (the
     * financial year 2022/23 is /22), run on across January, and start again at 001/23 in April.
     */
    @Test
    void aFinancialYearBoardNumbersJanuaryToMarchInTheYearBeforeAndRestartsInApril() {
        assertThat(MinuteNumbers.next(FINANCIAL_YEAR_BOARD, 88, NOVEMBER_2022, JANUARY_2023)).isEqualTo(89);
        assertThat(MinuteNumbers.format(FINANCIAL_YEAR_BOARD, 89, JANUARY_2023)).isEqualTo("089/22");
        assertThat(MinuteNumbers.next(FINANCIAL_YEAR_BOARD, 95, JANUARY_2023, MARCH_2023)).isEqualTo(96);
        assertThat(MinuteNumbers.format(FINANCIAL_YEAR_BOARD, 96, MARCH_2023)).isEqualTo("096/22");
        assertThat(MinuteNumbers.sequence(FINANCIAL_YEAR_BOARD, "096/22", MARCH_2023)).isEqualTo(96);
        assertThat(MinuteNumbers.sequence(FINANCIAL_YEAR_BOARD, "001/23", MARCH_2023)).isEqualTo(-1);
        assertThat(MinuteNumbers.expectedForm(FINANCIAL_YEAR_BOARD, MARCH_2023)).isEqualTo("NNN/22 such as 077/22");
        assertThat(MinuteNumbers.next(FINANCIAL_YEAR_BOARD, 96, MARCH_2023, APRIL_2023)).isEqualTo(1);
        assertThat(MinuteNumbers.format(FINANCIAL_YEAR_BOARD, 1, APRIL_2023)).isEqualTo("001/23");
        assertThat(MinuteNumbers.sequence(FINANCIAL_YEAR_BOARD, "001/23", APRIL_2023)).isEqualTo(1);
    }

    /**
     * A Panel whose house style writes its numbers {@code PCP/{yy}/{n}} (a municipal year from May): the numbers
     * carry the year their numbering year started in, run on to April and start again in May; they sort by number,
     * not as text; a form without the running number, with a field that is none, or with a space is refused, and so
     * is {@code never} for numbers that carry their year.
     */
    @Test
    void aPanelMayWriteItsNumbersInAFormOfItsOwn() {
        Body panel = new Body("p", "P", null, BodyKind.PANEL, null, null, null, Map.of(), List.of(), List.of(),
                List.of(new HouseStyle(null, null, new MinutesStyle(null, null, null, null, null, null, null, null, null,
                        null, "May", "PCP/{yy}/{n}", null, null, null, null, null, null), null, null, null, null, null, false, null, null, null, null, null)));
        LocalDate june2024 = LocalDate.of(2024, 6, 10);
        LocalDate march2025 = LocalDate.of(2025, 3, 17);
        assertThat(MinuteNumbers.format(panel, 15, june2024)).isEqualTo("PCP/24/15");
        assertThat(MinuteNumbers.sequence(panel, "PCP/24/15", march2025)).isEqualTo(15);
        assertThat(MinuteNumbers.sequence(panel, "PCP/25/15", march2025)).isEqualTo(-1);
        assertThat(MinuteNumbers.sequence(panel, "15", march2025)).isEqualTo(-1);
        assertThat(MinuteNumbers.expectedForm(panel, march2025)).isEqualTo("PCP/24/N such as PCP/24/77");
        assertThat(MinuteNumbers.next(panel, 40, march2025, LocalDate.of(2025, 5, 19))).isEqualTo(1);
        assertThat(MinuteNumbers.referenceSortKey("PCP/24/9 ii", ROMAN))
                .isLessThan(MinuteNumbers.referenceSortKey("PCP/24/15", ROMAN));
        assertThat(MinuteNumbers.formProblem("PCP/{yy}/{n}")).isNull();
        assertThat(MinuteNumbers.formProblem("PCP/{yy}")).isEqualTo("'PCP/{yy}' must hold the running number once, as"
                + " {n} (15) or {nnn} (015)");
        assertThat(MinuteNumbers.formProblem("PCP/{year}/{n}")).contains("holds a field that is none of");
        assertThat(MinuteNumbers.formProblem("PCP {n}")).isNull();
        assertThat(MinuteNumbers.formProblem("PCP {n} ")).contains("starts or ends with a space");
        assertThat(MinuteNumbers.formProblem("PCP  {n}")).contains("holds two together");
        assertThat(MinuteNumbers.formProblem("POLICECRIMEPAN/{n}")).isEqualTo("'POLICECRIMEPAN/{n}' writes numbers of up to"
                + " 21 characters; at most 20 are stored");
        assertThat(MinuteNumbers.problem(BodyKind.PANEL, "PCP/{yy}/{n}", "never")).startsWith("numbers written"
                + " PCP/{yy}/{n} carry the year they are numbered in");
        assertThat(MinuteNumbers.problem(BodyKind.PANEL, "PCP-{n}", "never")).isNull();
    }

    /** A Panel numbering by municipal year (from the annual meeting in May) writes whole numbers that start again. */
    @Test
    void aMunicipalYearPanelStartsAgainInMay() {
        Body panel = body(BodyKind.PANEL, "5");
        assertThat(MinuteNumbers.next(panel, 40, MARCH_2023, APRIL_2023)).isEqualTo(41);
        assertThat(MinuteNumbers.next(panel, 41, APRIL_2023, LocalDate.of(2023, 5, 22))).isEqualTo(1);
        assertThat(MinuteNumbers.format(panel, 1, LocalDate.of(2023, 5, 22))).isEqualTo("1");
    }

    /** The rule of the meeting's date decides: a body moving to an April start numbers its April minutes 001 again. */
    @Test
    void aNewerStyleNumbersFromItsDate() {
        MinutesStyle april = minutes("April");
        Body moving = new Body("b", "B", null, BodyKind.BOARD, null, null, null, Map.of(), List.of(), List.of(),
                List.of(new HouseStyle(APRIL_2023, null, april, null, null, null, null, null, false, null, null, null,
                        null, null)));
        assertThat(MinuteNumbers.next(moving, 30, NOVEMBER_2022, JANUARY_2023)).isEqualTo(1);
        assertThat(MinuteNumbers.format(moving, 12, MARCH_2023)).isEqualTo("012/23");
        assertThat(MinuteNumbers.next(moving, 12, MARCH_2023, APRIL_2023)).isEqualTo(1);
        assertThat(MinuteNumbers.format(moving, 1, APRIL_2023)).isEqualTo("001/23");
    }

    @Test
    void referencesOfDifferentNumberingYearsOrderByTheYear() {
        assertThat(MinuteNumbers.numberingYear(BOARD, JANUARY_2023)).isGreaterThan(MinuteNumbers.numberingYear(BOARD,
                NOVEMBER_2022));
        assertThat(MinuteNumbers.numberingYear(FINANCIAL_YEAR_BOARD, MARCH_2023))
                .isEqualTo(MinuteNumbers.numberingYear(FINANCIAL_YEAR_BOARD, NOVEMBER_2022))
                .isLessThan(MinuteNumbers.numberingYear(FINANCIAL_YEAR_BOARD, APRIL_2023));
        assertThat(MinuteNumbers.numberingYear(PANEL, JANUARY_2023)).isEqualTo(MinuteNumbers.numberingYear(PANEL,
                NOVEMBER_2022));
    }

    @Test
    void aNumberingYearStartIsAMonthByNameOrNumberOrNever() {
        assertThat(MinuteNumbers.problem(BodyKind.BOARD, "April")).isNull();
        assertThat(MinuteNumbers.problem(BodyKind.BOARD, "april")).isNull();
        assertThat(MinuteNumbers.problem(BodyKind.PANEL, "12")).isNull();
        assertThat(MinuteNumbers.problem(BodyKind.PANEL, "never")).isNull();
        assertThat(MinuteNumbers.problem(BodyKind.PANEL, "13"))
                .isEqualTo("'13' is not a month: write January to December, 1 to 12, or never");
        assertThat(MinuteNumbers.problem(BodyKind.PANEL, "0")).isNotNull();
        assertThat(MinuteNumbers.problem(BodyKind.BOARD, "Aprill")).isNotNull();
        assertThat(MinuteNumbers.problem(BodyKind.BOARD, "never")).startsWith("a Board's numbers (NNN/YY)");
    }

    @Test
    void referencesSortByNumberThenClause() {
        List<String> refs = new java.util.ArrayList<>(List.of("775", "774 ii", "", "774 i", "89", "774 x", "774"));
        refs.sort(java.util.Comparator.comparing(ref -> MinuteNumbers.referenceSortKey(ref, ROMAN)));
        assertThat(refs).containsExactly("89", "774", "774 i", "774 ii", "774 x", "775", "");
        assertThat(MinuteNumbers.reference("774", "ii")).isEqualTo("774 ii");
    }

    /** A committee writing "JAC 24/13": its references are read as the longest number the form allows, then a clause. */
    @Test
    void aNumberWithASpaceIsToldFromItsClause() {
        Body committee = new Body("jac", "A Committee", "JAC", BodyKind.PANEL, null, null, null, Map.of(), List.of(),
                List.of(), List.of(new HouseStyle(null, null, new MinutesStyle(null, null, null, null, null, null, null,
                        null, null, null, "April", "JAC {yy}/{n}", null, null, null, null, null, null), null, null, null, null, null, false, null,
                        null, null, null, null)));
        LocalDate september = LocalDate.of(2024, 9, 24);
        assertThat(MinuteNumbers.format(committee, 16, september)).isEqualTo("JAC 24/16");
        assertThat(MinuteNumbers.reference(committee, "JAC 24/16 ii", september))
                .isEqualTo(new MinuteNumbers.Reference("JAC 24/16", 16, "ii"));
        assertThat(MinuteNumbers.reference(committee, "JAC 24/16", september))
                .isEqualTo(new MinuteNumbers.Reference("JAC 24/16", 16, null));
        assertThat(MinuteNumbers.reference(committee, "JAC 24/16 xyz", september)).isNull();
        assertThat(MinuteNumbers.reference(committee, "24/16 ii", september)).isNull();
        List<String> refs = new java.util.ArrayList<>(List.of("JAC 24/16", "JAC 24/9 ii", "JAC 24/16 iii", "JAC 24/9"));
        refs.sort(java.util.Comparator.comparing(ref -> MinuteNumbers.referenceSortKey(ref, ROMAN)));
        assertThat(refs).containsExactly("JAC 24/9", "JAC 24/9 ii", "JAC 24/16", "JAC 24/16 iii");
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

    private static MinutesStyle minutes(String numberingYearStarts) {
        return new MinutesStyle(null, null, null, null, null, null, null, null, null, null, numberingYearStarts, null,
                null, null, null, null, null, null);
    }

    private static Body body(BodyKind kind, String numberingYearStarts) {
        return new Body("b", "B", null, kind, null, null, null, Map.of(), List.of(), List.of(),
                List.of(new HouseStyle(null, null, minutes(numberingYearStarts), null, null, null, null, null, false,
                        null, null, null, null, null)));
    }
}
