package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobs;
import org.packpress.ingest.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

/** Every product can be built through the API, not only agenda packs; the nightly run builds the KPI workbook monthly. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherDocumentsApiTest extends ServiceTestSupport {

    @Autowired
    ImportService imports;
    @Autowired
    DocumentJobs documents;

    @BeforeAll
    void importExamples() {
        imports.importPaths(List.of(Path.of("examples")));
    }

    @Test
    void minutesAndTrackerOfAMeeting() throws Exception {
        assertThat(files(build("{\"type\":\"minutes\",\"body\":\"wm-pcp\",\"meeting\":\"2023-11-13\"}")))
                .contains("minutes.pdf");
        assertThat(files(build("{\"type\":\"action-tracker\",\"body\":\"wm-pcp\",\"meeting\":\"2024-01-15\"}")))
                .contains("action-tracker.pdf", "action-tracker.xlsx");
    }

    @Test
    void workbookAndReviewOfAPlanYear() throws Exception {
        assertThat(files(build("{\"type\":\"kpi-workbook\",\"body\":\"wm-spcb\",\"plan\":\"pcp-2016\",\"year\":\"2020/21\"}")))
                .contains("pcp-2016-2020-21.xlsx");
        assertThat(files(build("{\"type\":\"annual-review\",\"body\":\"wm-spcb\",\"year\":\"2020/21\"}")))
                .contains("annual-review-2020-21.pdf");
    }

    @Test
    void nightlyRunBuildsEachPlansWorkbookOncePerMonth() throws Exception {
        DocumentJob workbook = documents.find("kpi-workbook").orElseThrow();
        Path out = WORK.resolve("out");
        LocalDate today = LocalDate.now();
        assertThat(workbook.nightlyDue(today.plusYears(1), out)).extracting(DocumentJob.Request::plan)
                .as("not built in that month").contains("pcp-2016");
        build("{\"type\":\"kpi-workbook\",\"body\":\"wm-spcb\",\"plan\":\"pcp-2016\"}");
        assertThat(workbook.nightlyDue(today, out)).extracting(DocumentJob.Request::plan).doesNotContain("pcp-2016");
        assertThat(workbook.nightlyDue(today.plusMonths(1), out)).extracting(DocumentJob.Request::plan).contains("pcp-2016");
    }

    private JsonNode build(String request) throws Exception {
        ResponseEntity<String> started = officer().postForEntity("/api/builds", new HttpEntity<>(request, json()), String.class);
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
        JsonNode status = waitFor(JSON.readTree(started.getBody()).get("jobExecutionId").asLong());
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("COMPLETED");
        return status;
    }

    private static List<String> files(JsonNode status) {
        List<String> names = new ArrayList<>();
        status.get("files").forEach(f -> names.add(f.get("name").asText()));
        return names;
    }
}
