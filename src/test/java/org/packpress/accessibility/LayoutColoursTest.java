package org.packpress.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The colours of the PDF layouts meet WCAG AA contrast for the text on them: every element or style with a
 * text colour or a background is checked with the text colour it sets (black when none) against its
 * background (the white page when none). Statuses in the PDFs are words, never colours alone.
 */
class LayoutColoursTest {

    private static final String BLACK = "#000000";
    private static final String WHITE = "#FFFFFF";

    @Test
    void textColoursMeetWcagAaContrastOnTheirBackground() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (Path layout : layouts()) {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(layout.toFile());
            for (String tag : List.of("element", "style", "conditionalStyle")) {
                NodeList nodes = document.getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element node = (Element) nodes.item(i);
                    if (!node.hasAttribute("forecolor") && !node.hasAttribute("backcolor")) {
                        continue;
                    }
                    String text = node.hasAttribute("forecolor") ? node.getAttribute("forecolor") : BLACK;
                    String background = node.hasAttribute("backcolor") ? node.getAttribute("backcolor") : WHITE;
                    double ratio = WcagContrast.ratio(WcagContrast.hex(text), WcagContrast.hex(background));
                    String what = layout.getFileName() + ": " + text + " on " + background + " (" + Math.round(ratio * 10) / 10.0 + ")";
                    checked.add(what);
                    if (ratio < WcagContrast.AA_TEXT) {
                        failing.add(what);
                    }
                }
            }
        }
        // the contents links (#1F3D7A), the grey header cells (the shared template's and the review's)
        assertThat(checked).hasSizeGreaterThanOrEqualTo(6);
        assertThat(failing).isEmpty();
    }

    @Test
    void theContrastFormulaTellsTheLightestPassingGreyFromTheNextLighter() {
        assertThat(WcagContrast.ratio(WcagContrast.hex("#767676"), WcagContrast.hex(WHITE))).isGreaterThanOrEqualTo(4.5);
        assertThat(WcagContrast.ratio(WcagContrast.hex("#777777"), WcagContrast.hex(WHITE))).isLessThan(4.5);
        assertThat(WcagContrast.ratio(WcagContrast.hex(BLACK), WcagContrast.hex(WHITE))).isEqualTo(21.0);
    }

    private static List<Path> layouts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("reports"))) {
            return files.filter(p -> p.toString().endsWith(".jrxml") || p.toString().endsWith(".jrtx")).sorted().toList();
        }
    }
}
