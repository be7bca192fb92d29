package org.packpress.batch.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.kpi.KpiWorkbookBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.performance.PerformanceTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The KPI workbook as {@link KpiWorkbookBuilder} builds it from the store: worded by the body that owns the plan (its
 * sheet names, titles and column headings are the body's text blocks, here a board that overrides some of them in
 * body.yaml, and the rest keep the default wording), and recorded in the manifest with the hash of the figures it was
 * built from.
 */
@SpringBootTest(properties = PerformanceTestSupport.DATABASE)
class KpiWorkbookBuilderTest {

    private static final String STORE_INPUT = "store:performance/inputs-board/inputs-plan";
    private static final String BODY = """
            id: wording-board
            name: Wording Board
            shortName: WB
            kind: board
            textBlocks:
              kpi-sheet-summary: Crynodeb
              kpi-summary-title-year: "Crynodeb o'r dangosyddion, {{year}}"
              kpi-sheet-data: Data crai
              kpi-data-columns: |
                Dangosydd
                Mesur
                Ardal
                Cyfnod
                Cyfnod fel y'i hargraffwyd
                Cod cyfnod
                Gwerth
                Gwerth fel y'i hargraffwyd
                Ffynhonnell
                Nodyn
              kpi-data-completeness: Cyflawnder
            """;

    @Autowired
    ImportService imports;
    @Autowired
    KpiWorkbookBuilder workbooks;

    @TempDir
    Path work;

    @Test
    void theBodysTextBlocksWordItsWorkbook() throws Exception {
        imports.importPaths(List.of(PerformanceTestSupport.bodyWithExamplePlan(work, "wording-board", BODY, "wording-plan")));

        Path file = workbooks.build("wording-plan", null, "2020/21", work.resolve("out"), null);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("Crynodeb", "Data crai", "Contents").doesNotContain("Summary", "Data");
            assertThat(wb.getSheet("Crynodeb").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Crynodeb o'r dangosyddion, 2020/21");
            assertThat(texts(wb.getSheet("Data crai").getRow(0))).containsExactly("Dangosydd", "Mesur", "Ardal",
                    "Cyfnod", "Cyfnod fel y'i hargraffwyd", "Cod cyfnod", "Gwerth", "Gwerth fel y'i hargraffwyd",
                    "Ffynhonnell", "Nodyn", "Cyflawnder");
            assertThat(wb.getSheet("Data crai").getTables().get(0).getColumns().get(0).getName()).isEqualTo("Dangosydd");
            assertThat(texts(wb.getSheet("Contents").getRow(2))).as("the default wording where the body has none")
                    .containsExactly("Sheet", "What it shows");
        }
    }

    @Test
    void theFiguresHashFollowsEveryFieldOfTheFigures() throws IOException {
        Path body = PerformanceTestSupport.bodyWithExamplePlan(work, "inputs-board",
                "id: inputs-board\nname: Inputs Board\nshortName: IB\nkind: board\n", "inputs-plan");
        Path observations = body.resolve("performance/observations.csv");
        imports.importPaths(List.of(body));

        String first = buildAndReadInput();
        String again = buildAndReadInput();
        List<String> lines = Files.readAllLines(observations);
        lines.set(1, lines.get(1) + "a note added");
        Files.write(observations, lines);
        imports.importPaths(List.of(body));
        String changed = buildAndReadInput();

        assertThat(first).hasSize(64).isEqualTo(again);
        assertThat(changed).hasSize(64).isNotEqualTo(first);
    }

    private String buildAndReadInput() throws IOException {
        Path file = workbooks.build("inputs-plan", null, "2020/21", work.resolve("out"), null);
        JsonNode manifest = new ObjectMapper().readTree(file.resolveSibling("manifest.json").toFile());
        JsonNode entry = manifest.get("documents").elements().next();
        return entry.get("inputs").get(STORE_INPUT).asText();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
