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

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    /**
     * A Word paper that is not accessible (quarterly-update.doc: LibreOffice's .doc export kept no image's alternative
     * text) is judged as it is uploaded, and the meeting's page says so and what to ask its author for, before any
     * pack is built; its PDF does not claim PDF/UA-1.
     */
    @Test
    void aWordPaperThatIsNotAccessibleIsToldSoWhenUploaded() throws Exception {
        Map<String, Object> form = meeting("2025-09-08");
        item(form, 0, "1", "report", "A REPORT WITH PICTURES", "14:00");
        form.put("items[0].paper", file("Quarterly update.doc",
                Files.readAllBytes(Path.of("src/test/resources/word/quarterly-update.doc"))));
        assertSaved(post(form), "Monday 8 September 2025");

        String page = officer().getForEntity("/bodies/" + BODY + "/meetings/2025-09-08", String.class).getBody();
        assertThat(page).containsPattern("\\(file: papers/2025-09-08/Quarterly-update.pdf\\)</span>\\s*<span class="
                + "\"paper-facts\">\\d+ KB · \\d+ pages · tagged PDF, but not accessible: an image has no alternative text:"
                + " ask its author to add it");
        Path converted = WORK.resolve("uploads").resolve(BODY).resolve("papers/2025-09-08/Quarterly-update.pdf");
        try (PdfInspection paper = PdfInspection.open(converted)) {
            assertThat(new String(paper.document().getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("pdfuaid:part");
        }
    }

    /**
     * A meeting file sent to the API may name a Word paper, as the form may upload one: the import converts it with
     * the same converter (tracked changes refused, naming the file and field; nothing stored), the pack holds its text
     * and stays accessible, and sending the same files again changes nothing (the PDF is not made again).
     */
    @Test
    void aMeetingFileSentToTheApiMayNameAWordPaper() throws Exception {
        String date = "2025-06-09";
        String meeting = """
                date: %s
                start: "14:00"
                venue: Committee Room 1, The Council House
                contactOfficer: sarah-fradgley
                agenda:
                  - number: "1"
                    type: notice-of-recording
                    title: NOTICE OF RECORDING
                    time: "14:00"
                  - number: "2"
                    type: report
                    title: A WORD REPORT
                    time: "14:10"
                    documents:
                      - title: Budget report
                        file: papers/%s/budget-report.docx
                """.formatted(date, date);
        byte[] tracked = Files.readAllBytes(Path.of("src/test/resources/word/tracked-changes.docx"));
        ResponseEntity<String> refused = sendInputs(date, meeting, tracked);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
        assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("message").asText()).isEqualTo(
                "meetings/" + date + ".yaml: agenda[2].documents[1].file: papers/" + date + "/budget-report.docx: has"
                        + " tracked changes (2): accept or reject them in the word processor (Review, Accept or Reject)"
                        + " and attach it again, so that the pack shows the final text and not deleted wording (line 16)");
        assertThat(officer().getForEntity("/api/bodies/" + BODY + "/meetings/" + date, String.class)
                .getStatusCode().value()).isEqualTo(404);

        byte[] paper = docx("The budget for ZEBRA CROSSINGS is set out.");
        ResponseEntity<String> accepted = sendInputs(date, meeting, paper);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
        assertThat(accepted.getBody()).contains("meetings/" + date + ".yaml: meeting " + date + " stored (2 agenda items)");
        assertThat(officer().getForEntity("/bodies/" + BODY + "/meetings/" + date, String.class).getBody())
                .contains("(file: papers/" + date + "/budget-report.docx)").contains("Word document, converted to tagged"
                        + " PDF by the import: the accessibility report of the pack says whether a screen reader can follow it");
        var status = buildAndWait(BODY, date);
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("COMPLETED");
        Path pack = WORK.resolve("out").resolve(BODY).resolve(date).resolve("agenda-pack.pdf");
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.text()).contains("The budget for ZEBRA CROSSINGS is set out.");
        }
        assertThat(VeraPdf.failedRules(pack)).as("a pack passes PDF/UA-1 and PDF/A-2a when its Word paper does").isEmpty();

        assertThat(sendInputs(date, meeting, paper).getBody())
                .contains("meetings/" + date + ".yaml: meeting " + date + " unchanged");
        String pdf = paperBlob(date);
        assertThat(sendInputs(date, meeting.replace("A WORD REPORT", "A REVISED WORD REPORT"), paper).getBody())
                .contains("meetings/" + date + ".yaml: meeting " + date + " stored");
        assertThat(paperBlob(date)).as("the same document gives the same PDF: the paper is not re-issued").isEqualTo(pdf);
    }

    /**
     * A rich-text (.rtf) or Word 97–2003 (.doc) paper goes the way of a .docx, on the form and in a meeting file: an
     * .rtf uploaded on the form is converted (the pack holds its text and passes PDF/UA-1 and PDF/A-2a), and a .doc
     * with tracked changes named by a meeting file sent to the API is refused, naming the file; nothing is stored.
     */
    @Test
    void richTextAndWord97PapersGoTheWayOfADocx() throws Exception {
        Map<String, Object> form = meeting("2025-07-14");
        item(form, 0, "1", "notice-of-recording", "NOTICE OF RECORDING", "14:00");
        item(form, 1, "2", "report", "A RICH TEXT REPORT", "14:10");
        form.put("items[1].paper", file("Budget report.rtf", ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Liberation Sans;}}"
                + "\\pard\\plain\\f0\\fs24 The budget for ZEBRA CROSSINGS is set out.\\par}")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertSaved(post(form), "Monday 14 July 2025");
        assertThat(officer().getForEntity("/bodies/" + BODY + "/meetings/2025-07-14", String.class).getBody())
                .containsPattern("\\(file: papers/2025-07-14/Budget-report.pdf\\)</span>\\s*<span class=\"paper-facts\">"
                        + "\\d+ KB · 1 page · tagged PDF: a screen reader can follow its structure</span>");
        var status = buildAndWait(BODY, "2025-07-14");
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("COMPLETED");
        Path pack = WORK.resolve("out").resolve(BODY).resolve("2025-07-14").resolve("agenda-pack.pdf");
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.text()).contains("The budget for ZEBRA CROSSINGS is set out.");
        }
        assertThat(VeraPdf.failedRules(pack)).isEmpty();

        String date = "2025-08-11";
        String meeting = """
                date: %s
                start: "14:00"
                venue: Committee Room 1, The Council House
                contactOfficer: sarah-fradgley
                agenda:
                  - number: "1"
                    type: report
                    title: A WORD 97 REPORT
                    time: "14:00"
                    documents:
                      - title: Budget report
                        file: papers/%s/budget-report.doc
                """.formatted(date, date);
        byte[] tracked = Files.readAllBytes(Path.of("src/test/resources/word/tracked-changes.doc"));
        ResponseEntity<String> refused = sendInputs(date, meeting, "budget-report.doc", tracked);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
        assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("message").asText()).isEqualTo(
                "meetings/" + date + ".yaml: agenda[1].documents[1].file: papers/" + date + "/budget-report.doc: has"
                        + " tracked changes (2): accept or reject them in the word processor (Review, Accept or Reject)"
                        + " and attach it again, so that the pack shows the final text and not deleted wording (line 12)");
        // the file is the client's, so the line of its field is given too
        assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("line").asInt()).isEqualTo(12);
        assertThat(officer().getForEntity("/api/bodies/" + BODY + "/meetings/" + date, String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    private String paperBlob(String date) {
        return jdbc.queryForObject("SELECT blob_sha256 FROM agenda_document WHERE body_id = ? AND meeting_date = ?"
                + " AND source_path = ?", String.class, BODY, java.sql.Date.valueOf(date),
                "papers/" + date + "/budget-report.docx");
    }

    private ResponseEntity<String> sendInputs(String date, String meeting, byte[] paper) {
        return sendInputs(date, meeting, "budget-report.docx", paper);
    }

    private ResponseEntity<String> sendInputs(String date, String meeting, String paperName, byte[] paper) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", file(date + ".yaml", meeting.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        parts.add("paths", "meetings/" + date + ".yaml");
        parts.add("files", file(paperName, paper));
        parts.add("paths", "papers/" + date + "/" + paperName);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return officer().postForEntity("/api/bodies/" + BODY + "/inputs", new HttpEntity<>(parts, headers), String.class);
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
