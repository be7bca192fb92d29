package org.packpress.render.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Grade;
import org.packpress.model.performance.Rag;
import org.packpress.model.performance.Status;
import org.packpress.testing.DefaultTextBlocks;

/** The workbook's wording: a block of column headings must have a line per column, and no key may be missing. */
class WorkbookLabelsTest {

    private final Map<String, String> defaults = DefaultTextBlocks.labels(WorkbookLabels.KEYS);

    @Test
    void aBlockOfHeadingsWithoutALinePerColumnIsRefusedNamingIt() {
        Map<String, String> wording = new HashMap<>(defaults);
        wording.put("kpi-findings-columns", "Inspection\nKind\nFinding");
        WorkbookLabels labels = new WorkbookLabels(wording);

        assertThat(new WorkbookLabels(defaults).columns("kpi-findings-columns", 5)).containsExactly("Inspection", "Kind",
                "Area", "Finding", "Progress");
        assertThatThrownBy(() -> labels.columns("kpi-findings-columns", 5)).hasMessage("The text block"
                + " kpi-findings-columns must have 5 lines, one heading per column; it has 3");
    }

    @Test
    void aSheetNameExcelRefusesIsRefusedNamingItsBlock() {
        Map<String, String> wording = new HashMap<>(defaults);
        wording.put("kpi-sheet-findings", "Findings: areas for improvement");
        assertThatThrownBy(() -> new WorkbookLabels(wording)).hasMessageStartingWith("The text block kpi-sheet-findings"
                + " names a sheet, which 'Findings: areas for improvement' cannot: ");
    }

    /** The default words of statuses, directions, grades and colours are the model's, as the workbook printed them. */
    @Test
    void theDefaultWordsAreTheModelsLabels() {
        WorkbookLabels labels = new WorkbookLabels(defaults);
        for (Status s : Status.values()) {
            assertThat(labels.word(s)).isEqualTo(s.label());
        }
        for (Direction d : Direction.values()) {
            assertThat(labels.word(d)).isEqualTo(d.label());
        }
        for (Grade g : Grade.values()) {
            assertThat(labels.word(g)).isEqualTo(g.label());
        }
        for (Rag r : Rag.values()) {
            assertThat(labels.word(r)).isEqualTo(r.label());
        }
    }

    /** Excel compares words regardless of case, and COUNTIF reads * ? ~ as a pattern: such words are refused. */
    @Test
    void wordsTheFormulasCouldNotTellApartAreRefusedNamingTheBlock() {
        Map<String, String> wording = new HashMap<>(defaults);
        wording.put("kpi-rag", "Green\nAmber\nGREEN");
        assertThatThrownBy(() -> new WorkbookLabels(wording)).hasMessageStartingWith("The text block kpi-rag names")
                .hasMessageEndingWith("'GREEN' cannot be one");
        wording.put("kpi-rag", "Green\nAmber\nRed");
        wording.put("kpi-grades", "Outstanding\nGood\nAdequate\nRequires improvement\nInadequate\nNot graded*");
        assertThatThrownBy(() -> new WorkbookLabels(wording)).hasMessageContaining("kpi-grades")
                .hasMessageEndingWith("'Not graded*' cannot be one");
    }

    @Test
    void everyKeyMustHaveItsText() {
        Map<String, String> wording = new HashMap<>(defaults);
        wording.remove("kpi-sheet-data");
        assertThatThrownBy(() -> new WorkbookLabels(wording)).hasMessageContaining("kpi-sheet-data");
    }
}
