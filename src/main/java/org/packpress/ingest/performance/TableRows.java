package org.packpress.ingest.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Rows of a tidy table read from CSV (RFC 4180: commas, double quotes, quoted line breaks) or from the
 * first sheet of an .xlsx workbook. The first row holds the column names.
 */
final class TableRows {

    /** A data row: its 1-based row number in the file and its cells by column name. */
    record Row(int number, Map<String, String> cells, int width) {
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }
    }

    record Table(List<String> header, List<Row> rows) {
    }

    private TableRows() {
    }

    static Table read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".xlsx") ? readXlsx(file) : readCsv(file);
    }

    static Table readCsv(Path file) throws IOException {
        List<List<String>> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = parseCsv(in);
        }
        return toTable(records);
    }

    private static Table toTable(List<List<String>> records) {
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<String> header = records.get(0).stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                cells.put(header.get(c), record.get(c));
            }
            rows.add(new Row(i + 1, cells, record.size()));
        }
        return new Table(header, rows);
    }

    static List<List<String>> parseCsv(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int ch;
        while ((ch = in.read()) != -1) {
            char c = (char) ch;
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static Table readXlsx(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
        List<List<String>> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> record = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        record.add(cell == null ? "" : cellText(cell, formatter));
                    }
                }
                records.add(record.isEmpty() ? List.of("") : record);
            }
        }
        return toTable(records);
    }

    /** Numbers are read at full precision (not as formatted), everything else as displayed. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
