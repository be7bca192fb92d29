package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.publish.AccessibilityReports;
import org.packpress.testing.TestPdfs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acceptance: the officer page (in headless Chromium) and the API show a pack's accessibility report: while
 * it is being checked, then, for a pack with an untagged attachment, "Not accessible" with the attachment
 * named and the failed rules under it; axe-core finds no violation on the page with the report open.
 */
class AccessibilityReportBrowserTest extends BrowserTestSupport {

    private static final String BODY = "a11y-report-pcp";
    private static final String SLIDES = "item 7: papers/07-drugs-slides.pdf";

    @Autowired
    AccessibilityReports reports;
    @Autowired
    MeetingDocuments documents;


    @Test
    void theOfficerSeesWhichAttachmentMakesThePackNotAccessibleAndWhy(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp.resolve("in"), BODY);
        TestPdfs.write(panel.root().resolve("papers/07-drugs-slides.pdf"), 2, "Untagged slide");
        assertThat(upload(officer(), panel, BODY).getStatusCode().value()).isEqualTo(200);
        assertThat(buildAndWait(BODY, SamplePanel.MEETING).get("status").asText()).isEqualTo("COMPLETED");

        browser = Browser.start(port, temp.resolve("profile"), Files.createDirectories(temp.resolve("downloads")));
        browser.signInAsOfficer();
        WebElement row = packRow();
        assertThat(row.findElement(By.cssSelector(".accessibility")).getText())
                .contains("Not accessible", "because of the attachment " + SLIDES);

        Path folder = documents.outRoot().resolve(BODY).resolve(SamplePanel.MEETING);
        reports.validate(folder, AgendaPackBuilder.DOCUMENT).orElseThrow();
        JsonNode pack = JSON.readTree(officer().getForEntity("/api/bodies/" + BODY + "/meetings/" + SamplePanel.MEETING,
                String.class).getBody()).get("documents").findParents("type").stream()
                .filter(d -> d.get("type").asText().equals("agenda-pack")).findFirst().orElseThrow();
        JsonNode report = pack.get("accessibility");
        assertThat(report.get("state").asText()).isEqualTo("checked");
        assertThat(report.get("accessible").asBoolean()).isFalse();
        assertThat(report.get("attachments").get(0).get("paper").asText()).isEqualTo(SLIDES);
        assertThat(report.get("attachments").get(0).get("failedRules").get(0).asText()).startsWith("PDF/UA-1 ");

        browser.open("/");
        row = packRow();
        WebElement accessibility = row.findElement(By.cssSelector(".accessibility"));
        accessibility.findElement(By.tagName("summary")).click();
        WebElement slides = accessibility.findElements(By.cssSelector("li.failed-pdf")).stream()
                .filter(li -> li.getText().startsWith("Attachment " + SLIDES)).findFirst().orElseThrow();
        assertThat(slides.getText()).contains("not tagged", "PDF/UA-1 fails, PDF/A-2a fails");
        assertThat(slides.findElement(By.cssSelector(".advice")).getText()).startsWith("What you can do: ask its author"
                + " for a tagged PDF").contains("attach the Word document itself on the meeting's page");
        assertThat(slides.findElements(By.cssSelector("li.rule"))).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.getText()).matches("PDF/(UA-1|A-2a) .+"));
        assertThat(accessibility.findElements(By.cssSelector("li.failed-pdf")))
                .anySatisfy(li -> assertThat(li.getText()).startsWith("agenda-pack.pdf: tagged"));
        browser.assertAccessible("officer page with an accessibility report open");
    }

    private WebElement packRow() {
        return browser.waitFor(() -> browser.driver.findElements(By.id("doc-" + BODY + "-" + SamplePanel.MEETING
                + "-agenda-pack")).stream().findFirst().orElse(null));
    }
}
