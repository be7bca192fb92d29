package org.packpress.render.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once per workbook (Excel allows only so many). */
final class WorkbookStyles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle derivedHeader;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle bold;
    final CellStyle link;
    final CellStyle percentChange;
    private final Workbook workbook;
    private final Map<String, CellStyle> numbers = new HashMap<>();

    WorkbookStyles(Workbook wb) {
        this.workbook = wb;
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        subtitle = wb.createCellStyle();
        subtitle.setWrapText(false);
        header = headerStyle(wb, boldFont, IndexedColors.GREY_25_PERCENT);
        derivedHeader = headerStyle(wb, boldFont, IndexedColors.LIGHT_TURQUOISE);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        Font linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(linkFont);
        percentChange = number("0.0%");
    }

    private static CellStyle headerStyle(Workbook wb, Font font, IndexedColors fill) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setFillForegroundColor(fill.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** A style showing numbers in the given Excel format, shared by every cell that uses it. */
    CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            return s;
        });
    }
}
