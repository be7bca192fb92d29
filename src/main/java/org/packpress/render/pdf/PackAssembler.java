package org.packpress.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packpress.common.AtomicFiles;
import org.packpress.common.BuildFailedException;
import org.packpress.render.DocumentInfo;

/**
 * Assembles a pack from PDF files: copies their pages one source at a time (each reader is released
 * before the next is opened, so memory does not grow with the pack), stamps the pack page number at
 * the foot of every page, sets page labels equal to those numbers, builds the outline, and turns the
 * front sheet's stand-in links ({@link PackLinks}) into jumps to pack pages.
 */
public final class PackAssembler {

    /**
     * A paper to merge.
     *
     * @param level 0 for a main paper, 1 for an appendix
     * @param origin how errors name it, e.g. "item 8: papers/08-peel.pdf"
     */
    public record Paper(String title, Path pdf, int pages, int level, String origin) {
    }

    /** The papers of one agenda item, under one outline entry. */
    public record Section(String outlineTitle, List<Paper> papers) {
    }

    private static final float STAMP_BASELINE = 16f;
    private static final float STAMP_SIZE = 9f;

    private PackAssembler() {
    }

    /** Page counts of the front sheet and the sections' papers decide where each paper starts. */
    public static List<Integer> startPages(int frontSheetPages, List<Integer> paperPages) {
        List<Integer> starts = new ArrayList<>();
        int next = frontSheetPages + 1;
        for (int pages : paperPages) {
            starts.add(next);
            next += pages;
        }
        return starts;
    }

    /**
     * Writes the pack to {@code target} atomically.
     *
     * @return the number of pages written
     */
    public static int assemble(Path frontSheet, List<Section> sections, DocumentInfo info, Path target) {
        int[] pages = new int[1];
        AtomicFiles.write(target, out -> pages[0] = assemble(frontSheet, sections, info, out));
        return pages[0];
    }

