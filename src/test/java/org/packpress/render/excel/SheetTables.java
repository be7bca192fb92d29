package org.packpress.render.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Finds cells in the generated sheets the way a reader would: by caption, column heading and row label. */
final class SheetTables {

    private SheetTables() {
    }

    /** The cell of the block captioned {@code caption...}, in the row labelled {@code area}, column {@code heading...}. */
    static Cell cell(Sheet sheet, String caption, String area, String heading) {
        int captionRow = rowStartingWith(sheet, caption, 0);
        Row header = sheet.getRow(captionRow + 1);
        int column = -1;
        for (Cell c : header) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(heading)) {
                column = c.getColumnIndex();
                break;
            }
        }
        if (column < 0) {
            throw new AssertionError("no column '" + heading + "' under '" + caption + "' on " + sheet.getSheetName());
        }
        for (int r = captionRow + 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getStringCellValue().isEmpty()) {
                break;
            }
            if (row.getCell(0).getStringCellValue().equals(area)) {
                Cell cell = row.getCell(column);
                if (cell == null) {
                    throw new AssertionError("empty cell for " + area + " / " + heading);
                }
                return cell;
            }
        }
        throw new AssertionError("no row '" + area + "' under '" + caption + "' on " + sheet.getSheetName());
    }

    static int rowStartingWith(Sheet sheet, String text, int column) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting '" + text + "' on " + sheet.getSheetName());
    }

    static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
