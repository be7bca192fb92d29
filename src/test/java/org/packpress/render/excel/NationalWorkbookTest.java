package org.packpress.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
