package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.PdfInspection;
import org.packpress.common.TaskExecutors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import picocli.CommandLine;

/** Acceptance: through the API alone, upload the sample Panel, build its pack, and get what the command line builds. */
class ApiBuildTest extends ServiceTestSupport {

    @Autowired
    CommandLine packpressCommandLine;

    @Autowired
    @Qualifier(TaskExecutors.BUILDS)
    ThreadPoolTaskExecutor builds;

    @Test
    void uploadBuildPollAndDownloadGiveTheCommandLinePack(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp.resolve("inputs"));
        ResponseEntity<String> uploaded = upload(officer(), panel);
        assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(200);
        assertThat(uploaded.getBody()).contains("meetings/2024-01-15.yaml");

        // the build pool is paused, so the first build is accepted but cannot have ended when the same
        // build is asked for again: the answer must be the running build, not a second one
        builds.stop();
        long id;
        JsonNode again;
        try {
            ResponseEntity<String> started = officer().postForEntity("/api/builds", new HttpEntity<>(
                    "{\"type\":\"agenda-pack\",\"body\":\"wm-pcp\",\"meeting\":\"2024-01-15\"}", json()), String.class);
            assertThat(started.getStatusCode().value()).isEqualTo(202);
            id = JSON.readTree(started.getBody()).get("jobExecutionId").asLong();
            assertThat(started.getHeaders().getLocation()).hasToString("/api/jobs/" + id);
            ResponseEntity<String> repeated = officer().postForEntity("/api/builds", new HttpEntity<>(
                    "{\"type\":\"agenda-pack\",\"body\":\"wm-pcp\",\"meeting\":\"2024-01-15\"}", json()), String.class);
            again = JSON.readTree(repeated.getBody());
        } finally {
            builds.start();
        }
        assertThat(again.get("alreadyRunning").asBoolean()).as(again.toString()).isTrue();
        assertThat(again.get("jobExecutionId").asLong()).isEqualTo(id);

        JsonNode status = waitFor(id);
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("COMPLETED");
        assertThat(status.get("percent").asInt()).isEqualTo(100);
        assertThat(status.get("total").asInt()).isPositive();
        assertThat(status.get("done").asInt()).isEqualTo(status.get("total").asInt());
        assertThat(status.get("document").asText()).isEqualTo("agenda-pack");
        String url = null;
        for (JsonNode file : status.get("files")) {
            if (file.get("name").asText().equals("agenda-pack.pdf")) {
                url = file.get("url").asText();
            }
        }
        assertThat(url).isEqualTo("/files/wm-pcp/2024-01-15/agenda-pack.pdf");

        ResponseEntity<byte[]> download = officer().getForEntity(url, byte[].class); // not public: not published
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        Path viaApi = temp.resolve("api.pdf");
        Files.write(viaApi, download.getBody());

        Path cliOut = temp.resolve("cli-out");
        int exit = packpressCommandLine.execute("build", "agenda-pack", "wm-pcp/2024-01-15", "--out", cliOut.toString());
        assertThat(exit).isZero();
        try (PdfInspection api = PdfInspection.open(viaApi);
                PdfInspection cli = PdfInspection.open(cliOut.resolve("wm-pcp/2024-01-15/agenda-pack.pdf"))) {
            assertThat(api.pageCount()).isGreaterThan(20).isEqualTo(cli.pageCount());
            assertThat(api.outline()).isNotEmpty().isEqualTo(cli.outline());
            assertThat(api.text(1, 1)).contains("West Midlands Police and Crime Panel");
        }

        JsonNode meeting = JSON.readTree(officer().getForEntity("/api/bodies/wm-pcp/meetings/2024-01-15", String.class)
                .getBody());
        assertThat(meeting.get("documents").get(0).get("state").asText()).isEqualTo("UP_TO_DATE");

        // one changed file uploaded on its own joins the files uploaded before; the pack is now out of date
        panel.changeVenue("2024-01-15", "Committee Room 2, Council House, Birmingham");
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("files", new org.springframework.core.io.FileSystemResource(panel.meetingFile()));
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> changed = officer().postForEntity("/api/bodies/wm-pcp/inputs",
                new HttpEntity<>(parts, multipart), String.class);
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(changed.getBody()).get("stored").get(0).asText()).isEqualTo("meetings/2024-01-15.yaml");
        meeting = JSON.readTree(officer().getForEntity("/api/bodies/wm-pcp/meetings/2024-01-15", String.class).getBody());
        assertThat(meeting.get("venue").asText()).startsWith("Committee Room 2");
        assertThat(meeting.get("documents").get(0).get("state").asText()).isEqualTo("OUT_OF_DATE");
    }

    /** Issue 12 item 5: a title over its limit is a problem naming file and field, never the database's error. */
    @Test
    void anUploadedTitleOverItsLimitIsRefusedNamingFileAndField(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "limits-pcp");
        Path meeting = panel.meetingFile();
        Files.writeString(meeting, Files.readString(meeting).replaceFirst("title: NOTICE OF RECORDING",
                "title: " + "x".repeat(100_000)));

        ResponseEntity<String> response = upload(officer(), panel, "limits-pcp");

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Input rejected");
        assertThat(problem.get("errors")).anySatisfy(error -> {
            assertThat(error.toString()).contains("meetings/2024-01-15.yaml", "agenda[1].title",
                    "is 100,000 characters long; at most 500 are allowed");
        });
        assertThat(response.getBody()).doesNotContain("xxxxxxxxxx");
        assertThat(officer().getForEntity("/api/bodies/limits-pcp/meetings/2024-01-15", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void answersJsonEvenToClientsThatPreferXml() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL));
        ResponseEntity<String> response = viewer().exchange("/api/bodies", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    }

    @Test
    void describesItselfWithOpenApi() throws Exception {
        JsonNode api = JSON.readTree(http.getForEntity("/v3/api-docs", String.class).getBody());
        assertThat(api.get("paths").has("/api/builds")).isTrue();
        assertThat(api.get("paths").has("/api/jobs/{id}")).isTrue();
        assertThat(api.get("paths").has("/api/bodies/{body}/inputs")).isTrue();
    }
}
