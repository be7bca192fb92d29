package org.packpress.render.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/** Small helpers for writing cells: values, and formulas together with their cached results. */
final class Cells {

    private Cells() {
    }

    /** A text cell, only when there is text: no text writes no cell at all (and returns null). */
    static Cell text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** A number cell, only when there is a number. */
    static void number(Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /**
     * A header row: its texts in the header style, the row as tall as its most wrapped text in these column
     * widths (characters), so that no header runs into the first row of data.
     */
    static void header(Row row, String[] texts, int[] widths, CellStyle style) {
        for (int c = 0; c < texts.length; c++) {
            text(row, c, texts[c], style);
        }
        fitHeight(row, texts, widths);
    }

    /** Makes a row of wrapped texts as tall as the most wrapped of them in these column widths (characters). */
    static void fitHeight(Row row, String[] texts, int[] widths) {
        int lines = 1;
        for (int c = 0; c < texts.length; c++) {
            lines = Math.max(lines, TextLines.count(texts[c], widths[c]));
        }
        row.setHeightInPoints(TextLines.height(lines));
    }

    /** A formula with its cached result, so viewers that do not recalculate show the value. */
    static Cell formula(Row row, int column, String formula, double cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(style);
        return cell;
    }

    static Cell formula(Row row, int column, String formula, String cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** "C5" */
    static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    /** "$C$5" */
    static String absolute(int row, int column) {
        return new CellReference(row, column, true, true).formatAsString();
    }

    /** "$I5": the column fixed, the row not (0-based row) */
    static String absoluteColumn(int column, int row) {
        return new CellReference(row, column, false, true).formatAsString();
    }

    /** "'Ind 1 Crime rate'!D5" */
    static String onSheet(String sheet, int row, int column) {
        return "'" + sheet.replace("'", "''") + "'!" + ref(row, column);
    }

    static String column(int column) {
        return CellReference.convertNumToColString(column);
    }
}
