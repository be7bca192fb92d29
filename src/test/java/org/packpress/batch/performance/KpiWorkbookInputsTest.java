package org.packpress.batch.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.kpi.KpiWorkbookBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.performance.PerformanceTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The manifest records what a KPI workbook was built from: the hash of the plan's stored figures is the same for
 * the same figures and changes when any field of one figure changes (here only a note).
 */
@SpringBootTest(properties = PerformanceTestSupport.DATABASE)
class KpiWorkbookInputsTest {

    private static final String STORE_INPUT = "store:performance/inputs-board/inputs-plan";

    @Autowired
    ImportService imports;
    @Autowired
    KpiWorkbookBuilder workbooks;

    @TempDir
    Path work;

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
}
