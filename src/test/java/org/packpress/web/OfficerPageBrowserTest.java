package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.packpress.testing.PdfInspection;

/**
 * Acceptance: in a real headless Chromium (Debian's chromium and chromium-driver), an officer signs
 * in, clicks "Build", watches the progress bar reach 100% and downloads a valid PDF.
 */
class OfficerPageBrowserTest extends ServiceTestSupport {

    private static final String BODY = "browser-pcp";
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void officerBuildsThePackWatchesProgressAndDownloadsIt(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver");
        assertThat(upload(officer(), SamplePanel.copy(temp.resolve("in"), BODY), BODY).getStatusCode().value())
                .isEqualTo(200);
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = start(temp.resolve("profile"), downloads);

        browser.get("http://127.0.0.1:" + port + "/");
        browser.findElement(By.name("username")).sendKeys("officer");
        browser.findElement(By.name("password")).sendKeys("officer-secret");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement row = waitFor(() -> browser.findElements(By.id("doc-" + BODY + "-2024-01-15-agenda-pack")).stream()
                .findFirst().orElse(null));
        assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("not built");
        row.findElement(By.cssSelector("button.build")).click();

        WebElement bar = row.findElement(By.cssSelector(".progress .bar"));
        List<Integer> seen = new ArrayList<>();
        waitFor(() -> {
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
        assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("up to date");

        row.findElement(By.linkText("agenda-pack.pdf")).click();
        Path pdf = downloads.resolve("agenda-pack.pdf");
        waitFor(() -> Files.isRegularFile(pdf) && !Files.exists(downloads.resolve("agenda-pack.pdf.crdownload"))
                ? Boolean.TRUE : null);
        try (PdfInspection pack = PdfInspection.open(pdf)) {
            assertThat(pack.pageCount()).isGreaterThan(20);
            assertThat(pack.outline()).isNotEmpty();
            assertThat(pack.text(1, 1)).contains("15 January 2024");
        }
    }

    private static ChromeDriver start(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /** Polls until the condition gives a value (not a timing assertion: it only bounds a hang). */
    private <T> T waitFor(Supplier<T> condition) {
        try {
            return Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(50))
                    .until(condition::get, Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            String page = browser.getPageSource();
            throw new AssertionError("the page did not get there: " + browser.getCurrentUrl() + "\n"
                    + page.substring(0, Math.min(3000, page.length())), e);
        }
    }
}
