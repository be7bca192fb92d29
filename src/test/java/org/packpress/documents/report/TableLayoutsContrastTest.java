package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.packpress.accessibility.WcagContrast;

/** The header shade of reports' tables meets WCAG AA contrast with the black text on it. */
class TableLayoutsContrastTest {

    @Test
    void headerShadeMeetsAaContrastWithBlackText() {
        int[] shade = {TableLayouts.HEADER_SHADE.getRed(), TableLayouts.HEADER_SHADE.getGreen(),
                TableLayouts.HEADER_SHADE.getBlue()};
        assertThat(WcagContrast.ratio(shade, new int[] {0, 0, 0})).isGreaterThanOrEqualTo(WcagContrast.AA_TEXT);
    }
}
