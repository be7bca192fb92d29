package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.packpress.distribute.Unsubscribes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12: a public subscriber's unsubscribe link, opened in a browser without signing in, asks to
 * confirm and then unsubscribes; both pages pass axe-core. A mail program's one-click POST (no cookie, no
 * CSRF token) works too, and an unknown token is not found.
 */
class UnsubscribePageBrowserTest extends ServiceTestSupport {

    private static final String BODY = "unsubscribe-pcp";

    @Autowired
    Unsubscribes unsubscribes;

    @Test
    void theLinkAsksThenUnsubscribesAndBothPagesAreAccessible(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp.resolve("in"), BODY), BODY).getStatusCode().value())
                .isEqualTo(200);
        String token = unsubscribes.tokenFor(BODY, "Reader@Public.example");
        try (Browser browser = Browser.start(port, temp.resolve("profile"),
                Files.createDirectories(temp.resolve("downloads")))) {
            browser.open("/unsubscribe/" + token);
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains("Stop sending the papers of the West Midlands Police and Crime Panel to reader@public.example?");
            browser.assertAccessible("unsubscribe page");
            assertThat(unsubscribes.isUnsubscribed(BODY, "reader@public.example")).isFalse();

            browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(browser.waitFor(() -> browser.driver.findElements(By.cssSelector("[role=status]")).stream()
                    .findFirst().orElse(null)).getText()).contains("reader@public.example will receive no more papers");
            browser.assertAccessible("unsubscribed page");
        }
        assertThat(unsubscribes.isUnsubscribed(BODY, "reader@public.example")).isTrue();

        String other = unsubscribes.tokenFor(BODY, "another@public.example");
        assertThat(http.postForEntity("/unsubscribe/" + other, null, String.class).getStatusCode().value())
                .isEqualTo(200);
        assertThat(unsubscribes.isUnsubscribed(BODY, "another@public.example")).isTrue();
        assertThat(http.getForEntity("/unsubscribe/" + "0".repeat(48), String.class).getStatusCode().value())
                .isEqualTo(404);
    }
}
