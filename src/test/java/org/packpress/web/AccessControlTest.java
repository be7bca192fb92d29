package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Acceptance: public packs download without signing in; confidential packs, builds and uploads need
 * the right sign-in (401 anonymous, 403 for a viewer's build); a malformed upload is answered with a
 * problem naming file and field, and stores nothing.
 */
class AccessControlTest extends ServiceTestSupport {

    private static final String BODY = "access-pcp";

    @Test
    void publicPackIsOpenConfidentialPackAndChangesNeedTheRightRole(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, BODY).withExemptItem();
        String build = "{\"type\":\"agenda-pack\",\"body\":\"" + BODY + "\",\"meeting\":\"2024-01-15\"}";

        assertThat(upload(http, panel, BODY).getStatusCode().value()).isEqualTo(401);
        assertThat(upload(viewer(), panel, BODY).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> anonymousBuild = http.postForEntity("/api/builds", new HttpEntity<>(build, json()),
                String.class);
        assertThat(anonymousBuild.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymousBuild.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(JSON.readTree(anonymousBuild.getBody()).get("status").asInt()).isEqualTo(401);

        ResponseEntity<String> uploaded = upload(officer(), panel, BODY);
        assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(200);
        ResponseEntity<String> viewerBuild = viewer().postForEntity("/api/builds", new HttpEntity<>(build, json()),
                String.class);
        assertThat(viewerBuild.getStatusCode().value()).isEqualTo(403);
        assertThat(JSON.readTree(viewerBuild.getBody()).get("title").asText()).isEqualTo("Not allowed");
        assertThat(http.getForEntity("/api/jobs/1", String.class).getStatusCode().value()).isEqualTo(401);

        JsonNode status = buildAndWait(BODY, "2024-01-15");
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("COMPLETED");

        String folder = "/files/" + BODY + "/2024-01-15/";
        // issue 15: the public pack of a meeting not yet published is for officers only
        assertThat(http.getForEntity(folder + "agenda-pack.pdf", byte[].class).getStatusCode().value()).isEqualTo(401);
        assertThat(officer().getForEntity(folder + "agenda-pack.pdf", byte[].class).getStatusCode().value())
                .isEqualTo(200);
        assertThat(viewer().postForEntity("/api/bodies/" + BODY + "/meetings/2024-01-15/publication",
                new HttpEntity<>("", json()), String.class).getStatusCode().value()).isEqualTo(403);
        publish(BODY, "2024-01-15");
        JsonNode meeting = JSON.readTree(officer().getForEntity("/api/bodies/" + BODY + "/meetings/2024-01-15",
                String.class).getBody());
        assertThat(meeting.at("/published/by").asText()).isEqualTo("officer");
        assertThat(meeting.get("draft").asBoolean()).isFalse();
        ResponseEntity<byte[]> publicPack = http.getForEntity(folder + "agenda-pack.pdf", byte[].class);
        assertThat(publicPack.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(publicPack.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(http.getForEntity(folder + "agenda-pack-confidential.pdf", byte[].class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(viewer().getForEntity(folder + "agenda-pack-confidential.pdf", byte[].class).getStatusCode().value())
                .isEqualTo(403);
        java.net.URI escaped = java.net.URI.create("http://127.0.0.1:" + port + folder + "agenda-pack-%63onfidential.pdf");
        assertThat(http.getForEntity(escaped, byte[].class).getStatusCode().value()).isIn(400, 401, 403);
        assertThat(member().getForEntity(folder + "agenda-pack-confidential.pdf", byte[].class).getStatusCode().value())
                .isEqualTo(200);
        // the audit log, for administrators only, has the member's download and no public one
        assertThat(officer().getForEntity("/api/audit", String.class).getStatusCode().value()).isEqualTo(403);
        JsonNode audit = JSON.readTree(admin().getForEntity("/api/audit", String.class).getBody());
        assertThat(audit.findValuesAsText("file")).doesNotContain("agenda-pack.pdf");
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("member");
        assertThat(audit.get(0).get("action").asText()).isEqualTo("confidential-downloaded");
        assertThat(audit.get(0).get("file").asText()).isEqualTo("agenda-pack-confidential.pdf");
        assertThat(audit.get(0).get("body").asText()).isEqualTo(BODY);
        assertThat(officer().getForEntity(folder + "agenda-pack-confidential.pdf", byte[].class).getStatusCode()
                .value()).isEqualTo(200);
        // what no build wrote as a public file needs a sign-in; signed in, it is not found
        assertThat(http.getForEntity("/files/" + BODY + "/2024-01-15/manifest.json", String.class).getStatusCode()
                .value()).isEqualTo(401);
        assertThat(officer().getForEntity("/files/" + BODY + "/2024-01-15/manifest.json", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    /** Issue 12: who may download a file is read from the manifest, never from a word in its address. */
    @Test
    void aPublicPackIsOpenWhateverWordsItsAddressHolds(@TempDir Path temp) throws Exception {
        String body = "confidential-affairs-pcp";
        SamplePanel panel = SamplePanel.copy(temp, body);
        assertThat(upload(officer(), panel, body).getStatusCode().value()).isEqualTo(200);
        JsonNode status = buildAndWait(body, "2024-01-15");
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("COMPLETED");
        publish(body, "2024-01-15");

        String folder = "/files/" + body + "/2024-01-15/";
        assertThat(http.getForEntity(folder + "agenda-pack.pdf", byte[].class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity(folder + "agenda-pack-confidential.pdf", byte[].class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void malformedUploadNamesFileAndFieldAndStoresNothing(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp, "malformed-pcp");
        assertThat(upload(officer(), panel, "malformed-pcp").getStatusCode().value()).isEqualTo(200);
        JsonNode meetingsBefore = JSON.readTree(officer().getForEntity("/api/bodies/malformed-pcp/meetings", String.class)
                .getBody());

        String meeting = Files.readString(panel.meetingFile()).replace("date: 2024-01-15", "date: 2024-02-05")
                .replace("start: \"14:00\"", "start: \"25:99\"");
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", new ByteArrayResource(meeting.getBytes()) {
            @Override
            public String getFilename() {
                return "../../escape.yaml";
            }
        });
        parts.add("paths", "meetings/2024-02-05.yaml");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> rejected = officer().postForEntity("/api/bodies/malformed-pcp/inputs",
                new HttpEntity<>(parts, headers), String.class);

        assertThat(rejected.getStatusCode().value()).isEqualTo(422);
        assertThat(rejected.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(rejected.getBody());
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo("meetings/2024-02-05.yaml");
        assertThat(error.get("field").asText()).contains("start");
        assertThat(officer().getForEntity("/api/bodies/malformed-pcp/meetings/2024-02-05", String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(JSON.readTree(officer().getForEntity("/api/bodies/malformed-pcp/meetings", String.class).getBody()))
                .isEqualTo(meetingsBefore);
        assertThat(WORK.resolve("uploads/malformed-pcp/meetings/2024-02-05.yaml")).doesNotExist();
        assertThat(WORK.resolve("escape.yaml")).doesNotExist();
    }

    @Test
    void uploadNamesThatLeaveTheBodyFolderAreRefused(@TempDir Path temp) throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", new ByteArrayResource("x".getBytes()) {
            @Override
            public String getFilename() {
                return "note.md";
            }
        });
        parts.add("paths", "../outside.md");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> rejected = officer().postForEntity("/api/bodies/malformed-pcp/inputs",
                new HttpEntity<>(parts, headers), String.class);
        assertThat(rejected.getStatusCode().value()).isEqualTo(422);
        assertThat(JSON.readTree(rejected.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("path");
        assertThat(WORK.resolve("uploads/outside.md")).doesNotExist();
    }
}
