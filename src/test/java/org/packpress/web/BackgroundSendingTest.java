package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.packpress.distribute.DistributionRepository;
import org.packpress.distribute.Distributor;
import org.packpress.store.ProcessRegistry;
import org.packpress.testing.DeadProcesses;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance (issue 12, no recipient silently lost): sending runs as a background job. The API answers 202
 * with the job at once, and the same send asked for again while it runs returns the running job; its
 * progress streams as server-sent events like a build's; a transient refusal (451) is retried and sent, a
 * permanent one (550) is recorded with the server's reply; a send a dead process left in flight is resent
 * and recorded so. The officer's meeting page lists each recipient as sent, failed (why) or resent, and
 * still passes axe-core; its "Send now" follows the job and shows each recipient's result.
 */
class BackgroundSendingTest extends BrowserTestSupport {

    private static final String BODY = "send-pcp";
    private static final String DISTRIBUTION = "/api/bodies/" + BODY + "/meetings/2024-01-15/documents/agenda-pack/";
    private static final String LIST = """
            recipients:
              - {name: Cllr Ann Member, email: ann@send.example, role: member}
              - {name: Cllr Bob Member, email: bob@send.example, role: member}
              - {name: Carol Officer, email: carol@send.example, role: officer}
              - {name: Dan Subscriber, email: dan@send.example, role: subscriber}
              - {name: Nobody Subscriber, email: nobody@send.example, role: subscriber}
            """;

    @Autowired
    Distributor distributor;
    @Autowired
    DistributionRepository log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessRegistry processes;
    @Autowired
    JobRepository jobs;

    @AfterEach
    void releaseHeldReplies() {
        SMTP.releaseHolds();
    }

