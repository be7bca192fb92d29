package org.packpress.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class StreamedWorkbookTest {

    /** Texts POI writes as they are, and texts it escapes or replaces, one character each or several. */
    private static final List<String> TEXTS = List.of("Reported crime per 1,000 people", "a < b", "c > d",
            "salt & pepper", "a < b & c > d",
            "the \"headline\" measure", "two\nlines", "tab\there", "return\rhere", "no\u00A0break", "bell\u0007",
            "not a character \uFFFE\uFFFF", "a pair \uD83D\uDE00 of surrogates", "a lone \uD800 surrogate",
            "  spaces around  ", "£ and é and \u2019");

    @Test
    void writesTheSameSheetAsPoisOwnWriter() throws Exception {
        try (SXSSFWorkbook poi = new SXSSFWorkbook(2); StreamedWorkbook streamed = new StreamedWorkbook(2)) {
            poi.setZip64Mode(Zip64Mode.AsNeeded); // as StreamedWorkbook: ZipInputStream reads no ZIP64 entries
            assertThat(sheetXml(texts(streamed))).isEqualTo(sheetXml(texts(poi))).contains("a &lt; b &amp; c &gt; d");
        }
    }

    @Test
    void putsTheRowsBelowTheSheetsOwnOnceTheyAreAllWritten() throws Exception {
        try (StreamedWorkbook workbook = new StreamedWorkbook(2)) {
            SXSSFSheet sheet = workbook.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("Heading");
            List<SXSSFSheet> below = new java.util.ArrayList<>();
            below.add(workbook.rowsBelow(sheet, () -> { // the last rows come only when they are asked for
                for (int r = 1; r <= 5; r++) {
                    below.get(0).createRow(r).createCell(0).setCellValue("row " + r);
                }
            }));
            workbook.lastRow(sheet, 5);
            String xml = sheetXml(workbook);
            assertThat(xml).contains("<dimension ref=\"A1:A6\"/>");
            assertThat(xml.indexOf("Heading")).isPositive().isLessThan(xml.indexOf("row 1"));
            assertThat(xml.indexOf("row 1")).isLessThan(xml.indexOf("row 5"));
        }
    }

    private static SXSSFWorkbook texts(SXSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet("Texts");
        for (int r = 0; r < TEXTS.size(); r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(TEXTS.get(r));
        }
        return workbook;
    }

    private static String sheetXml(SXSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet1.xml");
    }
}
