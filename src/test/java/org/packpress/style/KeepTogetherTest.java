package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.minutes.PaperRow;
import org.packpress.model.style.Typography;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.Word;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Minutes whose paragraphs grow by a line from one minute to the next, so that page breaks fall on
 * every kind of row somewhere: no page ends with a lone lead-in (a minute's title, "RESOLVED:-", a line
 * ending "be agreed:"), so every such line has the text it introduces below it on the same page.
 */
@PackPressTest
class KeepTogetherTest {

    static final String LEAD_IN = "That the following recommendations be agreed:";

    @Autowired
    JasperRenderer renderer;

    @TempDir
    Path temp;

    @Test
    void noPageEndsWithALoneLeadIn() {
        List<PaperRow> rows = new ArrayList<>();
        for (int m = 1; m <= 40; m++) {
            rows.add(PaperRow.minute(String.valueOf(100 + m), "MINUTE TITLE NUMBER " + m));
            rows.add(PaperRow.of(PaperRow.HEADING, "RESOLVED:-"));
            rows.add(PaperRow.paragraph(("The Panel discussed item " + m + " at some length. ").repeat(m % 13 + 1), 0));
            rows.add(PaperRow.paragraph("<b>" + LEAD_IN + "</b>", 0));
            rows.add(PaperRow.item("i.", "<b>the first recommendation of minute " + m + "</b>", 0));
            rows.add(PaperRow.item("ii.", "<b>the second recommendation of minute " + m + "</b>", 0));
        }
        JasperPrint print = renderer.fill("minutes-panel", Typography.DEFAULT, Map.of(), new JRBeanCollectionDataSource(PaperRow.sectioned(rows)));
        Path pdf = temp.resolve("minutes.pdf");
        renderer.exportPdf(print, new DocumentInfo("Keep together", "PackPress", "Minutes"), pdf);
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            assertThat(inspection.pageCount()).isGreaterThan(5);
            List<String> lastLines = new ArrayList<>();
            for (int page = 1; page <= inspection.pageCount(); page++) {
                List<String> lines = lines(inspection.words(page));
                lastLines.add(lines.get(lines.size() - 1));
            }
            assertThat(lastLines).noneMatch(l -> l.startsWith("RESOLVED") || l.equals(LEAD_IN)
                    || l.matches("\\d+ MINUTE TITLE NUMBER \\d+"));
        }
    }

    /** The text lines of a page, top to bottom, leaving out a page number line. */
    static List<String> lines(List<Word> words) {
        Map<Integer, List<String>> byLine = new TreeMap<>();
        for (Word w : words) {
            byLine.computeIfAbsent(Math.round(w.y()), k -> new ArrayList<>()).add(w.text());
        }
        return byLine.values().stream().map(l -> String.join(" ", l))
                .filter(l -> !l.matches("(Page )?\\d+( of \\d+)?")).toList();
    }
}
