package org.packpress.documents.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.LocaleID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.packpress.common.AtomicFiles;
import org.packpress.render.DocumentInfo;
import org.packpress.render.excel.ExcelTables;
import org.packpress.render.excel.TextLines;
import org.packpress.render.excel.WorkbookPackage;
import org.packpress.render.text.StyledText;

/**
 * The action tracker as an .xlsx working sheet: the title in the first row, a frozen header row heading an
 * Excel table (with its filter buttons, and column headers a screen reader announces), then the same rows as the
 * printed tracker (outstanding first, completed in italics),
 * with dates as date cells (the meeting's and the due date's in the house style's formats; whatever the PDF prints, the
 * workbook always has the columns of owners, due dates and statuses), wrapped text in rows tall enough to show it,
 * landscape A4 fitted to one page wide with the header rows printed on every page, and a second sheet
 * counting the actions by status.
 */
public final class ActionTrackerWorkbook {

    /** The text blocks of the columns the workbook shares with the tracker's PDF. */
    static final String REFERENCE = "tracker-column-reference";
    static final String MEETING = "tracker-column-meeting";
    static final String ACTION = "tracker-column-action";
    static final String UPDATE = "tracker-column-update";
    static final String DUE = "tracker-column-due";
    /** The text blocks of the columns, in order. */
    private static final List<String> HEADERS = List.of("tracker-workbook-column-status", REFERENCE, MEETING, ACTION,
            UPDATE, "tracker-workbook-column-title", "tracker-workbook-column-scheduled", DUE,
            "tracker-workbook-column-owner", "tracker-workbook-column-completed", "tracker-workbook-column-rag");
    /** The text blocks of the workbook's other words: its sheets, the summary's headers, the statuses. */
    static final List<String> LABELS = Stream.concat(HEADERS.stream(), Stream.of(
            "tracker-workbook-sheet", "tracker-workbook-summary-sheet", "tracker-workbook-summary-actions",
            "tracker-workbook-summary-total", "tracker-status-outstanding", "tracker-status-completed")).toList();
    private static final int[] WIDTHS = {18, 12, 12, 50, 50, 18, 14, 12, 22, 12, 7};
    private static final int HEADER_ROW = 1;

    private ActionTrackerWorkbook() {
    }

