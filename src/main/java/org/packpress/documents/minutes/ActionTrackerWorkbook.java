package org.packpress.documents.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.packpress.documents.minutes.ActionStatus;
import org.packpress.documents.minutes.ActionTracker;
import org.packpress.documents.minutes.TrackerRow;
import org.packpress.common.AtomicFiles;
import org.packpress.common.DateStyles;
import org.packpress.render.text.StyledText;

/**
 * The action tracker as an .xlsx workbook: the title in the first row, a frozen header row with an
 * autofilter, then the same rows as the printed tracker (outstanding first, completed in italics),
 * with the programmed meeting, owner, completion date and red/amber/green rating as columns of their own.
 */
public final class ActionTrackerWorkbook {

    static final String[] HEADERS = {"Status", "Minute/ Action No.", "Meeting Date", "Action", "Update/ Notes",
        "Programmed For", "Owner", "Completed", "RAG"};
    private static final int[] WIDTHS = {14, 14, 12, 60, 60, 16, 24, 14, 8};
    private static final int HEADER_ROW = 1;

    private ActionTrackerWorkbook() {
    }

    public static void write(ActionTracker tracker, Path target) {
        AtomicFiles.write(target, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                fill(workbook, tracker);
                workbook.getProperties().getCoreProperties().setTitle(tracker.title());
                workbook.getProperties().getCoreProperties().setCreator("PackPress");
                workbook.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void fill(XSSFWorkbook workbook, ActionTracker tracker) {
        XSSFSheet sheet = workbook.createSheet("Action Tracker");
        CellStyle title = style(workbook, true, false, false);
        CellStyle header = style(workbook, true, false, true);
        CellStyle plain = style(workbook, false, false, false);
        CellStyle italic = style(workbook, false, true, false);
        sheet.createRow(0).createCell(0).setCellValue(tracker.title());
        sheet.getRow(0).getCell(0).setCellStyle(title);
        Row head = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.length; c++) {
            head.createCell(c).setCellValue(HEADERS[c]);
            head.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        List<TrackerRow> rows = tracker.all();
        for (int r = 0; r < rows.size(); r++) {
            TrackerRow row = rows.get(r);
            Row line = sheet.createRow(HEADER_ROW + 1 + r);
            String[] values = {row.status() == ActionStatus.COMPLETED ? "Completed" : "Outstanding", row.ref(),
                row.meetingLabel(), plain(row.action()), plain(String.join("\n\n", row.updates())),
                row.programmedFor() == null ? "" : DateStyles.longDate(row.programmedFor()),
                row.owner() == null ? "" : row.owner(),
                row.completed() == null ? "" : DateStyles.longDate(row.completed()),
                row.rag() == null ? "" : row.rag().name()};
            for (int c = 0; c < values.length; c++) {
                line.createCell(c).setCellValue(values[c]);
                line.getCell(c).setCellStyle(row.status() == ActionStatus.COMPLETED ? italic : plain);
            }
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + Math.max(rows.size(), 1), 0,
                HEADERS.length - 1));
    }

    /** The text a reader sees of a Markdown cell, list items on lines of their own. */
    static String plain(String markdown) {
        return StyledText.plain(StyledText.inline(markdown));
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean italic, boolean shaded) {
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
        return style;
    }
}
