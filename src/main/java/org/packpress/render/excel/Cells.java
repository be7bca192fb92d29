package org.packpress.render.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/** Small helpers for writing cells: values, and formulas together with their cached results. */
final class Cells {

    private Cells() {
    }

    static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** A plain text cell only when there is text: an absent value writes no cell at all. */
    static void textIfAny(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    static Cell number(Row row, int column, Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
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
