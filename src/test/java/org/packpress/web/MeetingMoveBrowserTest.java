package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15 item 4 in the browser: an officer moves a meeting (a wrong date is named beside the field, in the
 * import's words), the meeting is then postponed on its page and front sheet, the meeting of the new date is a
 * draft with its times moved, and cancelling that one says so; the YAML folder carries it all and imports back
 * unchanged. axe-core finds no violation on any of these pages.
 */
class MeetingMoveBrowserTest extends BrowserTestSupport {

    private static final String BODY = "move-pcp";

    @Test
    void anOfficerMovesAMeetingAndCancelsTheNewOne(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp.resolve("in"), BODY), BODY).getStatusCode().value())
                .isEqualTo(200);
        signIn(temp);
        browser.open("/bodies/" + BODY + "/meetings/2024-01-15");
        browser.waitFor(() -> present(By.id("move-date")));
        browser.assertAccessible("meeting page with the move form");

        move("2024-13-40", "");
        assertThat(errorOf("move-date")).isEqualTo("date: '2024-13-40' is not a valid date (yyyy-mm-dd)");
        move("2024-01-08", "");
        assertThat(errorOf("move-date")).isEqualTo("meetings/2024-01-15.yaml: postponedTo.date: 2024-01-08 is not after"
                + " the meeting's date (2024-01-15): a postponed meeting moves to a later date (to change only its time,"
                + " change its start)");
        assertThat(browser.driver.findElement(By.id("move-date")).getAttribute("aria-describedby"))
                .contains("move-date-error");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        browser.assertAccessible("move form with a problem");

        move("2024-01-22", "15:30");
        browser.waitFor(() -> present(By.cssSelector("a.postponed-meeting")));
        assertThat(browser.driver.findElement(By.cssSelector("p.cancelled")).getText())
                .startsWith("This meeting has been postponed to Monday 22 January 2024 at 15:30 hours.");
        assertThat(browser.driver.findElements(By.id("move-date"))).as("no move form once postponed").isEmpty();
        browser.assertAccessible("postponed meeting page");
        String original = Files.readString(meetingFolder(BODY, "2024-01-15", temp.resolve("postponed"))
                .resolve(BODY + "/meetings/2024-01-15.yaml"));
        assertThat(original).contains("status: \"postponed\"").contains("date: \"2024-01-22\"").contains("start: \"15:30\"");

        browser.open("/bodies/" + BODY + "/meetings/2024-01-15/preview");
        WebElement front = browser.waitFor(() -> present(By.cssSelector("ol.sheets li.sheet .page-text")));
        assertThat(front.getAttribute("textContent").replaceAll("\\s+", " "))
                .contains("THIS MEETING HAS BEEN POSTPONED to Monday 22 January 2024 at 15:30 hours");

        browser.open("/bodies/" + BODY + "/meetings/2024-01-15");
        browser.waitFor(() -> present(By.cssSelector("a.postponed-meeting"))).click();
        browser.waitFor(() -> present(By.id("move-date")));
        assertThat(browser.driver.findElement(By.cssSelector(".meeting-state .publication")).getText()).startsWith("Draft");
        assertThat(browser.driver.findElement(By.id("meeting-start")).getAttribute("value")).isEqualTo("15:30");
        assertThat(browser.driver.findElement(By.id("item-1-time")).getAttribute("value")).isEqualTo("15:30");
        browser.driver.findElement(By.cssSelector("button.cancel")).click();
        browser.waitFor(() -> browser.driver.findElements(By.id("move-date")).isEmpty() ? Boolean.TRUE : null);
        assertThat(browser.driver.findElement(By.cssSelector("p.cancelled")).getText()).isEqualTo("This meeting has been cancelled.");
        browser.assertAccessible("cancelled meeting page");

        for (String date : List.of("2024-01-15", "2024-01-22")) {
            Path folder = meetingFolder(BODY, date, temp.resolve("folder-" + date)).resolve(BODY);
            assertThat(reimport(BODY, folder)).contains("meetings/" + date + ".yaml: meeting " + date + " unchanged");
        }
    }

    private void move(String date, String start) {
        type("move-date", date);
        type("move-start", start);
        browser.driver.findElement(By.cssSelector("button.move")).click();
    }
}
