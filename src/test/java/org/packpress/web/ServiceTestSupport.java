package org.packpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.packpress.testing.ScriptedSmtpProxy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One running service for the web tests (they share the Spring context): in-memory database, output
 * and upload folders in a temporary folder, three users (officer, viewer, member) with test-only
 * plain-text passwords, and an SMTP server (GreenMail, behind a relay that can refuse chosen recipients).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:packpress-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "packpress.nightly.cron=-",
        "packpress.security.users[0].name=officer",
        "packpress.security.users[0].password={noop}officer-secret",
        "packpress.security.users[0].roles=OFFICER",
        "packpress.security.users[1].name=viewer",
        "packpress.security.users[1].password={noop}viewer-secret",
        "packpress.security.users[1].roles=VIEWER",
        "packpress.security.users[2].name=member",
        "packpress.security.users[2].password={noop}member-secret",
        "packpress.security.users[2].roles=MEMBER",
        "packpress.security.users[3].name=admin",
        "packpress.security.users[3].password={noop}admin-secret",
        "packpress.security.users[3].roles=ADMIN",
        "packpress.security.users[4].name=clerk",
        "packpress.security.users[4].password={noop}clerk-secret",
        "packpress.security.users[4].roles=OFFICER",
        "packpress.security.users[5].name=typist",
        "packpress.security.users[5].password={noop}typist-secret",
        "packpress.security.users[5].roles=VIEWER",
        "server.address=127.0.0.1",
        "spring.mail.host=127.0.0.1", "spring.mail.properties[mail.smtp.starttls.required]=false",
        "packpress.mail.from=democratic.services@panel.example", "packpress.mail.backoff-millis=20"})
public abstract class ServiceTestSupport {

    static final Path WORK = temp();
    protected static final GreenMail MAIL = startMail();
    protected static final ScriptedSmtpProxy SMTP = new ScriptedSmtpProxy(MAIL.getSmtp().getPort());

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("packpress.out-dir", () -> WORK.resolve("out").toString());
        registry.add("packpress.upload-dir", () -> WORK.resolve("uploads").toString());
        registry.add("spring.mail.port", SMTP::port);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("packpress-web-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected TestRestTemplate officer() {
        return http.withBasicAuth("officer", "officer-secret");
    }

    protected TestRestTemplate viewer() {
        return http.withBasicAuth("viewer", "viewer-secret");
    }

    protected TestRestTemplate admin() {
        return http.withBasicAuth("admin", "admin-secret");
    }

    protected TestRestTemplate member() {
        return http.withBasicAuth("member", "member-secret");
    }

    /** Uploads every file of the sample copy, each under its place in the body folder. */
    protected ResponseEntity<String> upload(TestRestTemplate client, SamplePanel panel) {
        return upload(client, panel, SamplePanel.BODY);
    }

    protected ResponseEntity<String> upload(TestRestTemplate client, SamplePanel panel, String body) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        for (String file : panel.files()) {
            parts.add("files", new FileSystemResource(panel.root().resolve(file)));
            parts.add("paths", file);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return client.postForEntity("/api/bodies/" + body + "/inputs", new HttpEntity<>(parts, headers),
                String.class);
    }

    /** Starts a build through the API and waits for it to end; returns the final job status. */
    protected com.fasterxml.jackson.databind.JsonNode buildAndWait(String body, String meeting) throws Exception {
        ResponseEntity<String> started = officer().postForEntity("/api/builds", new HttpEntity<>(
                "{\"type\":\"agenda-pack\",\"body\":\"" + body + "\",\"meeting\":\"" + meeting + "\"}", json()),
                String.class);
        if (started.getStatusCode().value() != 202) {
            throw new AssertionError("build not accepted: " + started);
        }
        long id = JSON.readTree(started.getBody()).get("jobExecutionId").asLong();
        return waitFor(id);
    }

    /** The meeting's YAML folder as the workbench gives it (folder.zip), unpacked into the folder given. */
    protected Path meetingFolder(String body, String date, Path into) throws IOException {
        byte[] zip = officer().getForEntity("/bodies/" + body + "/meetings/" + date + "/folder.zip", byte[].class).getBody();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = into.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return into;
    }

    /** Uploads every file of a body folder under its place in it, as an officer would import the folder; the report. */
    protected String reimport(String body, Path bodyFolder) throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        try (var walk = Files.walk(bodyFolder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                parts.add("files", new FileSystemResource(p));
                parts.add("paths", bodyFolder.relativize(p).toString().replace('\\', '/'));
            }
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return officer().postForEntity("/api/bodies/" + body + "/inputs", new HttpEntity<>(parts, headers), String.class)
                .getBody();
    }

    /** Publishes the meeting through the API (its pack is public and may be sent from then on). */
    protected void publish(String body, String meeting) {
        ResponseEntity<String> published = officer().postForEntity("/api/bodies/" + body + "/meetings/" + meeting
                + "/publication", new HttpEntity<>("", json()), String.class);
        if (published.getStatusCode().value() != 200) {
            throw new AssertionError("not published: " + published);
        }
    }

    /** Polls the job's status until it has ended (the bound only stops a hang; it is no timing assertion). */
    protected com.fasterxml.jackson.databind.JsonNode waitFor(long id) {
        return org.awaitility.Awaitility.await("job " + id + " to end").atMost(java.time.Duration.ofMinutes(5))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> JSON.readTree(officer().getForEntity("/api/jobs/" + id, String.class).getBody()),
                        status -> !java.util.Set.of("STARTING", "STARTED", "STOPPING")
                                .contains(status.get("status").asText()));
    }

    protected static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    protected static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }
}
