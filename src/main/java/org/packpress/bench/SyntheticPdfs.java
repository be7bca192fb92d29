package org.packpress.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Attachment-like PDFs written with OpenPDF: a heading, prose and a small table on every page, as an
 * inspection report or a partner's paper would have.
 */
final class SyntheticPdfs {

    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);

    private SyntheticPdfs() {
    }

    static void write(Path file, String title, int pages, long seed) {
        SyntheticText text = new SyntheticText(seed);
        Document document = new Document(PageSize.A4, 56, 56, 56, 60);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter.getInstance(document, out).setFullCompression();
            document.addTitle(title);
            document.open();
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.newPage();
                }
                document.add(new Paragraph(title + " – section " + page, HEADING));
                for (int p = 0; p < 5; p++) {
                    Paragraph paragraph = new Paragraph(text.paragraph(5), BODY);
                    paragraph.setSpacingBefore(6);
                    document.add(paragraph);
                }
                document.add(table(text));
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static PdfPTable table(SyntheticText text) {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (String heading : new String[] {"Measure", "Last year", "This year", "Change"}) {
            table.addCell(new Paragraph(heading, BODY));
        }
        for (int row = 0; row < 4; row++) {
            int last = text.between(100, 9000);
            int now = text.between(100, 9000);
            table.addCell(new Paragraph(text.heading(3), BODY));
            table.addCell(new Paragraph(String.valueOf(last), BODY));
            table.addCell(new Paragraph(String.valueOf(now), BODY));
            table.addCell(new Paragraph(String.format("%+.1f%%", 100.0 * (now - last) / last), BODY));
        }
        return table;
    }
}
