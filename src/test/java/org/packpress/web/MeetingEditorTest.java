package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.VeraPdf;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The meeting form, posted as a browser posts it: it saves through the import (field errors in the
 * import's words beside their fields, nothing stored on a problem), papers are attached to items (Word
 * documents converted by LibreOffice, the pack accessible with them; a damaged one refused by name), and the meeting downloads as its
 * YAML folder, which imports back with no change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingEditorTest extends ServiceTestSupport {

    private static final String BODY = "editor-pcp";

    @BeforeAll
    void bodyOnly(@TempDir Path temp) {
        SamplePanel panel = SamplePanel.copy(temp, BODY);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", new org.springframework.core.io.FileSystemResource(panel.root().resolve("body.yaml")));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(officer().postForEntity("/api/bodies/" + BODY + "/inputs", new HttpEntity<>(parts, headers),
                String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aTimeEarlierThanTheItemBeforeIsShownBesideItsFieldAndNothingIsStored() {
        Map<String, Object> form = meeting("2025-03-03");
        item(form, 0, "1", "notice-of-recording", "NOTICE OF RECORDING", "14:00");
        item(form, 1, "2", "apologies", "APOLOGIES", "14:30");
        item(form, 2, "3", "declarations", "DECLARATIONS OF INTEREST", "14:05");
        ResponseEntity<String> rejected = post(form);
        assertThat(rejected.getStatusCode().value()).isEqualTo(200);
        assertThat(rejected.getBody()).contains("There is a problem; nothing was stored")
                .containsPattern("id=\"item-3-time-error\">\\s*<span class=\"visually-hidden\">Problem: </span><span>"
                        + "meetings/2025-03-03.yaml: agenda\\[3]\\.time: 14:05 is earlier than item 2 \\(14:30\\)</span>")
                .contains("aria-invalid=\"true\" aria-describedby=\"item-3-time-hint item-3-time-error\"");
        assertThat(officer().getForEntity("/api/bodies/" + BODY + "/meetings/2025-03-03", String.class)
                .getStatusCode().value()).isEqualTo(404);

        form.put("items[2].time", "14:40");
        assertSaved(post(form), "Monday 3 March 2025");
        assertThat(officer().getForEntity("/api/bodies/" + BODY + "/meetings/2025-03-03", String.class)
                .getStatusCode().value()).isEqualTo(200);
        String page = officer().getForEntity("/bodies/" + BODY + "/meetings/2025-03-03", String.class).getBody();
        assertThat(page).contains("value=\"DECLARATIONS OF INTEREST\"").contains("value=\"14:40\"");
    }

    @Test
    void aMeetingDownloadsAsItsYamlFolderAndImportsBackUnchanged(@TempDir Path temp) throws Exception {
        Map<String, Object> form = meeting("2025-04-07");
        item(form, 0, "1", "notice-of-recording", "NOTICE OF RECORDING", "14:00");
        item(form, 1, "2", "report", "A REPORT WITH A PAPER", "14:10");
        form.put("items[1].paper", file("report.md", Files.readAllBytes(Path.of("examples/wm-pcp/papers/08-peel-cover.md"))));
        form.put("items[1].paperTitle", "The report");
        assertSaved(post(form), "Monday 7 April 2025");

        ResponseEntity<byte[]> zip = officer().getForEntity("/bodies/" + BODY + "/meetings/2025-04-07/folder.zip", byte[].class);
        assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        Map<String, byte[]> files = unzip(zip.getBody());
        assertThat(files).containsKeys(BODY + "/body.yaml", BODY + "/meetings/2025-04-07.yaml",
                BODY + "/papers/2025-04-07/report.md");
        assertThat(new String(files.get(BODY + "/meetings/2025-04-07.yaml")))
                .contains("report: \"papers/2025-04-07/report.md\"").contains("title: \"The report\"");

        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        files.forEach((name, bytes) -> {
            parts.add("files", new ByteArrayResource(bytes) {
                @Override
                public String getFilename() {
                    return name.substring(name.lastIndexOf('/') + 1);
                }
            });
            parts.add("paths", name.substring(BODY.length() + 1));
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        String report = officer().postForEntity("/api/bodies/" + BODY + "/inputs", new HttpEntity<>(parts, headers),
                String.class).getBody();
        assertThat(report).contains("meetings/2025-04-07.yaml: meeting 2025-04-07 unchanged")
                .contains("body " + BODY + " unchanged").doesNotContain("2025-04-07 stored");
    }

    @Test
    void aWordPaperIsConvertedToATaggedPdfAndADamagedOneIsRefusedByName() throws Exception {
        Map<String, Object> form = meeting("2025-05-12");
        item(form, 0, "1", "notice-of-recording", "NOTICE OF RECORDING", "14:00");
        item(form, 1, "2", "report", "A WORD REPORT", "14:10");
        byte[] damaged = java.util.Arrays.copyOf(docx("Half a document"), 300);
        form.put("items[1].paper", file("Budget report.docx", damaged));
        ResponseEntity<String> refused = post(form);
        assertThat(refused.getBody()).contains("Budget report.docx: is not a readable Word document (.docx)")
                .contains("nothing was stored").contains("id=\"item-2-paper-error\"")
                .contains("The papers chosen for upload were not kept: choose them again before saving.");
        assertThat(officer().getForEntity("/api/bodies/" + BODY + "/meetings/2025-05-12", String.class)
                .getStatusCode().value()).isEqualTo(404);

        form.put("items[1].paper", file("Budget report.docx", docx("The budget for ZEBRA CROSSINGS is set out.")));
        assertSaved(post(form), "Monday 12 May 2025");
        String page = officer().getForEntity("/bodies/" + BODY + "/meetings/2025-05-12", String.class).getBody();
        assertThat(page).containsPattern("\\(file: papers/2025-05-12/Budget-report.pdf\\)</span>\\s*<span class=\"paper-facts\">"
                + "\\d+ KB · 1 page · tagged PDF: a screen reader can follow its structure</span>");
        var status = buildAndWait(BODY, "2025-05-12");
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("COMPLETED");
        Path pack = WORK.resolve("out").resolve(BODY).resolve("2025-05-12").resolve("agenda-pack.pdf");
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.text()).contains("The budget for ZEBRA CROSSINGS is set out.");
        }
        assertThat(VeraPdf.failedRules(pack)).as("a pack passes PDF/UA-1 and PDF/A-2a when its Word paper does").isEmpty();
        Path converted = WORK.resolve("uploads").resolve(BODY).resolve("papers/2025-05-12/Budget-report.pdf");
        try (PdfInspection paper = PdfInspection.open(converted)) {
            assertThat(paper.document().getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(paper.document().getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    /** Saved: the form redirected to the meeting's page (the client follows it), which shows no problem. */
    private static void assertSaved(ResponseEntity<String> response, String date) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).as(response.getBody()).doesNotContain("error-summary")
                .contains("<h1>West Midlands Police and Crime Panel: meeting of " + date + "</h1>");
    }

    private static Map<String, Object> meeting(String date) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("date", date);
        form.put("start", "14:00");
        form.put("type", "ordinary");
        form.put("status", "scheduled");
        form.put("venue", "Committee Room 1, The Council House");
        form.put("contactOfficer", "sarah-fradgley");
        return form;
    }

    private static void item(Map<String, Object> form, int at, String number, String type, String title, String time) {
        form.put("items[" + at + "].number", number);
        form.put("items[" + at + "].type", type);
        form.put("items[" + at + "].title", title);
        form.put("items[" + at + "].time", time);
    }

    private ResponseEntity<String> post(Map<String, Object> form) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        form.forEach(parts::add);
        parts.add("action", "save");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return officer().postForEntity("/bodies/" + BODY + "/meetings", new HttpEntity<>(parts, headers), String.class);
    }

    private static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

}
