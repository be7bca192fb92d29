package org.packpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a wrapped line broke at a space that JasperReports did not draw, judged from the text on both sides. */
class WordBreaksTest {

    @Test
    void aLineBrokenBetweenWordsGetsASpace() {
        assertThat(WordBreaks.wantsSpaceBetween("can be", "viewed from")).isTrue();
        assertThat(WordBreaks.wantsSpaceBetween("the meeting.", "The next")).isTrue();
        assertThat(WordBreaks.wantsSpaceBetween("Minute/", "Action No.")).as("Java breaks after a slash only at a space")
                .isTrue();
        assertThat(WordBreaks.wantsSpaceBetween("SPCB September 2022 \u2013", "webcast")).as("a dash between words")
                .isTrue();
        assertThat(WordBreaks.wantsSpaceBetween("Simon Foster", "")).as("the end of a line's part").isTrue();
    }

    @Test
    void aLineBrokenInsideAWordOrAtASpaceItDrawsGetsNone() {
        assertThat(WordBreaks.wantsSpaceBetween("Toni Williams-", "Long")).isFalse();
        assertThat(WordBreaks.wantsSpaceBetween("in 2020\u2013", "21")).isFalse();
        assertThat(WordBreaks.wantsSpaceBetween("see https:", "//www.example.org")).isFalse();
        assertThat(WordBreaks.wantsSpaceBetween("ends with a space ", "next")).isFalse();
        assertThat(WordBreaks.wantsSpaceBetween("word", " starts with one")).isFalse();
        assertThat(WordBreaks.wantsSpaceBetween("", "next")).isFalse();
    }
}
