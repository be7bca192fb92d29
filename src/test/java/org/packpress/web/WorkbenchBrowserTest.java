package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.packpress.PackPressApplication;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestPdfs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The acceptance, in a real headless Chromium: an officer creates a meeting of eight items (with
 * 7a/7b and an exempt item) in the browser, attaches a Markdown report, a .docx and a PDF to three items,
 * sees the import's error beside a time earlier than the item before, fixes it, saves, builds the pack and
 * downloads it; the pack holds the papers' text in item order and the public pack leaves out the exempt
 * paper. The meeting's YAML folder, imported into an empty store, gives the same pack text, and imported
 * back where it came from changes nothing. axe-core finds no violation on any page on the way.
 */
class WorkbenchBrowserTest extends BrowserTestSupport {

    private static final String BODY = "accept-pcp";
    private static final String DATE = "2025-06-16";

    @Test
    void officerPreparesAMeetingInTheBrowserAndItsPackHoldsThePapersInOrder(@TempDir Path temp) throws Exception {
        uploadBodyFile(SamplePanel.copy(temp.resolve("in"), BODY).root().resolve("body.yaml"));
        Path markdown = Files.writeString(temp.resolve("drugs-report.md"), """
                ---
                title: Report on the tackling drugs commitment
                ---
                MARKDOWN PAPER ALPHA sets out the commitment on drugs.
                """);
        Path word = Files.write(temp.resolve("budget-report.docx"), MeetingEditorTest.docx("WORD PAPER BRAVO sets out the budget."));
        Path pdf = TestPdfs.write(temp.resolve("confidential-annex.pdf"), 1, "EXEMPT PDF OMEGA");
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = Browser.start(port, temp.resolve("profile"), downloads);
        browser.signInAsOfficer();
        browser.waitFor(() -> browser.driver.findElements(By.cssSelector("a[href='/bodies/" + BODY + "/meetings/new']"))
                .stream().findFirst().orElse(null)).click();
        browser.waitFor(() -> browser.driver.findElements(By.id("meeting-date")).stream().findFirst().orElse(null));
        browser.assertAccessible("new meeting form");

        type("meeting-date", DATE);
        type("meeting-start", "14:00");
        type("meeting-venue", "Committee Room 2, The Council House");
        choose("meeting-contactOfficer", "sarah-fradgley");
        String[][] items = {
            {"1", "notice-of-recording", "NOTICE OF RECORDING", "14:00", ""},
            {"2", "apologies", "APOLOGIES", "", ""},
            {"3", "declarations", "DECLARATIONS OF INTEREST", "", ""},
            {"4", "report", "TACKLING DRUGS", "14:10", ""},
            {"5", "report", "POLICE AND CRIME PLAN UPDATE", "14:40", ""},
            {"6", "report", "BUDGET", "14:30", ""},
            {"7a.", "report", "ESTATES: CUSTODY", "15:00", ""},
            {"7b.", "report", "ESTATES: STATIONS", "", ""},
            {"8", "report", "CONFIDENTIAL ANNEX", "15:20", "3"}};
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                browser.driver.findElement(By.cssSelector("button.add-item")).click();
                int n = i + 1;
                browser.waitFor(() -> browser.driver.findElements(By.id("item-" + n + "-number")).stream().findFirst().orElse(null));
                assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("focus on the new item")
                        .isEqualTo("item-" + n + "-number");
            }
            fillItem(i + 1, items[i]);
        }
        attachPapers(markdown, word, pdf);
        browser.driver.findElement(By.cssSelector("button.save")).click();

        WebElement error = browser.waitFor(() -> browser.driver.findElements(By.id("item-6-time-error")).stream()
                .findFirst().orElse(null));
        assertThat(error.getText()).contains("meetings/" + DATE + ".yaml: agenda[6].time: 14:30 is earlier than item 5 (14:40)");
        assertThat(field("item-6-time").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(officer().getForEntity("/api/bodies/" + BODY + "/meetings/" + DATE, String.class).getStatusCode().value())
                .as("nothing stored").isEqualTo(404);
        browser.assertAccessible("meeting form with a problem");

        type("item-6-time", "14:50");
        attachPapers(markdown, word, pdf);
        browser.driver.findElement(By.cssSelector("button.save")).click();
        browser.waitFor(() -> browser.driver.findElements(By.id("doc-" + BODY + "-" + DATE + "-agenda-pack"))
                .stream().findFirst().orElse(null));
        assertThat(browser.driver.findElement(By.cssSelector(".saved")).getText()).contains("meeting " + DATE + " stored (9 agenda items)");
        assertThat(browser.driver.findElement(By.cssSelector(".meeting-state .publication")).getText()).startsWith("Draft");
        browser.assertAccessible("saved meeting page");

        previewAndPublish();
        WebElement row = browser.driver.findElement(By.id("doc-" + BODY + "-" + DATE + "-agenda-pack"));

        row.findElement(By.cssSelector("button.build")).click();
        browser.waitFor(() -> row.findElement(By.cssSelector(".state")).getText().equals("up to date") ? Boolean.TRUE : null);
        browser.assertAccessible("meeting page after the build");
        row.findElement(By.linkText("agenda-pack.pdf")).click();
        Path pack = downloads.resolve("agenda-pack.pdf");
        browser.waitFor(() -> Files.isRegularFile(pack) && !Files.exists(downloads.resolve("agenda-pack.pdf.crdownload"))
                ? Boolean.TRUE : null);
        String publicText;
        try (PdfInspection inspection = PdfInspection.open(pack)) {
            publicText = inspection.text();
        }
        assertThat(publicText).contains("MARKDOWN PAPER ALPHA", "WORD PAPER BRAVO", "7a ESTATES: CUSTODY", "\n7b").doesNotContain("EXEMPT PDF OMEGA");
        assertThat(publicText.lastIndexOf("MARKDOWN PAPER ALPHA")).isLessThan(publicText.lastIndexOf("WORD PAPER BRAVO"));
        assertThat(http.getForEntity("/files/" + BODY + "/" + DATE + "/agenda-pack.pdf", byte[].class).getStatusCode()
                .value()).as("public once published").isEqualTo(200);
        try (PdfInspection confidential = PdfInspection.open(WORK.resolve("out").resolve(BODY).resolve(DATE)
                .resolve("agenda-pack-confidential.pdf"))) {
            assertThat(confidential.text()).contains("EXEMPT PDF OMEGA");
        }

        Path folder = meetingFolder(BODY, DATE, temp.resolve("folder"));
        assertThat(reimport(BODY, folder.resolve(BODY))).contains("meetings/" + DATE + ".yaml: meeting " + DATE + " unchanged");
        assertThat(packTextInAnEmptyStore(folder, temp.resolve("elsewhere"))).isEqualTo(publicText);
    }

    /**
     * The preview shows the checks' findings, the front sheet and the first page of each paper (the exempt one
     * marked) as images with alternative text and their text; publishing records who and when.
     */
    private void previewAndPublish() {
        browser.driver.findElement(By.cssSelector("a.preview-link")).click();
        browser.waitFor(() -> browser.driver.findElements(By.cssSelector("ol.sheets")).stream().findFirst().orElse(null));
        assertThat(browser.driver.findElement(By.id("findings-heading")).getText()).isEqualTo("What the checks find");
        List<WebElement> sheets = browser.driver.findElements(By.cssSelector("ol.sheets li.sheet"));
        assertThat(sheets).extracting(s -> s.findElement(By.tagName("img")).getAttribute("alt")).containsExactly(
                "Pack page 1: the front sheet of the agenda",
                "Pack page 2: the first page of item 4’s paper “drugs report”",
                "Pack page 3: the first page of item 6’s paper “Budget report”",
                "Pack page 4: the first page of item 8’s paper “confidential annex”");
        for (WebElement image : browser.driver.findElements(By.cssSelector("ol.sheets img"))) {
            Long width = browser.waitFor(() -> (Long) browser.driver.executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : null;", image));
            assertThat(width).as(image.getAttribute("alt")).isGreaterThan(400);
        }
        assertThat(sheets.get(2).findElement(By.cssSelector(".page-text")).getAttribute("textContent"))
                .contains("WORD PAPER BRAVO");
        assertThat(sheets.get(3).getAttribute("class")).contains("exempt");
        assertThat(sheets.get(3).findElement(By.cssSelector(".caption")).getText()).endsWith("(exempt: not in the public pack)");
        assertThat(officer().getForEntity(browser.driver.findElement(By.cssSelector("a.preview-pdf")).getAttribute("href"),
                byte[].class).getHeaders().getContentType()).hasToString("application/pdf");
        browser.assertAccessible("preview and publish page");

        browser.driver.findElement(By.cssSelector("button.publish")).click();
        WebElement published = browser.waitFor(() -> browser.driver.findElements(By.cssSelector(".saved")).stream()
                .findFirst().orElse(null));
        assertThat(published.getText()).contains("Published on").contains("by officer");
        assertThat(browser.driver.findElement(By.cssSelector(".meeting-state .publication")).getText())
                .startsWith("Published on").contains("by officer");
        browser.assertAccessible("meeting page after publishing");
    }

    private void fillItem(int n, String[] item) {
        type("item-" + n + "-number", item[0]);
        choose("item-" + n + "-type", item[1]);
        type("item-" + n + "-title", item[2]);
        type("item-" + n + "-time", item[3]);
        if (!item[4].isEmpty()) {
            type("item-" + n + "-exempt", item[4]);
        }
    }

    private void attachPapers(Path markdown, Path word, Path pdf) {
        field("item-4-paper").sendKeys(markdown.toAbsolutePath().toString());
        field("item-6-paper").sendKeys(word.toAbsolutePath().toString());
        type("item-6-paperTitle", "Budget report");
        field("item-9-paper").sendKeys(pdf.toAbsolutePath().toString());
    }

    private void choose(String id, String value) {
        field(id).findElement(By.cssSelector("option[value='" + value + "']")).click();
    }

    private void uploadBodyFile(Path bodyFile) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", new FileSystemResource(bodyFile));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(officer().postForEntity("/api/bodies/" + BODY + "/inputs", new HttpEntity<>(parts, headers),
                String.class).getStatusCode().value()).isEqualTo(200);
    }

    /** The folder imported into a new, empty store by a second PackPress (as the command line runs it), and its pack built. */
    private static String packTextInAnEmptyStore(Path folder, Path work) throws Exception {
        String[] args = {"--spring.datasource.url=jdbc:h2:mem:packpress-roundtrip;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "--packpress.out-dir=" + work.resolve("out"),
                "--packpress.nightly.cron=-"};
        try (ConfigurableApplicationContext other = PackPressApplication.application(args).run(args)) {
            other.getBean(ImportService.class).importPaths(List.of(folder));
            other.getBean(AgendaPackBuilder.class).build(BODY, LocalDate.parse(DATE), work.resolve("out"), null,
                    AgendaPackBuilder.Progress.NONE);
        }
        try (PdfInspection pack = PdfInspection.open(work.resolve("out").resolve(BODY).resolve(DATE).resolve("agenda-pack.pdf"))) {
            return pack.text();
        }
    }
}
