package org.packpress.web;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A web test driving the shared service in a headless Chromium ({@link Browser}), signed in as the officer; the
 * browser is closed after each test.
 */
abstract class BrowserTestSupport extends ServiceTestSupport {

    protected Browser browser;

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Starts the browser (its profile and downloads in the folder given) and signs in as the officer. */
    protected void signIn(Path temp) {
        browser = Browser.start(port, temp.resolve("profile"), temp.resolve("downloads"));
        browser.signInAsOfficer();
        browser.waitFor(() -> present(By.cssSelector("main")));
    }

    /** The first element found, or null (for {@link Browser#waitFor}). */
    protected WebElement present(By by) {
        List<WebElement> found = browser.driver.findElements(by);
        return found.isEmpty() ? null : found.get(0);
    }

    protected WebElement field(String id) {
        return browser.driver.findElement(By.id(id));
    }

    protected void type(String id, String text) {
        WebElement input = field(id);
        input.clear();
        input.sendKeys(text);
    }

    /** The text of a field's problem, without the "Problem:" that only a screen reader hears. */
    protected String errorOf(String id) {
        return browser.waitFor(() -> present(By.id(id + "-error"))).getText().replaceFirst("^Problem:\\s*", "");
    }
}
