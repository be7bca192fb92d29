package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    /** A measure that gives every character 6.4pt. */
    static double width(String text, boolean bold) {
        return text.length() * 6.4;
    }

    @Test
    void aTextColumnGetsTheRoomFiguresDoNotNeed() {
        int[] widths = ColumnWidths.of(
                List.of("Definition", "Year to date 2021-22", "Q1", "Q2", "Year to date 2022-23"),
                List.of(List.of("Total contacts, assessments and interventions delivered", "13,874", "4,306", "4,373", "16,599"),
                        List.of("DRRs granted", "213", "74", "42", "226")),
                5, 483, ColumnWidthsTest::width);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(483);
        assertThat(widths[0]).isGreaterThan(200);
        for (int c = 1; c < 5; c++) {
            assertThat(widths[c]).as("column %d", c).isBetween(40, 90);
        }
    }

    @Test
    void aNarrowTableStillSpansTheTextWidthInProportion() {
        int[] widths = ColumnWidths.of(List.of("A", "B"), List.of(List.of("short", "a much longer cell of text")), 2, 483, ColumnWidthsTest::width);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(483);
        assertThat(widths[1]).isGreaterThan(widths[0] * 2);
        assertThat(widths[0] % ColumnWidths.STEP).as("rounded to steps, so similar tables share a layout").isZero();
    }

    @Test
    void manyColumnsShareTheWidthWithoutAnyVanishing() {
        List<String> header = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        int[] widths = ColumnWidths.of(header, List.of(header), 12, 483, ColumnWidthsTest::width);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(483);
        assertThat(Arrays.stream(widths).min().orElseThrow()).isGreaterThanOrEqualTo(ColumnWidths.STEP);
    }
}
