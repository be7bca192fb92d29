package org.packpress.render.excel;

import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streamed (SXSSF) workbook compressed for a file written in seconds and read many times: the rows held in
 * temporary files are compressed at zlib's fastest level (they are read once, moments later), and the .xlsx
 * at level {@value #LEVEL}. Against POI's default (level 6 for both), zlib takes about 0.8 s less on the national
 * workbook (its 67 MB of XML: 0.68 s at level 6, 0.24 s at level 3), whose file is about an eighth larger (5.5 MB
 * instead of 4.9 MB).
 *
 * <p>A sheet may also get rows written on another thread ({@link #rowsBelow}): POI's objects are used by one
 * thread at a time, so those rows go into a sheet of a workbook of their own, written below the sheet's own
 * rows when this workbook is written.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    /** The .xlsx's deflate level: level 1 is hardly faster on SpreadsheetML and its files a quarter larger. */
    static final int LEVEL = 3;

    private final int window;
    /** The sheets with rows below their own, and those rows. */
    private final Map<SXSSFSheet, Below> below = new HashMap<>();
    /** The last row of a sheet with the rows below it (0-based), for the sheet's dimension. */
    private final Map<SXSSFSheet, Integer> lastRows = new HashMap<>();
    private final List<SXSSFWorkbook> books = new ArrayList<>();

    /** @param window the rows of a sheet held in memory before they are written to its temporary file */
    StreamedWorkbook(int window) {
        super(window);
        this.window = window;
        setCompressTempFiles(true);
        // plain (not ZIP64) entries: readers such as java.util.zip.ZipInputStream reject ZIP64 data
        // descriptors, and no part of a KPI workbook comes near 4 GB
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter(getSharedStringSource()) {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
                return new GZIPOutputStream(file, 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
            }

            /** POI's escaping, but a text that needs none is written whole instead of a character at a time. */
            @Override
            protected void outputEscapedString(String text) throws IOException {
                if (text != null && needsNoEscaping(text)) {
                    _out.write(text);
                } else {
                    super.outputEscapedString(text);
                }
            }
        };
    }

    /**
     * Whether POI's escaping ({@code SheetDataWriter.outputEscapedString}) would write the text as it is: no
     * markup character, no line break, tab or other control character, no no-break space (written as a
     * reference) and no non-character U+FFFE or U+FFFF (written as "?").
     */
    static boolean needsNoEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uFFFE') {
                return false;
            }
        }
        return true;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(LEVEL);
        return zip;
    }

    /**
     * A sheet, of a workbook of its own, whose rows are written below the sheet's own when this workbook is
     * written. Its rows may be written on another thread, one thread at a time, until they are put in
     * ({@link #lastRow} says how far they reach); cells may carry this workbook's styles (a streamed cell is
     * written with its style's number). The sheet's own rows must span the columns of those below (a header row).
     *
     * @param allWritten returns once every row is written; run on the thread that writes this workbook, just
     *     before the rows are put in, so that they may still be written while the rest of the workbook is
     */
    SXSSFSheet rowsBelow(SXSSFSheet sheet, Runnable allWritten) {
        StreamedWorkbook book = new StreamedWorkbook(window);
        books.add(book);
        SXSSFSheet rows = book.createSheet();
        below.put(sheet, new Below(rows, allWritten));
        return rows;
    }

    /** The rows to go below a sheet's own, and what returns once they are all written. */
    private record Below(SXSSFSheet rows, Runnable allWritten) {
    }

    /** The last row (0-based) of a sheet with its {@link #rowsBelow}. */
    void lastRow(SXSSFSheet sheet, int row) {
        lastRows.put(sheet, row);
    }

    @Override
    protected void flushSheets() throws IOException {
        super.flushSheets();
        lastRows.forEach((sheet, last) -> {
            XSSFSheet template = getXSSFWorkbook().getSheet(sheet.getSheetName());
            CellRangeAddress own = template.getDimension();
            template.setDimensionOverride(new CellRangeAddress(own.getFirstRow(), Math.max(last, own.getLastRow()),
                    own.getFirstColumn(), own.getLastColumn()));
        });
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        ISheetInjector own = super.createSheetInjector(sheet);
        Below rows = below.get(sheet);
        if (rows == null) {
            return own;
        }
        return out -> {
            own.writeSheetData(out);
            rows.allWritten().run();
            try (InputStream xml = rows.rows().getWorksheetXMLInputStream()) {
                xml.transferTo(out);
            }
        };
    }

    @Override
    public void close() throws IOException {
        try {
            for (SXSSFWorkbook book : books) {
                book.close();
            }
        } finally {
            super.close();
        }
    }
}
