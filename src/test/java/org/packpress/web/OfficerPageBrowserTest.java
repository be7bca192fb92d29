package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PdfInspection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acceptance: in a real headless Chromium (Debian's chromium and chromium-driver), an officer signs
 * in, sees every document under its human label (the Board's KPI workbook and annual review too),
 * clicks "Build", watches the progress bar reach 100% and downloads a valid PDF; axe-core finds no
 * violation on the sign-in page, on the officer page before and after the build, nor on the meeting's
 * page (its agenda as a form, with its papers).
 */
class OfficerPageBrowserTest extends BrowserTestSupport {

    private static final String BODY = "browser-pcp";

    @Autowired
    ImportService imports;


    @Test
    void officerBuildsThePackWatchesProgressAndDownloadsIt(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp.resolve("in"), BODY), BODY).getStatusCode().value())
                .isEqualTo(200);
        imports.importPaths(List.of(Path.of("examples", "wm-spcb")));
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = Browser.start(port, temp.resolve("profile"), downloads);
        browser.signInAsOfficer();

        WebElement row = browser.waitFor(() -> browser.driver.findElements(By.id("doc-" + BODY + "-2024-01-15-agenda-pack"))
                .stream().findFirst().orElse(null));
        assertThat(row.findElement(By.cssSelector("td:nth-child(2)")).getText()).isEqualTo("Agenda pack");
        assertThat(browser.driver.findElement(By.id("doc-" + BODY + "-2024-01-15-action-tracker")).getText())
                .contains("Action tracker");
        assertThat(browser.driver.findElement(By.id("doc-wm-spcb-pcp-2016-2020-21-kpi-workbook")).getText())
                .contains("KPI workbook 2020/21");
        assertThat(browser.driver.findElement(By.id("doc-wm-spcb-2020-21-annual-review")).getText())
                .contains("Review of the annual report 2020/21");
        browser.assertAccessible("officer page");
        assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("not built");
        row.findElement(By.cssSelector("button.build")).click();

        WebElement bar = row.findElement(By.cssSelector(".progress .bar"));
        List<Integer> seen = new ArrayList<>();
        browser.waitFor(() -> {
            String now = bar.getAttribute("aria-valuenow");
            int percent = now == null ? -1 : Integer.parseInt(now);
            if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
                seen.add(percent);
            }
            return percent == 100 ? Boolean.TRUE : null;
        });
        // the bar starts at 0 and ends at 100; in between it shows the build's progress, never going back
        assertThat(seen).last().isEqualTo(100);
        assertThat(seen).as("progress seen between 0% and 100%").anyMatch(p -> p > 0 && p < 100);
        assertThat(seen.stream().filter(p -> p >= 0).toList()).isSorted();
        assertThat(row.findElement(By.cssSelector(".progress .label")).getText()).startsWith("100%");
        browser.waitFor(() -> row.findElement(By.cssSelector(".state")).getText().equals("up to date") ? Boolean.TRUE : null);
        browser.assertAccessible("officer page after a build");

        row.findElement(By.linkText("agenda-pack.pdf")).click();
        Path pdf = downloads.resolve("agenda-pack.pdf");
        browser.waitFor(() -> Files.isRegularFile(pdf) && !Files.exists(downloads.resolve("agenda-pack.pdf.crdownload"))
                ? Boolean.TRUE : null);
        try (PdfInspection pack = PdfInspection.open(pdf)) {
            assertThat(pack.pageCount()).isGreaterThan(20);
            assertThat(pack.outline()).isNotEmpty();
            assertThat(pack.text(1, 1)).contains("15 January 2024");
        }

        row.findElement(By.linkText("Monday 15 January 2024")).click();
        browser.waitFor(() -> browser.driver.findElements(By.id("item-7-papers")).stream().findFirst().orElse(null));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/bodies/" + BODY + "/meetings/2024-01-15");
        assertThat(browser.driver.findElement(By.id("item-7-papers")).getText())
                .contains("Police and Crime Plan Commitment – Tackling Drugs (report: papers/07-drugs.md)");
        browser.assertAccessible("meeting page of an uploaded meeting");
    }

    @Test
    void theMeetingsEntryListsTheChecksFindingsWithTheirExplanations(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.of(FindingsApiTest.SEED_PANEL), "seed-pcp").getStatusCode().value())
                .isEqualTo(200);
        browser = Browser.start(port, temp.resolve("profile"), Files.createDirectories(temp.resolve("downloads")));
        browser.signInAsOfficer();

        WebElement findings = browser.waitFor(() -> browser.driver.findElements(By.id("findings-seed-pcp-2024-01-15"))
                .stream().findFirst().orElse(null));
        assertThat(findings.getText()).contains("Checks: 19 findings", "agenda.work-programme: An agenda item that"
                + " takes its description from the work programme");
        WebElement scheduled = findings.findElements(By.cssSelector("li[data-rule='tracker.scheduled-meeting']")).stream()
                .filter(li -> li.getText().contains("action 764 ii,")).findFirst().orElseThrow();
        assertThat(scheduled.getAttribute("class")).isEqualTo("error");
        assertThat(scheduled.getText()).contains("Error", "action tracker, action 764 ii, programmedFor",
                "is scheduled for 15 January 2025", "(tracker.scheduled-meeting: An action scheduled for a meeting");
        assertThat(browser.driver.findElement(By.id("findings-seed-pcp-2024-02-04")).getText())
                .contains("Warning", "4 February 2024 is a Sunday");
        assertThat(browser.driver.findElements(By.id("findings-seed-pcp-2023-11-13"))).isEmpty();
        browser.assertAccessible("officer page with findings");
    }
}
