package org.packpress.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.DefaultTextBlocks;
import org.packpress.model.performance.PerformanceData;

/**
 * A national-size workbook (43 forces × 50 indicators × 60 months = 129,000 observations) is written by
 * streaming, within the tests' 1 GB heap, with every sheet present. Timing is the benchmark's business.
 */
class NationalWorkbookTest {

    @TempDir
    Path temp;

    @Test
    void writesTheNationalDataSetWithEverySheet() throws Exception {
        PerformanceData data = NationalDataSet.of(43, 50, 60);
        assertThat(data.observations()).hasSize(129_000);
        Path file = temp.resolve("national.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new KpiWorkbookWriter().write(data, new WorkbookLabels(DefaultTextBlocks.labels(WorkbookLabels.KEYS)), null, out);
        }
        // read back with POI's streaming reader, which also keeps memory small
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int count = 0;
            long dataSheetBytes = 0;
            while (sheets.hasNext()) {
                try (var in = sheets.next()) {
                    long size = in.readAllBytes().length;
                    if (sheets.getSheetName().equals("Data")) {
                        dataSheetBytes = size;
                    }
                }
                count++;
            }
            assertThat(count).isEqualTo(2 + 50 + 4);
            assertThat(dataSheetBytes).as("129,000 data rows").isGreaterThan(129_000L * 100);
        }
    }

    @Test
    void theDataRowsWrittenOnAPoolMakeTheSameWorkbookAsOnTheCallersThread() throws Exception {
        PerformanceData data = NationalDataSet.of(6, 5, 24); // 720 rows: several of POI's windows, five indicators
        WorkbookLabels labels = new WorkbookLabels(DefaultTextBlocks.labels(WorkbookLabels.KEYS));
        Path alone = temp.resolve("alone.xlsx");
        Path pooled = temp.resolve("pooled.xlsx");
        try (OutputStream out = Files.newOutputStream(alone)) {
            new KpiWorkbookWriter().write(data, labels, null, out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (OutputStream out = Files.newOutputStream(pooled)) {
            new KpiWorkbookWriter(pool).write(data, labels, null, out);
        } finally {
            pool.shutdown();
        }
        Map<String, String> expected = parts(alone);
        assertThat(expected.values()).as("the data sheet: a header and 720 rows")
                .anyMatch(part -> part.contains("<dimension ref=\"A1:K721\"/>") && part.contains("<row r=\"721\">"));
        assertThat(parts(pooled)).isEqualTo(expected);
    }

    /** The workbook's parts as text, but for its creation time. */
    private static Map<String, String> parts(Path workbook) throws Exception {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.getName().equals("docProps/core.xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return parts;
    }
}
