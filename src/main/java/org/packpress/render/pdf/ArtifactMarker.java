package org.packpress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Marks what a page draws outside any tag as an Artifact: JasperReports tags text and images but
 * leaves lines, rectangles, cell borders and backgrounds untagged, which PDF/UA forbids. A run of
 * untagged operators is wrapped in {@code /Artifact BMC … EMC}; a run never straddles the start or end
 * of a text object, so marked content stays properly nested.
 */
final class ArtifactMarker {

    /** Operators that put something on the page. */
    private static final Set<String> MARKING = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do",
            "Tj", "TJ", "'", "\"", "BI");
    private static final Set<String> BEGIN_MARKED = Set.of("BDC", "BMC");
    /** The operators that show text. */
    private static final Set<String> SHOWING = Set.of("Tj", "TJ", "'", "\"");

    private final List<Object> written = new ArrayList<>();
    private final List<Object> pending = new ArrayList<>();
    private boolean pendingMarks;
    private boolean pendingOpensText;
    private int depth;

    private final Set<Integer> decorative;
    private final LayoutMarks marks;
    private final COSDictionary page;
    private final WordBreaks wordBreaks;
    /** The depth of the marked content of a line's part being written, or 0. */
    private int partDepth;
    /** The line of the last part written ({@link LineParts}). */
    private String lastLine;
    /** Where the outermost tagged marked content being written begins in {@link #written}, and its MCID or -1. */
    private int openedAt;
    private int openedMcid = -1;
    /** Whether that content has drawn anything yet. */
    private boolean drawn;
    private final UntaggedContent untagged;

    private ArtifactMarker(UntaggedContent untagged, LayoutMarks marks, PDPage page) {
        this.decorative = untagged.on(page.getCOSObject());
        this.untagged = untagged;
        this.marks = marks;
        this.page = page.getCOSObject();
        this.wordBreaks = new WordBreaks(page.getResources());
    }

    /**
     * Rewrites the page's content as one stream with every untagged run marked as Artifact, and the
     * marked content taken out of the structure ({@link UntaggedContent}: decorative figures, repeated table
     * headers) too; tagged content that draws nothing becomes an Artifact as well, noted in {@code untagged} for its
     * element to leave the structure;
     * the layouts' marks (table cells, list items, parts of lines, captions) are handed to {@code marks} and taken
     * off the content, and the spaces that end lines and parts of lines are added ({@link WordBreaks}).
     */
    static void markUntagged(PDDocument document, PDPage page, UntaggedContent untagged, LayoutMarks marks)
            throws IOException {
        ArtifactMarker marker = new ArtifactMarker(untagged, marks, page);
        List<Object> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator) {
                marker.accept(operands, operator);
                operands = new ArrayList<>();
            } else {
                operands.add(token);
            }
        }
        marker.flush();
        if (!marker.changed && !marker.wordBreaks.changed()) {
            return;
        }
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(marker.written);
        }
        page.setContents(stream);
    }

    private boolean changed;

    private void accept(List<Object> operands, Operator operator) {
        String name = operator.getName();
        boolean layoutMark = BEGIN_MARKED.contains(name) && operands.size() == 2
                && operands.get(1) instanceof COSDictionary properties && properties.containsKey(COSName.ACTUAL_TEXT);
        boolean repeatedHeader = layoutMark && takeMarks((COSDictionary) operands.get(1));
        if ("EMC".equals(name) && partDepth > 0 && depth == partDepth) {
            wordBreaks.partEnds();
            partDepth = 0;
        }
        wordBreaks.accept(operands, name);
        if (depth > 0) {
            emit(written, operands, operator);
            drawn |= draws(operands, name);
            depth += BEGIN_MARKED.contains(name) ? 1 : "EMC".equals(name) ? -1 : 0;
            if (depth == 0) {
                closeTagged();
            }
            return;
        }
        if (BEGIN_MARKED.contains(name) && (repeatedHeader || isDecorative(operands))) {
            flush();
            written.add(COSName.ARTIFACT);
            written.add(Operator.getOperator("BMC"));
            changed = true;
            depth++;
        } else if (BEGIN_MARKED.contains(name)) {
            flush();
            openedAt = written.size();
            openedMcid = layoutMark ? -1 : mcid(operands);
            drawn = false;
            emit(written, operands, operator);
            depth++;
        } else if ("BT".equals(name)) {
            flush();
            emit(pending, operands, operator);
            pendingOpensText = true;
        } else if ("ET".equals(name) && pendingOpensText) {
            emit(pending, operands, operator);
            pendingOpensText = false;
            flush();
        } else if ("ET".equals(name)) {
            flush();
            emit(written, operands, operator);
        } else {
            emit(pending, operands, operator);
            pendingMarks |= MARKING.contains(name);
        }
    }

    /** Writes the pending run, as an Artifact if it draws anything. */
    private void flush() {
        List<Object> run = new ArrayList<>(pending);
        pending.clear();
        if (pendingOpensText) {
            // the text object goes on past this run (into tagged content): BT stays outside the artifact
            written.add(run.remove(0));
            pendingOpensText = false;
        }
        if (pendingMarks && !run.isEmpty()) {
            written.add(COSName.ARTIFACT);
            written.add(Operator.getOperator("BMC"));
            written.addAll(run);
            written.add(Operator.getOperator("EMC"));
            changed = true;
        } else {
            written.addAll(run);
        }
        pendingMarks = false;
    }

    /**
     * Hands the layouts' marks on a marked-content sequence's properties to {@link #marks}, which takes them off:
     * whether the content is a table's header row printed again.
     */
    private boolean takeMarks(COSDictionary properties) {
        boolean repeatedHeader = marks.cells().take(page, properties);
        marks.lists().take(page, properties);
        marks.captions().take(page, properties);
        marks.languages().take(page, properties);
        String line = marks.lines().take(page, properties);
        if (line != null) {
            wordBreaks.partBegins(line.equals(lastLine));
            lastLine = line;
            partDepth = depth + 1;
        }
        changed |= !properties.containsKey(COSName.ACTUAL_TEXT);
        return repeatedHeader;
    }

    /**
     * The end of a tagged marked-content sequence: one that drew nothing (JasperReports' blank line in a text,
     * an empty string shown) becomes an Artifact, noted so that its element leaves the structure.
     * Content carrying a layout's mark stays (an empty table cell keeps its place in its row).
     */
    private void closeTagged() {
        if (!drawn && openedMcid >= 0) {
            List<Object> opening = written.subList(openedAt, openedAt + 3);
            opening.clear();
            opening.add(COSName.ARTIFACT);
            opening.add(Operator.getOperator("BMC"));
            untagged.noteEmpty(page, openedMcid);
            changed = true;
        }
        openedMcid = -1;
    }

    /** Whether an operator inside marked content puts anything on the page (an empty string shows nothing). */
    private static boolean draws(List<Object> operands, String name) {
        if (!MARKING.contains(name)) {
            return false;
        }
        if (!SHOWING.contains(name)) {
            return true;
        }
        Object shown = operands.isEmpty() ? null : operands.get(operands.size() - 1);
        if (shown instanceof COSString string) {
            return string.getBytes().length > 0;
        }
        if (shown instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSString string && string.getBytes().length > 0) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static int mcid(List<Object> operands) {
        return operands.size() == 2 && operands.get(1) instanceof COSDictionary properties
                && properties.containsKey(COSName.MCID) ? properties.getInt(COSName.MCID) : -1;
    }

    private boolean isDecorative(List<Object> operands) {
        return operands.size() == 2 && operands.get(1) instanceof COSDictionary properties
                && properties.containsKey(COSName.MCID) && decorative.contains(properties.getInt(COSName.MCID));
    }

    private static void emit(List<Object> into, List<Object> operands, Operator operator) {
        into.addAll(operands);
        into.add(operator);
    }
}
