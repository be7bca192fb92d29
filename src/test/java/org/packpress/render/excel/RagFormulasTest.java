package org.packpress.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Rag;
import org.packpress.testing.DefaultTextBlocks;

/**
 * The workbook's RAG formula and conditional-format conditions, recalculated by POI for every direction
 * and every kind of change, give what {@link Rag#of} gives, in the default words and in a body's own: the rule has
 * one home, and the words the formulas compare are those the workbook prints.
 */
class RagFormulasTest {

    private static final double[] CHANGES = {2.5, 0, -0.1};
    private static final WorkbookLabels ENGLISH = new WorkbookLabels(DefaultTextBlocks.labels(WorkbookLabels.KEYS));
    /** A Welsh body's words, one with a quotation mark, which a formula's text doubles. */
    private static final WorkbookLabels WELSH = welsh();

    static WorkbookLabels welsh() {
        Map<String, String> words = new HashMap<>(DefaultTextBlocks.labels(WorkbookLabels.KEYS));
        words.put("kpi-directions", "uwch sy'n well\nis sy'n well\n\"monitro\"");
        words.put("kpi-rag", "Gwyrdd\nAmbr\nCoch");
        words.put("kpi-statuses", "Wedi'i gyflawni\nWedi'i gyflawni'n rhannol\nHeb ei gyflawni\nNid oes modd asesu");
        words.put("kpi-grades", "Rhagorol\nDa\nDigonol\nAngen gwella\nAnnigonol\nHeb ei raddio");
        return new WorkbookLabels(words);
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void formulasRecalculateToTheModelsColour(Direction direction) throws Exception {
        recalculate(direction, ENGLISH);
        assertThat(ENGLISH.word(direction)).isEqualTo(direction.label());
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void formulasInABodysOwnWordsRecalculateToTheModelsColour(Direction direction) throws Exception {
        recalculate(direction, WELSH);
    }

    private static void recalculate(Direction direction, WorkbookLabels words) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("s");
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int r = 0; r < CHANGES.length; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(CHANGES[r]);
                row.createCell(1).setCellValue(words.word(direction));
                row.createCell(2).setCellFormula(RagFormulas.label("$A" + (r + 1), "$B" + (r + 1), words));
                for (Rag colour : Rag.values()) {
                    row.createCell(3 + colour.ordinal()).setCellFormula("IF(" + RagFormulas.condition(colour,
                            "$A" + (r + 1), "$B" + (r + 1), words) + ",1,0)");
                }
            }
            evaluator.evaluateAll();
            for (int r = 0; r < CHANGES.length; r++) {
                Row row = sheet.getRow(r);
                Rag expected = Rag.of((int) Math.signum(CHANGES[r]), direction);
                assertThat(row.getCell(2).getStringCellValue()).as(direction + ", change " + CHANGES[r])
                        .isEqualTo(words.word(expected));
                for (Rag colour : Rag.values()) {
                    assertThat(row.getCell(3 + colour.ordinal()).getNumericCellValue())
                            .as(colour + " condition for " + direction + ", change " + CHANGES[r])
                            .isEqualTo(colour == expected ? 1.0 : 0.0);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void noChangeNoColour(Direction direction) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(1).setCellValue(ENGLISH.word(direction));
            row.createCell(2).setCellFormula(RagFormulas.label("$A1", "$B1", ENGLISH));
            row.createCell(3).setCellFormula("IF(OR(" + RagFormulas.condition(Rag.GREEN, "$A1", "$B1", ENGLISH) + ","
                    + RagFormulas.condition(Rag.AMBER, "$A1", "$B1", ENGLISH) + ","
                    + RagFormulas.condition(Rag.RED, "$A1", "$B1", ENGLISH) + "),1,0)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(row.getCell(2).getStringCellValue()).isEmpty();
            assertThat(row.getCell(3).getNumericCellValue()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void theModelsRule(Direction direction) {
        assertThat(Rag.of(0, direction)).isEqualTo(Rag.AMBER);
        assertThat(Rag.of(1, direction)).isEqualTo(switch (direction) {
            case HIGHER_IS_BETTER -> Rag.GREEN;
            case LOWER_IS_BETTER -> Rag.RED;
            case MONITOR -> Rag.AMBER;
        });
        assertThat(Rag.of(-3, direction)).isEqualTo(switch (direction) {
            case HIGHER_IS_BETTER -> Rag.RED;
            case LOWER_IS_BETTER -> Rag.GREEN;
            case MONITOR -> Rag.AMBER;
        });
    }
}
