package org.packpress.model.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.packpress.common.DateStyles;
import org.packpress.testing.DefaultTextBlocks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    /** The default text blocks' wording of periods, as an English body's papers print them. */
    private static final PeriodWording ENGLISH = PeriodWording.of(DateStyles.UK,
            DefaultTextBlocks.labels(PeriodWording.KEYS));

    /** Every spelling in the annual report (analysis-002 §1.3) normalises to one period. */
    @ParameterizedTest
    @CsvSource({
        "2016/17, FY2016, 2016/17",
        "2016-2017, FY2016, 2016/17",
        "2016/2017, FY2016, 2016/17",
        "16/17, FY2016, 2016/17",
        "16-17, FY2016, 2016/17",
        "20/21, FY2020, 2020/21",
        "20-21, FY2020, 2020/21",
        "*2020/2021, FY2020, 2020/21",
        "2020/21 (forecast), FY2020, 2020/21",
        "2019, CY2019, 2019",
        "Nov-19, M2019-11, November 2019",
        "December 20, M2020-12, December 2020",
        "August 20, M2020-08, August 2020",
        "2020-11, M2020-11, November 2020",
        "Sept 2023, M2023-09, September 2023",
        "year ending September 2020, YE2020-09, year ending September 2020",
        "year ending 31 March 2021, YE2021-03, year ending March 2021",
        "Q2 2020/21, FY2020Q2, 2020/21 Q2",
        "2020/21 Q4, FY2020Q4, 2020/21 Q4",
    })
    void normalisesEverySpelling(String label, String code, String canonical) {
        Period p = Period.parse(label);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.label()).isEqualTo(canonical);
        assertThat(Period.fromCode(code)).isEqualTo(p);
    }

    @Test
    void ordersPeriodsByTheirEnd() {
        assertThat(Period.parse("year ending June 2020")).isLessThan(Period.parse("year ending September 2020"));
        assertThat(Period.parse("Nov-19")).isLessThan(Period.parse("2019"));
        assertThat(Period.parse("2019/20")).isLessThan(Period.parse("2020"));
    }

    @Test
    void rejectsWhatIsNotAPeriodSayingWhatIsExpected() {
        assertThatThrownBy(() -> Period.parse("soon")).hasMessageStartingWith("'soon' is not a period; expected");
        assertThatThrownBy(() -> Period.parse("2016/18")).hasMessageContaining("not consecutive");
        assertThatThrownBy(() -> Period.parse("Smarch 2020")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsInSentencesAsThePapersDo() {
        assertThat(Period.parse("year ending June 2020").inSentence(ENGLISH)).isEqualTo("the year ending June 2020");
        assertThat(Period.parse("2019").inSentence(ENGLISH)).isEqualTo("2019");
        assertThat(Period.parse("year ending September 2020").shortLabel(ENGLISH)).isEqualTo("YE Sept 2020");
        assertThat(Period.parse("Nov-19").shortLabel(ENGLISH)).isEqualTo("Nov 2019");
        assertThat(Period.parse("Q2 2020/21").label(ENGLISH)).isEqualTo("2020/21 Q2");
    }

    /** The default text blocks word a period as the performance files name it, so English papers are unchanged. */
    @ParameterizedTest
    @CsvSource({"year ending June 2020", "November 2020", "2020/21 Q2", "2020/21", "2019"})
    void theDefaultWordingIsTheFilesOwn(String label) {
        Period period = Period.parse(label);
        assertThat(period.label(ENGLISH)).isEqualTo(period.label()).isEqualTo(label);
        assertThat(period.inSentence(ENGLISH)).isEqualTo(period.inSentence(PeriodWording.CANONICAL));
        assertThat(period.shortLabel(ENGLISH)).isEqualTo(period.shortLabel(PeriodWording.CANONICAL));
    }

    /** A Welsh body's words and CLDR's Welsh months; the files' English spelling still reads back. */
    @Test
    void aWelshWordingNamesMonthsAndYearsInWelsh() {
        PeriodWording welsh = new PeriodWording(DateStyles.of(Locale.forLanguageTag("cy"), null),
                "blwyddyn yn gorffen {{month}} {{year}}", "y flwyddyn yn gorffen {{month}} {{year}}",
                "BYG {{month}} {{year}}", "{{year}} Ch{{quarter}}");
        assertThat(Period.parse("year ending June 2020").label(welsh)).isEqualTo("blwyddyn yn gorffen Mehefin 2020");
        assertThat(Period.parse("year ending June 2020").inSentence(welsh))
                .isEqualTo("y flwyddyn yn gorffen Mehefin 2020");
        assertThat(Period.parse("year ending September 2020").shortLabel(welsh)).isEqualTo("BYG Medi 2020");
        assertThat(Period.parse("Nov-20").label(welsh)).isEqualTo("Tachwedd 2020");
        assertThat(Period.parse("Nov-20").shortLabel(welsh)).isEqualTo("Tach 2020");
        assertThat(Period.parse("Q2 2020/21").label(welsh)).isEqualTo("2020/21 Ch2");
        assertThat(Period.parse("2020/21").label(welsh)).isEqualTo("2020/21");
        assertThat(Period.parse("year ending June 2020").label()).isEqualTo("year ending June 2020");
    }
}
