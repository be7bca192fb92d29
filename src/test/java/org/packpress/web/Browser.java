package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven through its ChromeDriver (nothing is downloaded), with the officer's
 * sign-in, polling, and an axe-core check of the page it shows.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final int port;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    static Browser start(int port, Path profile, Path downloads) {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return new Browser(driver, port);
    }

    void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    /** Opens the officer page and signs in as the test officer (the sign-in page checked by axe-core too). */
    void signInAsOfficer() {
        open("/");
        assertAccessible("sign-in page");
        driver.findElement(By.name("username")).sendKeys("officer");
        driver.findElement(By.name("password")).sendKeys("officer-secret");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /**
     * axe-core (WCAG 2.x A and AA rules and best practices) finds no violation on the page as it is now, and no two
     * elements share an id (axe-core no longer checks that, but labels, error messages and the summary's links
     * point at ids, and two form fields rendered twice post their values twice).
     */
    void assertAccessible(String what) {
        Object repeated = driver.executeScript("const seen = new Set(), twice = new Set();"
                + "document.querySelectorAll('[id]').forEach(e => seen.has(e.id) ? twice.add(e.id) : seen.add(e.id));"
                + "return [...twice].join(', ');");
        assertThat(repeated).as(what + " at " + driver.getCurrentUrl() + ": ids used twice").isEqualTo("");
        // axe-core's legacy mode runs the same rules in the page itself; its default opens a new window (a renderer
        // process, axe-core injected again) for each check, only to merge what it found in frames, and these pages
        // have none (checked here, so that no frame could go unchecked)
        assertThat(driver.findElements(By.cssSelector("iframe, frame, object, embed"))).as(what + ": frames").isEmpty();
        Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
        String violations = results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as(what + " at " + driver.getCurrentUrl() + ":\n" + violations).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /** Polls until the condition gives a value (not a timing assertion: it only bounds a hang). */
    <T> T waitFor(Supplier<T> condition) {
        try {
            return Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(50))
                    .until(condition::get, Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            String page = driver.getPageSource();
            throw new AssertionError("the page did not get there: " + driver.getCurrentUrl() + "\n"
                    + page.substring(0, Math.min(3000, page.length())), e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
