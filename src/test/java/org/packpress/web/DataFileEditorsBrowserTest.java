package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 15 item 1's other editors in the browser: the key decisions, the action tracker's updates, the work
 * programme and a meeting's minutes are edited as forms, saved through the import (its problems beside the
 * field they name, in its words, the summary taking the focus, nothing stored), and stay the files: a saved
 * file posted back unchanged is reported unchanged, and the meeting's YAML folder imports back unchanged.
 * Buttons are reached and pressed from the keyboard; axe-core finds no violation on any of these pages.
 */
class DataFileEditorsBrowserTest extends BrowserTestSupport {

    private static final String BODY = "data-pcp";

    @Test
    void anOfficerEditsTheBodysDataFilesAndTheMinutesInForms(@TempDir Path temp) throws Exception {
        assertThat(upload(officer(), SamplePanel.copy(temp.resolve("in"), BODY), BODY).getStatusCode().value())
                .isEqualTo(200);
        signIn(temp);
        browser.assertAccessible("officer page with the data files' links");

        keyDecisions();
        trackerUpdate();
        workProgramme();
        minutes(temp);
    }

    /** A wrong date is named beside its field in the import's words; nothing is stored until it is right. */
    private void keyDecisions() throws Exception {
        browser.driver.findElement(By.cssSelector("section[data-body='" + BODY + "'] a.edit-key-decisions")).click();
        browser.waitFor(() -> present(By.id("decisions-1-date")));
        browser.assertAccessible("key decisions form");
        String before = Files.readString(inputFile("key-decisions.yaml"));
        type("decisions-1-date", "2023-13-45");
        save();
        String error = errorOf("decisions-1-date");
        assertThat(error).startsWith("key-decisions.yaml: decisions[1].date: ").contains("2023-13-45");
        assertThat(field("decisions-1-date").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("decisions-1-date").getAttribute("aria-describedby")).contains("decisions-1-date-error");
        assertThat(active()).isEqualTo("error-summary");
        assertThat(Files.readString(inputFile("key-decisions.yaml"))).as("nothing stored").isEqualTo(before);
        browser.assertAccessible("key decisions form with a problem");

        type("decisions-1-date", "2023-12-12");
        field("decisions-2-confidential").click();
        save();
        assertThat(saved()).contains("key-decisions.yaml: key-decisions stored");
        String after = Files.readString(inputFile("key-decisions.yaml"));
        assertThat(after).contains("date: \"2023-12-12\"");
        assertThat(field("decisions-2-confidential").isSelected()).isTrue();
    }

    /** An update is added to an action from the keyboard; its note is required (or a status), as the import says. */
    private void trackerUpdate() throws Exception {
        browser.open("/bodies/" + BODY + "/data/action-tracker");
        WebElement add = browser.waitFor(() -> present(By.cssSelector("#actions-3-entry > fieldset > section button.add")));
        assertThat(add.getText()).isEqualTo("Add an update to action 3");
        browser.assertAccessible("action tracker form");
        add.sendKeys(Keys.ENTER);
        browser.waitFor(() -> present(By.id("actions-3-updates-2-date")));
        assertThat(active()).as("the new update's first field has the focus").isEqualTo("actions-3-updates-2-date");
        browser.driver.switchTo().activeElement().sendKeys("2024-01-10");
        save();
        assertThat(errorOf("actions-3-updates-2-note"))
                .isEqualTo("action-tracker.yaml: actions[3].updates[2].note: is required (or a status)");
        browser.assertAccessible("action tracker form with a problem");
        type("actions-3-updates-2-note", "The Panel asked for an update in February.");
        save();
        assertThat(saved()).contains("action-tracker.yaml: action-tracker stored");
        assertThat(Files.readString(inputFile("action-tracker.yaml")))
                .contains("date: \"2024-01-10\"", "note: \"The Panel asked for an update in February.\"");
    }

    /** Saved twice without a change: the second save changes nothing in the store. */
    private void workProgramme() {
        browser.open("/bodies/" + BODY + "/data/work-programme");
        browser.waitFor(() -> present(By.id("items-1-topic")));
        browser.assertAccessible("work programme form");
        save();
        assertThat(saved()).contains("work-programme.yaml: work-programme stored");
        save();
        assertThat(saved()).contains("work-programme.yaml: work-programme unchanged");
    }

    /** The minutes are reached from their meeting; a moved minute breaks the numbering, named beside its number. */
    private void minutes(Path temp) throws Exception {
        browser.open("/bodies/" + BODY + "/meetings/2023-11-13");
        browser.waitFor(() -> present(By.cssSelector("a.edit-minutes"))).click();
        browser.waitFor(() -> present(By.id("items-1-number")));
        browser.assertAccessible("minutes form");
        String first = field("items-1-number").getAttribute("value");
        browser.driver.findElement(By.cssSelector("#items-2-entry > fieldset > .item-actions button[value='up:items[2]']")).click();
        browser.waitFor(() -> first.equals(field("items-2-number").getAttribute("value")) ? Boolean.TRUE : null);
        assertThat(active()).isEqualTo("items-1-number");
        save();
        assertThat(errorOf("items-2-number")).isEqualTo("minutes/2023-11-13.yaml: items[2].number: " + first
                + " does not follow " + (Integer.parseInt(first) + 1));
        assertThat(errorOf("firstNumber")).startsWith("minutes/2023-11-13.yaml: firstNumber: ");
        browser.assertAccessible("minutes form with a problem");

        browser.open("/bodies/" + BODY + "/meetings/2023-11-13/minutes");
        browser.waitFor(() -> present(By.id("items-1-number")));
        save();
        assertThat(saved()).contains("minutes/2023-11-13.yaml: minutes of 2023-11-13 stored");
        save();
        assertThat(saved()).contains("minutes/2023-11-13.yaml: minutes of 2023-11-13 unchanged");
        browser.assertAccessible("minutes saved");

        Path folder = meetingFolder(BODY, "2024-01-15", temp.resolve("folder")).resolve(BODY);
        String report = reimport(BODY, folder);
        assertThat(report).contains("minutes/2023-11-13.yaml: minutes of 2023-11-13 unchanged",
                "action-tracker.yaml: action-tracker unchanged", "key-decisions.yaml: key-decisions unchanged",
                "work-programme.yaml: work-programme unchanged");
    }

    private Path inputFile(String name) {
        return WORK.resolve("uploads").resolve(BODY).resolve(name);
    }

    private void save() {
        WebElement button = browser.waitFor(() -> present(By.cssSelector("button.save")));
        button.click();
        browser.waitFor(() -> browser.driver.findElements(By.cssSelector("button.save")).stream()
                .noneMatch(b -> b.equals(button)) ? Boolean.TRUE : null);
    }

    private String saved() {
        return browser.waitFor(() -> present(By.cssSelector(".saved"))).getText();
    }

    /** The id of the element with the focus, once the page has loaded (its script moves the focus then). */
    private String active() {
        browser.waitFor(() -> "complete".equals(browser.driver.executeScript("return document.readyState")) ? Boolean.TRUE : null);
        return browser.driver.switchTo().activeElement().getAttribute("id");
    }
}
