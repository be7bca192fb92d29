package org.packpress.ingest.performance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Rows of a tidy table read from CSV (RFC 4180, parsed by Commons CSV: commas, double quotes, quoted
 * line breaks) or from the first sheet of an .xlsx workbook. The first row holds the column names. A CSV
 * file is read one row at a time, so a table of any length needs the memory of one row; a row is named
 * by the line of the file it starts on (a quoted line break does not shift the lines after it), a
 * workbook's by its row number.
 */
final class TableRows {

    private static final String CSV_HEADER = "line 1";

    /** A data row: where it is in the file ("line 12", "row 12") and its cells. */
    static final class Row {
        private final String position;
        private final Map<String, Integer> columns;
        private final List<String> values;

        Row(String position, Map<String, Integer> columns, List<String> values) {
            this.position = position;
            this.columns = columns;
            this.values = values;
        }

        String position() {
            return position;
        }

        /** The cell of a column, trimmed; "" when the row has no such column. */
        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= values.size() ? "" : values.get(index).trim();
        }

        int width() {
            return values.size();
        }

        /** The cell at a position (from 0), trimmed; "" beyond the row's end. */
        String cell(int index) {
            return index >= values.size() ? "" : values.get(index).trim();
        }
    }

    /** A table open for reading: its column names, then its data rows, once. */
    static final class Table implements Iterable<Row>, Closeable {
        private final String headerPosition;
        private final List<String> header;
        private final Iterator<Row> rows;
        private final Closeable source;

        private Table(String headerPosition, List<String> header, Iterator<Row> rows, Closeable source) {
            this.headerPosition = headerPosition;
            this.header = header;
            this.rows = rows;
            this.source = source;
        }

        static Table empty() {
            return new Table(CSV_HEADER, List.of(), Collections.emptyIterator(), () -> { });
        }

        /** Where the column names are, as the rows name their places: "line 1" in a CSV file, "row 1" in a workbook. */
        String headerPosition() {
            return headerPosition;
        }

        List<String> header() {
            return header;
        }

        @Override
        public Iterator<Row> iterator() {
            return rows;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private TableRows() {
    }

    /** A workbook whose parts unpack to more than the import allows. */
    static final class UnpacksTooLarge extends IOException {
        UnpacksTooLarge(long max) {
            super(String.format(Locale.UK, "unpacks to more than %,d bytes (packpress.input.max-unpacked-size): refused,"
                    + " as a workbook that size could exhaust the memory (a zip bomb)", max));
        }
    }

    /**
     * Opens a table; a workbook only when its parts unpack to at most {@code maxUnpacked} bytes in all, counted
     * while unpacking, before POI reads it.
     */
    static Table open(Path file, long maxUnpacked) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            refuseIfUnpacksOver(file, maxUnpacked);
        }
        return open(file);
    }

    private static void refuseIfUnpacksOver(Path file, long max) throws IOException {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(
                new BufferedInputStream(Files.newInputStream(file)))) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > max) {
                        throw new UnpacksTooLarge(max);
                    }
                }
            }
        }
    }

    private static Table open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? readXlsx(file) : openCsv(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    static Table openCsv(Reader in) throws IOException {
        CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(in);
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            parser.close();
            return Table.empty();
        }
        List<String> header = records.next().toList().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        Map<String, Integer> columns = columns(header);
        Iterator<Row> rows = new Iterator<>() {
            private Row next = advance();

            private Row advance() {
                while (true) {
                    long line = parser.getCurrentLineNumber() + 1; // before the record is read: the line it starts on
                    if (!records.hasNext()) {
                        return null;
                    }
                    CSVRecord record = records.next();
                    if (record.stream().allMatch(String::isBlank)) { // an empty line, or a row of commas
                        continue;
                    }
                    return new Row("line " + line, columns, record.toList());
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = advance();
                return row;
            }
        };
        return new Table(CSV_HEADER, header, rows, parser);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            columns.putIfAbsent(header.get(c), c);
        }
        return columns;
    }

    /** Whether reading a table failed on bytes that are not text in its encoding (UTF-8). */
    static boolean isEncodingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** The number of the first line of a file that is not UTF-8, or -1 when every line is (or it cannot be read). */
    static long firstLineNotUtf8(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    try {
                        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return number;
                    }
                    if (b < 0) {
                        return -1;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            return -1; // the caller reports the failed read itself; no line can be named
        }
    }

    /** A workbook is read whole (POI's user model); performance workbooks are small. */
    private static Table readXlsx(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        List<List<String>> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> record = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        record.add(cell == null ? "" : cellText(cell, formatter));
                    }
                }
                records.add(record);
            }
        }
        if (records.isEmpty()) {
            return Table.empty();
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        Map<String, Integer> columns = columns(header);
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (!record.stream().allMatch(String::isBlank)) {
                rows.add(new Row("row " + (r + 1), columns, record));
            }
        }
        return new Table("row 1", header, rows.iterator(), () -> { });
    }

    /**
     * Numbers are read at full precision (not as formatted), everything else as displayed; a formula as the value
     * the workbook last calculated for it (an error as Excel shows it: #DIV/0!), never as its text.
     */
    private static String cellText(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (type) {
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                default -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
            };
        }
        return formatter.formatCellValue(cell);
    }
}