    @Test
    void aSendRunsInTheBackgroundWithProgressAndEachRecipientsResultIsShown(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp.resolve("in"), BODY).withDistributionList(LIST), BODY)
                .getStatusCode().value()).isEqualTo(200);
        JsonNode notBuilt = JSON.readTree(send().getBody());
        assertThat(notBuilt.get("status").asInt()).isEqualTo(422);
        assertThat(notBuilt.get("title").asText()).isEqualTo("Send refused");
        assertThat(notBuilt.get("detail").asText()).contains("agenda-pack of send-pcp/2024-01-15 has not been built");
        assertThat(buildAndWait(BODY, "2024-01-15").get("status").asText()).isEqualTo("COMPLETED");
        JsonNode notPublished = JSON.readTree(send().getBody());
        assertThat(notPublished.get("status").asInt()).isEqualTo(422);
        assertThat(notPublished.get("detail").asText()).contains("agenda pack of send-pcp/2024-01-15 is not published yet");
        publish(BODY, "2024-01-15");

        SMTP.script("nobody@send.example", "550 5.1.1 <nobody@send.example>: mailbox unavailable");
        SMTP.script("bob@send.example", "451 4.3.0 try again later");
        SMTP.holdReplyAfterData("carol@send.example");
        ResponseEntity<String> accepted = send();
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        JsonNode job = JSON.readTree(accepted.getBody());
        long id = job.get("jobExecutionId").asLong();
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/jobs/" + id);
        assertThat(job.get("alreadyRunning").asBoolean()).isFalse();

        Awaitility.await("the send to reach Carol").atMost(Duration.ofMinutes(2)).until(SMTP::holding);
        JsonNode again = JSON.readTree(send().getBody());
        assertThat(again.get("jobExecutionId").asLong()).as("the running send is returned").isEqualTo(id);
        assertThat(again.get("alreadyRunning").asBoolean()).isTrue();
        JsonNode running = JSON.readTree(viewer().getForEntity("/api/jobs/" + id, String.class).getBody());
        assertThat(running.get("status").asText()).isEqualTo("STARTED");
        assertThat(running.get("job").asText()).isEqualTo("send");
        assertThat(running.get("target").asText()).isEqualTo(BODY + "/2024-01-15");
        assertThat(running.get("total").asInt()).isEqualTo(5);
        assertThat(running.get("done").asInt()).isBetween(2, 4);
        assertThat(running.get("current").asText()).as("a file, never an address").endsWith(".pdf");
        assertThat(running.toString()).doesNotContain("@send.example");

        SMTP.releaseHolds();
        List<JsonNode> events = events(id);
        assertThat(events).last().satisfies(last -> {
            assertThat(last.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(last.get("done").asInt()).isEqualTo(5);
            assertThat(last.get("percent").asInt()).isEqualTo(100);
        });

        Map<String, JsonNode> results = deliveries();
        assertThat(results).containsOnlyKeys("ann@send.example", "bob@send.example", "carol@send.example",
                "dan@send.example", "nobody@send.example");
        assertThat(results.get("nobody@send.example").get("status").asText()).isEqualTo("FAILED");
        assertThat(results.get("nobody@send.example").get("detail").asText()).contains("550 5.1.1");
        assertThat(results.get("bob@send.example").get("status").asText()).as("sent after a retry").isEqualTo("SENT");
        assertThat(SMTP.attempts("bob@send.example")).isEqualTo(2);
        assertThat(results.values()).filteredOn(r -> !r.get("email").asText().startsWith("nobody"))
                .allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("SENT"));
        assertThat(received()).containsOnlyKeys("ann@send.example", "bob@send.example", "carol@send.example",
                "dan@send.example").allSatisfy((who, n) -> assertThat(n).as(who).isEqualTo(1));
        assertThat(viewer().getForEntity(DISTRIBUTION + "deliveries", String.class).getStatusCode().value())
                .as("addresses are for officers").isEqualTo(403);

        // Dan's send was in flight when its process died: recovery resends it and records so
        jdbc.update("UPDATE delivery SET result = ?, process_id = ? WHERE recipient = ?", DistributionRepository.SENDING,
                new DeadProcesses(jdbc, processes, jobs).killedOnThisHost(), "dan@send.example");
        distributor.resendInterrupted(); // what every process's start and heartbeat do (whichever comes first)
        Awaitility.await("Dan's send resent").atMost(Duration.ofMinutes(1))
                .until(() -> deliveries().get("dan@send.example").get("resent").asBoolean());
        List<MimeMessage> dans = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equals("dan@send.example"))
                .toList();
        assertThat(dans).hasSize(2);
        assertThat(dans.get(1).getMessageID()).isEqualTo(dans.get(0).getMessageID());

        browser = Browser.start(port, temp.resolve("profile"), Files.createDirectories(temp.resolve("downloads")));
        browser.signInAsOfficer();
        browser.waitFor(() -> browser.driver.findElements(By.id("doc-" + BODY + "-2024-01-15-agenda-pack")).stream()
                .findFirst().orElse(null));
        browser.open("/bodies/" + BODY + "/meetings/2024-01-15");
        WebElement table = browser.waitFor(() -> browser.driver.findElements(By.id("deliveries-agenda-pack")).stream()
                .findFirst().orElse(null));
        assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("Agenda pack: sent to");
        Map<String, String> outcomes = outcomes(table);
        assertThat(outcomes).containsEntry("Cllr Ann Member <ann@send.example>", "sent")
                .containsEntry("Dan Subscriber <dan@send.example>", "resent after an interruption");
        assertThat(outcomes.get("Nobody Subscriber <nobody@send.example>"))
                .startsWith("failed: ").contains("550 5.1.1");
        browser.assertAccessible("meeting page with what was sent to whom");

        // Send now: the failed recipient is tried again, and the page follows the job to its end
        SMTP.script("nobody@send.example", "550 5.1.1 <nobody@send.example>: still unavailable");
        WebElement row = browser.driver.findElement(By.id("doc-" + BODY + "-2024-01-15-agenda-pack"));
        row.findElement(By.cssSelector("button.preview")).click();
        browser.waitFor(() -> row.findElements(By.cssSelector("button.send")).stream().findFirst().orElse(null)).click();
        browser.waitFor(() -> row.findElement(By.cssSelector(".message")).getText().startsWith("Sending finished")
                ? Boolean.TRUE : null);
        WebElement refreshed = browser.waitFor(() -> row.findElements(By.cssSelector(".send-preview table")).stream()
                .findFirst().orElse(null));
        assertThat(refreshed.getText()).contains("still unavailable");
        assertThat(row.findElement(By.cssSelector(".progress .bar")).getAttribute("aria-valuenow")).isEqualTo("100");
        assertThat(SMTP.attempts("nobody@send.example")).isEqualTo(2);
        browser.assertAccessible("meeting page after sending again");
    }

    private ResponseEntity<String> send() {
        return officer().exchange(DISTRIBUTION + "distribution", HttpMethod.POST, new HttpEntity<>(json()),
                String.class);
    }

    /** The job's server-sent events, read to the end of the stream (it ends with the job). */
    private List<JsonNode> events(long id) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_EVENT_STREAM));
        String stream = officer().exchange("/api/jobs/" + id + "/events", HttpMethod.GET, new HttpEntity<>(headers),
                String.class).getBody();
        List<JsonNode> events = new ArrayList<>();
        for (String event : stream.split("\n\n")) { // an event's data may span lines, each starting "data:"
            String data = event.lines().filter(l -> l.startsWith("data:")).map(l -> l.substring(5))
                    .collect(Collectors.joining("\n"));
            if (!data.isBlank()) {
                events.add(JSON.readTree(data));
            }
        }
        assertThat(stream).contains("event:status");
        return events;
    }

    private Map<String, JsonNode> deliveries() throws Exception {
        JsonNode list = JSON.readTree(officer().getForEntity(DISTRIBUTION + "deliveries", String.class).getBody());
        Map<String, JsonNode> byAddress = new java.util.LinkedHashMap<>();
        list.forEach(r -> byAddress.put(r.get("email").asText(), r));
        return byAddress;
    }

    /** How many messages each address of this test received. */
    private static Map<String, Long> received() {
        return Arrays.stream(MAIL.getReceivedMessages()).map(BackgroundSendingTest::to)
                .filter(to -> to.endsWith("@send.example"))
                .collect(Collectors.groupingBy(to -> to, Collectors.counting()));
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> outcomes(WebElement table) {
        return table.findElements(By.cssSelector("tbody tr")).stream().collect(Collectors.toMap(
                tr -> tr.findElement(By.cssSelector("td:nth-child(1)")).getText(),
                tr -> tr.findElement(By.cssSelector("td.outcome")).getText(), (a, b) -> b));
    }
}