    static int assemble(Path frontSheet, List<Section> sections, DocumentInfo info, OutputStream out) throws IOException {
        Document document = new Document();
        PdfCopy copy = new PdfCopy(document, out);
        copy.setPdfVersion(PdfCopy.VERSION_1_7);
        copy.setFullCompression();
        document.addTitle(info.title());
        document.addAuthor(info.author());
        document.addSubject(info.subject());
        document.addCreator("PackPress");
        document.open();
        copy.getExtraCatalog().put(PdfName.LANG, new PdfString(DocumentInfo.LANGUAGE));
        copy.getExtraCatalog().put(PdfName.PAGEMODE, PdfName.USEOUTLINES);
        BaseFont font = stampFont();
        int[] page = {0};
        copyPages(copy, frontSheet, "front sheet", font, page, true);
        List<Map<String, Object>> outline = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> itemEntry = null;
            List<Map<String, Object>> kids = new ArrayList<>();
            for (Paper paper : section.papers()) {
                int start = page[0] + 1;
                if (itemEntry == null) {
                    itemEntry = bookmark(section.outlineTitle(), start);
                }
                kids.add(bookmark(paper.title(), start));
                copyPages(copy, paper.pdf(), paper.origin(), font, page, false);
            }
            if (itemEntry != null) {
                itemEntry.put("Kids", kids);
                outline.add(itemEntry);
            }
        }
        copy.setOutlines(outline);
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS);
        copy.setPageLabels(labels);
        document.close();
        return page[0];
    }

    private static void copyPages(PdfCopy copy, Path pdf, String origin, BaseFont font, int[] page, boolean frontSheet) {
        PdfReader reader = null;
        try {
            // Not the partial-read constructor: stamps and link changes go into the page dictionaries, which
            // a partial reader would read again from the file. Stream data stays on disk either way.
            reader = new PdfReader(pdf.toString());
            if (reader.isEncrypted()) {
                throw new BuildFailedException(origin + ": the PDF is encrypted");
            }
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                page[0]++;
                List<PendingLink> links = frontSheet ? takePackLinks(reader, i) : List.of();
                PdfImportedPage imported = copy.getImportedPage(reader, i);
                PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
                stampPageNumber(stamp.getOverContent(), reader.getCropBox(i), reader.getPageRotation(i), font, page[0]);
                for (PendingLink link : links) {
                    PdfAnnotation annotation = PdfAnnotation.createLink(copy, link.rect(), PdfAnnotation.HIGHLIGHT_INVERT,
                            PdfAction.gotoLocalPage(link.page(), new PdfDestination(PdfDestination.FIT), copy));
                    annotation.setBorder(new PdfBorderArray(0, 0, 0));
                    stamp.addAnnotation(annotation);
                }
                stamp.alterContents();
                copy.addPage(imported);
            }
            copy.freeReader(reader);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BuildFailedException failed) {
                throw failed;
            }
            throw new BuildFailedException(origin + ": the PDF cannot be read (" + e.getMessage() + ")", e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private record PendingLink(Rectangle rect, int page) {
    }

    /** Removes the stand-in link annotations from a front sheet page and returns where they were. */
    private static List<PendingLink> takePackLinks(PdfReader reader, int pageNumber) {
        PdfDictionary page = reader.getPageN(pageNumber);
        PdfArray annotations = page.getAsArray(PdfName.ANNOTS);
        List<PendingLink> links = new ArrayList<>();
        if (annotations == null) {
            return links;
        }
        PdfArray kept = new PdfArray();
        for (int i = 0; i < annotations.size(); i++) {
            PdfDictionary annotation = annotations.getAsDict(i);
            int target = annotation == null ? -1 : packLinkTarget(annotation);
            if (target > 0) {
                PdfArray r = annotation.getAsArray(PdfName.RECT);
                links.add(new PendingLink(new Rectangle(number(r, 0), number(r, 1), number(r, 2), number(r, 3)), target));
            } else {
                kept.add(annotations.getPdfObject(i));
            }
        }
        page.put(PdfName.ANNOTS, kept);
        return links;
    }

    private static int packLinkTarget(PdfDictionary annotation) {
        PdfDictionary action = annotation.getAsDict(PdfName.A);
        if (action == null || !PdfName.URI.equals(action.getAsName(PdfName.S))) {
            return -1;
        }
        PdfString uri = action.getAsString(PdfName.URI);
        return uri == null ? -1 : PackLinks.pageOf(uri.toUnicodeString());
    }

    private static float number(PdfArray array, int index) {
        PdfNumber n = array.getAsNumber(index);
        return n == null ? 0 : n.floatValue();
    }

    /**
     * "Page 12", centred in the bottom margin as the page is displayed, where no layout of ours prints
     * anything. A page with a /Rotate entry is displayed turned, so its visual foot is another edge.
     */
    private static void stampPageNumber(PdfContentByte canvas, Rectangle box, int rotation, BaseFont font, int page) {
        float midX = (box.getLeft() + box.getRight()) / 2;
        float midY = (box.getBottom() + box.getTop()) / 2;
        float x;
        float y;
        switch ((rotation % 360 + 360) % 360) {
            case 90 -> {
                x = box.getRight() - STAMP_BASELINE;
                y = midY;
            }
            case 180 -> {
                x = midX;
                y = box.getTop() - STAMP_BASELINE;
            }
            case 270 -> {
                x = box.getLeft() + STAMP_BASELINE;
                y = midY;
            }
            default -> {
                x = midX;
                y = box.getBottom() + STAMP_BASELINE;
            }
        }
        canvas.beginText();
        canvas.setFontAndSize(font, STAMP_SIZE);
        canvas.showTextAligned(Element.ALIGN_CENTER, "Page " + page, x, y, (rotation % 360 + 360) % 360);
        canvas.endText();
    }

    private static Map<String, Object> bookmark(String title, int page) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("Title", title);
        entry.put("Action", "GoTo");
        entry.put("Page", page + " Fit");
        return entry;
    }

    /** A new font object per pack (it collects the glyphs that pack uses), from font bytes read once. */
    private static BaseFont stampFont() {
        try {
            return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    StampFontBytes.BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DejaVu Sans from jasperreports-fonts, loaded on first use. */
    private static final class StampFontBytes {
        static final byte[] BYTES = load();

        private static byte[] load() {
            try (InputStream in = PackAssembler.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("DejaVu Sans is missing: jasperreports-fonts must be on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