    /**
     * @param labels the body's words for the workbook ({@link #LABELS}), by their text block
     * @param info the workbook's title, creator, subject and date
     */
    public static void write(ActionTracker tracker, Map<String, String> labels, DocumentInfo info, Path target) {
        AtomicFiles.write(target, out -> WorkbookPackage.write(written -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                fill(workbook, tracker, labels, info.language());
                summary(workbook, tracker, labels, info.language());
                workbook.write(written);
            }
        }, () -> info, out));
    }

    private static void fill(XSSFWorkbook workbook, ActionTracker tracker, Map<String, String> labels,
            String language) {
        XSSFSheet sheet = workbook.createSheet(labels.get("tracker-workbook-sheet"));
        Styles styles = new Styles(workbook, excelFormat(tracker.style().meetingDateFormat()),
                excelFormat(tracker.style().dueDateFormat()), language);
        sheet.createRow(0).createCell(0).setCellValue(tracker.title());
        sheet.getRow(0).getCell(0).setCellStyle(styles.title);
        Row head = sheet.createRow(HEADER_ROW);
        List<String> headings = HEADERS.stream().map(labels::get).toList();
        for (int c = 0; c < HEADERS.size(); c++) {
            head.createCell(c).setCellValue(headings.get(c));
            head.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        head.setHeightInPoints(2 * TextLines.LINE_HEIGHT);
        List<TrackerRow> rows = tracker.all();
        for (int r = 0; r < rows.size(); r++) {
            TrackerRow row = rows.get(r);
            Row line = sheet.createRow(HEADER_ROW + 1 + r);
            boolean completed = row.status() == ActionStatus.COMPLETED;
            Object[] values = {row.statusWord(labels), row.ref(), row.meeting(), plain(row.action()),
                plain(String.join("\n\n", row.updates())), row.title(),
                row.statusMeeting() != null ? row.statusMeeting() : row.programmedFor(), row.due(), row.owner(),
                row.completed(),
                row.rag() == null ? "" : row.rag().name()};
            int lines = 1;
            for (int c = 0; c < values.length; c++) {
                Cell cell = line.createCell(c);
                if (values[c] instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date(HEADERS.get(c), completed));
                } else {
                    String text = values[c] == null ? "" : values[c].toString();
                    cell.setCellValue(text);
                    cell.setCellStyle(styles.text(completed));
                    lines = Math.max(lines, TextLines.count(text, WIDTHS[c]));
                }
            }
            line.setHeightInPoints(TextLines.height(lines) + 2);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        ExcelTables.declare(sheet, "Actions", HEADER_ROW, headings, HEADER_ROW + rows.size(), null);
        printSetup(sheet);
    }

    /** Landscape A4, one page wide, the title and header rows on every page. */
    private static void printSetup(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));
    }

    /** The number of actions of each status, in the vocabulary's order (or outstanding, then completed). */
    private static void summary(XSSFWorkbook workbook, ActionTracker tracker, Map<String, String> labels,
            String language) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tracker.style().statuses().forEach(s -> counts.put(undated(s.label()), 0));
        for (TrackerRow row : tracker.all()) {
            counts.merge(summaryStatus(tracker, row, labels), 1, Integer::sum);
        }
        XSSFSheet sheet = workbook.createSheet(labels.get("tracker-workbook-summary-sheet"));
        Styles styles = new Styles(workbook, "dd/mm/yy", "dd/mm/yy", language);
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(labels.get("tracker-workbook-column-status"));
        head.createCell(1).setCellValue(labels.get("tracker-workbook-summary-actions"));
        head.getCell(0).setCellStyle(styles.header);
        head.getCell(1).setCellStyle(styles.header);
        int r = 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(e.getKey());
            line.createCell(1).setCellValue(e.getValue());
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue(labels.get("tracker-workbook-summary-total"));
        total.createCell(1).setCellValue(tracker.all().size());
        total.getCell(0).setCellStyle(styles.title);
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 10 * 256);
    }

    private static String summaryStatus(ActionTracker tracker, TrackerRow row, Map<String, String> labels) {
        if (row.statusId() != null) {
            return undated(tracker.style().status(row.statusId()).orElseThrow().label());
        }
        return row.plainStatus(labels);
    }

    /** A status label without its meeting: "Scheduled for the meeting on {date}" → "Scheduled for the meeting". */
    static String undated(String label) {
        return label.replace("{date}", "").strip().replaceAll("\\s+(on|for)$", "");
    }

    /** A house style's date pattern as Excel writes it: "dd/MM/yy" → "dd/mm/yy", "MMM yyyy" → "mmm yyyy". */
    static String excelFormat(String javaPattern) {
        return javaPattern.replaceAll("'([^']*)'", "\"$1\"").replace('M', 'm').replace("EEEE", "dddd")
                .replace("EEE", "ddd");
    }

    /**
     * A date format whose words Excel and LibreOffice print in {@code language}, whatever the reader's own: prefixed
     * with the Windows locale id of the language in its country ("[$-452]mmm yyyy": Medi 2024 in Welsh, cy-GB; a
     * language's id without a country is not one a format may name). British English, the default, and a language
     * without an id carry none.
     */
    static String inLanguage(String format, String language) {
        if (language.equals(DocumentInfo.LANGUAGE)) {
            return format;
        }
        Locale locale = Locale.forLanguageTag(language);
        String country = locale.getLanguage() + "-" + locale.getCountry();
        return Stream.of(LocaleID.values()).filter(id -> locale.getCountry().isEmpty()
                        ? id.getLanguageTag().startsWith(country) : id.getLanguageTag().equalsIgnoreCase(country))
                .findFirst().map(id -> "[$-" + Integer.toHexString(id.getLcid()).toUpperCase(Locale.ROOT) + "]" + format)
                .orElse(format);
    }

    /** The text a reader sees of a Markdown cell, list items on lines of their own. */
    static String plain(String markdown) {
        return StyledText.plain(StyledText.inline(markdown));
    }

    /** The cell styles of one sheet. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        private final CellStyle[] text = new CellStyle[2];
        private final CellStyle[] meetingDate = new CellStyle[2];
        private final CellStyle[] dueDate = new CellStyle[2];
        private final CellStyle[] longDate = new CellStyle[2];

        /** @param language the BCP 47 tag of the language the dates' words are printed in */
        Styles(XSSFWorkbook workbook, String meetingFormat, String dueFormat, String language) {
            title = style(workbook, true, false, false, null);
            header = style(workbook, true, false, true, null);
            for (int i = 0; i < 2; i++) {
                text[i] = style(workbook, false, i == 1, false, null);
                meetingDate[i] = style(workbook, false, i == 1, false, inLanguage(meetingFormat, language));
                dueDate[i] = style(workbook, false, i == 1, false, inLanguage(dueFormat, language));
                longDate[i] = style(workbook, false, i == 1, false, inLanguage("d mmmm yyyy", language));
            }
        }

        /** The style of a date in the column headed by the text block {@code column}. */
        CellStyle date(String column, boolean italic) {
            CellStyle[] styles = column.equals(MEETING) ? meetingDate : column.equals(DUE) ? dueDate : longDate;
            return styles[italic ? 1 : 0];
        }

        CellStyle text(boolean italic) {
            return text[italic ? 1 : 0];
        }

        private static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean italic, boolean shaded,
                String dateFormat) {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setItalic(italic);
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (shaded) {
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (dateFormat != null) {
                style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(dateFormat));
            }
            return style;
        }
    }
}
