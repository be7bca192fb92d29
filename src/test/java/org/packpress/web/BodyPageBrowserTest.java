package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15 item 5: a body's page lists its meetings with their documents under the labels the data gives them
 * ("Agenda pack", "Minutes", "Action tracker"), their state (a document that cannot be built yet says why, and
 * its button is off), builds with live progress, sending with each recipient's result; and item 7: the workbench's
 * pages reflow at 400 % zoom (a 320 pixel wide viewport: nothing scrolls sideways), each with no axe-core
 * violation there too.
 */
class BodyPageBrowserTest extends BrowserTestSupport {

    private static final String BODY = "body-pcp";
    private static final String LIST = """
            recipients:
              - {name: Cllr Ann Member, email: ann@body.example, role: member}
              - {name: Nobody Member, email: nobody@body.example, role: member}
            """;

    @AfterEach
    void wide() {
        SMTP.releaseHolds();
    }

    @Test
    void aBodysPageBuildsAndSendsItsDocumentsAndShowsEachRecipientsResult(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp.resolve("in"), BODY).withDistributionList(LIST), BODY)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(buildAndWait(BODY, "2024-01-15").get("status").asText()).isEqualTo("COMPLETED");
        publish(BODY, "2024-01-15");
        signIn(temp);
        browser.driver.findElement(By.cssSelector("h2#body-" + BODY + " a")).click();
        browser.waitFor(() -> present(By.cssSelector("main.body h1")));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("West Midlands Police and Crime Panel");
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-meeting='2024-01-15'] td:nth-child(2)")))
                .extracting(WebElement::getText).containsExactly("Agenda pack", "Minutes", "Action tracker");

        WebElement minutes = row("2024-01-15", "minutes");
        assertThat(minutes.findElement(By.cssSelector(".cannot-build")).getText())
                .isEqualTo(": No minutes of " + BODY + "/2024-01-15 have been imported (minutes/2024-01-15.yaml in the body's folder)");
        assertThat(minutes.findElement(By.cssSelector("button.build")).isEnabled()).isFalse();
        assertThat(minutes.findElement(By.cssSelector("a.edit-minutes")).getAttribute("href"))
                .endsWith("/bodies/" + BODY + "/meetings/2024-01-15/minutes");
        assertThat(row("2023-11-13", "minutes").findElement(By.cssSelector("button.build")).isEnabled()).isTrue();
        browser.assertAccessible("body page");

        WebElement tracker = row("2024-01-15", "action-tracker");
        tracker.findElement(By.cssSelector("button.build")).click();
        // "Built in" is written only when this build has completed (the state may read "up to date" before it)
        browser.waitFor(() -> tracker.findElement(By.cssSelector(".message")).getText().startsWith("Built in") ? Boolean.TRUE : null);
        assertThat(tracker.findElement(By.cssSelector(".state")).getText()).isEqualTo("up to date");
        assertThat(tracker.findElement(By.cssSelector(".progress .bar")).getAttribute("aria-valuenow")).isEqualTo("100");
        assertThat(tracker.findElements(By.cssSelector(".files a.download"))).extracting(WebElement::getText)
                .contains("action-tracker.pdf");

        SMTP.script("nobody@body.example", "550 5.1.1 <nobody@body.example>: mailbox unavailable");
        WebElement pack = row("2024-01-15", "agenda-pack");
        pack.findElement(By.cssSelector("button.preview")).click();
        browser.waitFor(() -> present(By.cssSelector("#" + pack.getAttribute("id") + " button.send"))).click();
        browser.waitFor(() -> pack.findElement(By.cssSelector(".message")).getText().startsWith("Sending finished") ? Boolean.TRUE : null);

        browser.open("/bodies/" + BODY);
        WebElement sent = browser.waitFor(() -> present(By.cssSelector("tr.sent details")));
        assertThat(sent.findElement(By.tagName("summary")).getText()).isEqualTo("Agenda pack sent: 2 deliveries, 1 failed");
        sent.findElement(By.tagName("summary")).click();
        Map<String, String> results = new java.util.HashMap<>();
        for (WebElement r : sent.findElements(By.cssSelector("table.deliveries > tbody > tr"))) {
            results.put(r.findElement(By.cssSelector("td:nth-child(1)")).getText(), r.findElement(By.cssSelector("td.outcome")).getText());
        }
        assertThat(results).containsEntry("Cllr Ann Member <ann@body.example>", "sent");
        assertThat(results.get("Nobody Member <nobody@body.example>")).startsWith("failed: ").contains("550 5.1.1");
        browser.assertAccessible("body page with the deliveries open");

        aCorruptWordPaperIsRefusedByName(temp);

        atFourHundredPercent();
        for (String page : List.of("/", "/bodies/" + BODY, "/bodies/" + BODY + "/meetings/2024-01-15",
                "/bodies/" + BODY + "/meetings/2024-01-15/preview", "/bodies/" + BODY + "/meetings/new",
                "/bodies/" + BODY + "/data/action-tracker", "/bodies/" + BODY + "/meetings/2023-11-13/minutes")) {
            browser.open(page);
            browser.waitFor(() -> "complete".equals(browser.driver.executeScript("return document.readyState")) ? Boolean.TRUE : null);
            Long overflow = (Long) browser.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as(page + " scrolls sideways by so many pixels at 320 pixels wide").isLessThanOrEqualTo(0L);
            browser.assertAccessible(page + " at 400 % zoom");
        }
    }

    /** Acceptance: a corrupt .docx is refused with its name and the reason, beside its item, and nothing is stored. */
    private void aCorruptWordPaperIsRefusedByName(Path temp) throws Exception {
        Path folder = WORK.resolve("uploads").resolve(BODY);
        byte[] meetingFile = Files.readAllBytes(folder.resolve("meetings/2024-01-15.yaml"));
        List<String> before = files(folder);
        Path damaged = Files.write(temp.resolve("Budget report.docx"),
                java.util.Arrays.copyOf(MeetingEditorTest.docx("Half a document"), 300));
        browser.open("/bodies/" + BODY + "/meetings/2024-01-15");
        browser.waitFor(() -> present(By.id("item-4-paper"))).sendKeys(damaged.toAbsolutePath().toString());
        browser.driver.findElement(By.cssSelector("button.save")).click();
        assertThat(errorOf("item-4-paper")).startsWith("Budget report.docx: is not a readable Word document (.docx)");
        assertThat(browser.driver.findElement(By.id("error-summary")).getText()).contains("nothing was stored");
        assertThat(Files.readAllBytes(folder.resolve("meetings/2024-01-15.yaml"))).as("nothing stored").isEqualTo(meetingFile);
        assertThat(files(folder)).as("no paper kept").isEqualTo(before);
        browser.assertAccessible("meeting page refusing a corrupt Word paper");
    }

    private static List<String> files(Path folder) throws java.io.IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    /** A 1280 pixel wide window at 400 % zoom shows 320 CSS pixels: the viewport WCAG 1.4.10 asks pages to reflow in. */
    private void atFourHundredPercent() {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
    }

    private WebElement row(String meeting, String type) {
        return browser.driver.findElement(By.id("doc-" + BODY + "-" + meeting + "-" + type));
    }
}
