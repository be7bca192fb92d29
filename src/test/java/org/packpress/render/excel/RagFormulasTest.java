package org.packpress.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Rag;

/**
 * The workbook's RAG formula and conditional-format conditions, recalculated by POI for every direction
 * and every kind of change, give what {@link Rag#of} gives: the rule has one home.
 */
class RagFormulasTest {

    private static final double[] CHANGES = {2.5, 0, -0.1};

    @ParameterizedTest
    @EnumSource(Direction.class)
    void formulasRecalculateToTheModelsColour(Direction direction) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("s");
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int r = 0; r < CHANGES.length; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(CHANGES[r]);
                row.createCell(1).setCellValue(direction.label());
                row.createCell(2).setCellFormula(RagFormulas.label("$A" + (r + 1), "$B" + (r + 1)));
                for (Rag colour : Rag.values()) {
                    row.createCell(3 + colour.ordinal()).setCellFormula("IF(" + RagFormulas.condition(colour,
                            "$A" + (r + 1), "$B" + (r + 1)) + ",1,0)");
                }
            }
            evaluator.evaluateAll();
            for (int r = 0; r < CHANGES.length; r++) {
                Row row = sheet.getRow(r);
                Rag expected = Rag.of((int) Math.signum(CHANGES[r]), direction);
                assertThat(row.getCell(2).getStringCellValue()).as(direction + ", change " + CHANGES[r])
                        .isEqualTo(expected.label());
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
            row.createCell(1).setCellValue(direction.label());
            row.createCell(2).setCellFormula(RagFormulas.label("$A1", "$B1"));
            row.createCell(3).setCellFormula("IF(OR(" + RagFormulas.condition(Rag.GREEN, "$A1", "$B1") + ","
                    + RagFormulas.condition(Rag.AMBER, "$A1", "$B1") + "," + RagFormulas.condition(Rag.RED, "$A1", "$B1")
                    + "),1,0)");
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
