package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.packpress.common.Hashes;
import org.packpress.publish.Archive;
import org.packpress.testing.PdfInspection;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;

/**
 * Acceptance (issue 12, nothing published is ever lost): a re-issued pack leaves the version published
 * before downloadable. Each version of the pack (public and confidential) is listed with its date, what
 * changed and its files; the usual link serves the current one; an earlier public file downloads without
 * signing in, an earlier confidential one only for those entitled to it (the same rule, read from the
 * manifest's audience) and is audited. A folder published before versions were kept loses nothing either.
 * The officer's page lists the earlier versions and passes axe-core.
 */
class PublishedVersionsTest extends BrowserTestSupport {

    private static final String BODY = "versions-pcp";
    private static final String FOLDER = "/files/" + BODY + "/2024-01-15/";


    @Test
    void aReissuedPackLeavesEveryEarlierVersionDownloadable(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp.resolve("in"), BODY).withExemptItem();
        assertThat(upload(officer(), panel, BODY).getStatusCode().value()).isEqualTo(200);
        assertThat(buildAndWait(BODY, "2024-01-15").get("status").asText()).isEqualTo("COMPLETED");
        publish(BODY, "2024-01-15");
        byte[] firstPublic = download(http, FOLDER + "agenda-pack.pdf").getBody();
        byte[] firstConfidential = download(member(), FOLDER + "agenda-pack-confidential.pdf").getBody();
        // as if the folder had been published before versions were kept: its files are kept when replaced
        FileSystemUtils.deleteRecursively(WORK.resolve("out").resolve(BODY).resolve("2024-01-15").resolve(Archive.FOLDER));

        reissue(panel, "A further action was added after publication.");
        reissue(panel, "A second action was added.");

        JsonNode pack = agendaPack();
        assertThat(pack.get("version").asInt()).isEqualTo(3);
        JsonNode earlier = pack.get("earlier");
        assertThat(earlier).hasSize(2);
        assertThat(earlier.get(0).get("version").asInt()).as("newest first").isEqualTo(2);
        assertThat(earlier.get(0).get("changes").toString()).contains("item 9");
        JsonNode first = earlier.get(1);
        assertThat(first.get("builtAt").asText()).isNotBlank();
        assertThat(first.get("files").findValuesAsText("url")).containsExactlyInAnyOrder(
                FOLDER + "versions/1/agenda-pack.pdf", FOLDER + "versions/1/agenda-pack-confidential.pdf");

        // the usual link serves the current version; the earlier one is still there, byte for byte
        byte[] current = download(http, FOLDER + "agenda-pack.pdf").getBody();
        assertThat(Hashes.sha256(current)).isEqualTo(sha256Of(pack, "agenda-pack.pdf"))
                .isNotEqualTo(Hashes.sha256(firstPublic));
        assertThat(download(http, FOLDER + "versions/1/agenda-pack.pdf").getBody()).isEqualTo(firstPublic);
        // between a publication's moves the folder's file is already newer than the manifest: the link still
        // serves the bytes the manifest it was read from records
        Path published = WORK.resolve("out").resolve(BODY).resolve("2024-01-15").resolve("agenda-pack.pdf");
        moveIntoPlace(temp, firstPublic, published);
        assertThat(Hashes.sha256(download(http, FOLDER + "agenda-pack.pdf").getBody()))
                .isEqualTo(sha256Of(pack, "agenda-pack.pdf"));
        moveIntoPlace(temp, current, published);
        assertThat(text(temp, firstPublic)).doesNotContain("A further action was added after publication.");
        assertThat(text(temp, current)).contains("A further action was added after publication.");
        assertThat(download(http, FOLDER + "versions/1/agenda-pack.pdf").getHeaders().getContentDisposition()
                .getFilename()).isEqualTo("agenda-pack-version-1.pdf");

        // an earlier confidential version is as protected as the current one
        assertThat(download(http, FOLDER + "versions/1/agenda-pack-confidential.pdf").getStatusCode().value())
                .isEqualTo(401);
        assertThat(download(viewer(), FOLDER + "versions/1/agenda-pack-confidential.pdf").getStatusCode().value())
                .isEqualTo(403);
        assertThat(download(member(), FOLDER + "versions/1/agenda-pack-confidential.pdf").getBody())
                .isEqualTo(firstConfidential);
        JsonNode audit = JSON.readTree(admin().getForEntity("/api/audit", String.class).getBody());
        assertThat(audit.findValuesAsText("file")).contains("agenda-pack-confidential-version-1.pdf");
        assertThat(download(http, FOLDER + "versions/9/agenda-pack.pdf").getStatusCode().value())
                .as("an address no manifest records needs a signed-in reader, as for current files").isEqualTo(401);
        assertThat(download(member(), FOLDER + "versions/9/agenda-pack.pdf").getStatusCode().value()).isEqualTo(404);

        // the officer's page lists them
        browser = Browser.start(port, temp.resolve("profile"), Files.createDirectories(temp.resolve("downloads")));
        browser.signInAsOfficer();
        WebElement row = browser.waitFor(() -> browser.driver.findElements(By.id("doc-" + BODY + "-2024-01-15-agenda-pack"))
                .stream().findFirst().orElse(null));
        WebElement versions = row.findElement(By.cssSelector("details.earlier-versions"));
        versions.findElement(By.tagName("summary")).click();
        List<String> links = versions.findElements(By.cssSelector("li[data-version='1'] a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
        assertThat(links).containsExactlyInAnyOrder(FOLDER + "versions/1/agenda-pack.pdf",
                FOLDER + "versions/1/agenda-pack-confidential.pdf");
        assertThat(versions.findElement(By.cssSelector("li[data-version='2']")).getText()).startsWith("Version 2, ")
                .contains("item 9");
        browser.assertAccessible("officer page with earlier versions");
    }

    private void reissue(SamplePanel panel, String change) throws Exception {
        Path paper = panel.root().resolve("papers/09b-pcc-update.md");
        Files.writeString(paper, Files.readString(paper) + "\n\n" + change + "\n");
        assertThat(upload(officer(), panel, BODY).getStatusCode().value()).isEqualTo(200);
        assertThat(buildAndWait(BODY, "2024-01-15").get("status").asText()).isEqualTo("COMPLETED");
    }

    private JsonNode agendaPack() throws Exception {
        JsonNode meeting = JSON.readTree(viewer().getForEntity("/api/bodies/" + BODY + "/meetings/2024-01-15",
                String.class).getBody());
        for (JsonNode document : meeting.get("documents")) {
            if (document.get("type").asText().equals("agenda-pack")) {
                return document;
            }
        }
        throw new AssertionError("no agenda pack in " + meeting);
    }

    private static String sha256Of(JsonNode document, String file) {
        for (JsonNode f : document.get("files")) {
            if (f.get("name").asText().equals(file)) {
                return f.get("sha256").asText();
            }
        }
        throw new AssertionError("no " + file + " in " + document);
    }

    /** As a publication does: a new file moved over the name (the archive's hard link keeps the old bytes). */
    private static void moveIntoPlace(Path temp, byte[] bytes, Path target) throws Exception {
        Files.move(Files.write(Files.createTempFile(temp, "next-", ".pdf"), bytes), target,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static ResponseEntity<byte[]> download(TestRestTemplate client, String url) {
        return client.getForEntity(url, byte[].class);
    }

    private static String text(Path temp, byte[] pdf) throws Exception {
        Path file = Files.createTempFile(temp, "version-", ".pdf");
        Files.write(file, pdf);
        try (PdfInspection inspection = PdfInspection.open(file)) {
            return inspection.text().replaceAll("\\s+", " ");
        }
    }
}
