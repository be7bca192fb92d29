package org.packpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads what a member would see in a generated PDF: text per page, outline, page labels. Tests
 * assert on these, never merely on a file's existence.
 */
public final class PdfInspection implements AutoCloseable {

    /** An outline entry: its title, the 1-based page it opens, and its children. */
    public record OutlineEntry(String title, int page, List<OutlineEntry> children) {
    }

    private final PDDocument document;

    private PdfInspection(PDDocument document) {
        this.document = document;
    }

    public static PdfInspection open(Path pdf) {
        try {
            return new PdfInspection(Loader.loadPDF(pdf.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF: " + pdf, e);
        }
    }

    public PDDocument document() {
        return document;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Text of one page (1-based), in reading order. */
    public String pageText(int page) {
        return text(page, page);
    }

    public String text() {
        return text(1, pageCount());
    }

    public String text(int fromPage, int toPage) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(fromPage);
            stripper.setEndPage(toPage);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page label of each page (1-based index 0 = page 1), or empty if the PDF has none. */
    public List<String> pageLabels() {
        try {
            PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
            if (labels == null) {
                return List.of();
            }
            return List.of(labels.getLabelsByPageIndices());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<OutlineEntry> outline() {
        var outline = document.getDocumentCatalog().getDocumentOutline();
        return outline == null ? List.of() : children(outline);
    }

    private List<OutlineEntry> children(PDOutlineNode node) {
        List<OutlineEntry> entries = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            entries.add(new OutlineEntry(item.getTitle(), pageOf(item), children(item)));
        }
        return entries;
    }

    private int pageOf(PDOutlineItem item) {
        try {
            PDPage page = item.findDestinationPage(document);
            if (page == null && item.getDestination() instanceof PDPageDestination destination) {
                return destination.retrievePageNumber() + 1;
            }
            return page == null ? -1 : document.getPages().indexOf(page) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run of text on a page with the position of its first glyph (PDF user space, y from the top). */
    public record Word(String text, float x, float y) {
    }

    /** The runs of text of one page (1-based), as the text extractor groups them. */
    public List<Word> words(int page) {
        List<Word> words = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    splitAtColumnGaps(positions).forEach(part -> {
                        String partText = part.stream().map(org.apache.pdfbox.text.TextPosition::getUnicode)
                                .collect(java.util.stream.Collectors.joining());
                        if (!partText.isBlank()) {
                            var first = part.get(0);
                            words.add(new Word(partText.strip(), first.getXDirAdj(), first.getYDirAdj()));
                        }
                    });
                }
            };
            readInPositionOrder(page, stripper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * A line's text cut where a space that ends a wrapped line (drawn, as a tagged PDF's word breaks should be) is
     * followed by a column's gap: PDFBox would read "TACKLING 14:40" across a table's cells as one piece.
     */
    private static List<List<org.apache.pdfbox.text.TextPosition>> splitAtColumnGaps(
            List<org.apache.pdfbox.text.TextPosition> positions) {
        List<List<org.apache.pdfbox.text.TextPosition>> parts = new ArrayList<>();
        List<org.apache.pdfbox.text.TextPosition> part = new ArrayList<>();
        org.apache.pdfbox.text.TextPosition previous = null;
        for (org.apache.pdfbox.text.TextPosition position : positions) {
            if (previous != null && previous.getUnicode().isBlank()
                    && position.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > previous.getWidthDirAdj()) {
                parts.add(part);
                part = new ArrayList<>();
            }
            part.add(position);
            previous = position;
        }
        parts.add(part);
        return parts;
    }

    /**
     * A run of text set in one font at one size, with the position of its first glyph.
     *
     * @param font the font's name without its subset prefix ("LiberationSans-Bold")
     */
    public record Run(String text, String font, float size, float x, float y) {
    }

    /** The runs of text of one page (1-based), each in one font and size. */
    public List<Run> runs(int page) {
        List<Run> runs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    StringBuilder run = new StringBuilder();
                    org.apache.pdfbox.text.TextPosition first = null;
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        if (first != null && (!p.getFont().getName().equals(first.getFont().getName())
                                || Math.abs(p.getXScale() - first.getXScale()) > 0.01)) {
                            add(run.toString(), first);
                            run.setLength(0);
                            first = null;
                        }
                        first = first == null ? p : first;
                        run.append(p.getUnicode());
                    }
                    if (first != null) {
                        add(run.toString(), first);
                    }
                }

                private void add(String text, org.apache.pdfbox.text.TextPosition first) {
                    if (!text.isBlank()) {
                        runs.add(new Run(text.strip(), first.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""),
                                Math.round(first.getXScale() * 100) / 100f, first.getXDirAdj(), first.getYDirAdj()));
                    }
                }
            };
            readInPositionOrder(page, stripper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    /** Runs a stripper over one page (1-based), its text in position order. */
    private void readInPositionOrder(int page, PDFTextStripper stripper) throws IOException {
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
    }

    /** The URIs of link annotations and the pages (1-based) that GoTo links on a page jump to. */
    public List<Integer> linkTargets(int page) {
        List<Integer> targets = new ArrayList<>();
        try {
            for (var annotation : document.getPage(page - 1).getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo
                        && goTo.getDestination() instanceof PDPageDestination destination) {
                    targets.add(destination.retrievePageNumber() + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return targets;
    }

    /** A link inside the document: its description (Contents) and the page (1-based) it lands on. */
    public record InternalLink(String description, int target) {
    }

    /** Every link on a page (1-based) that jumps to a page of this document, by destination or GoTo action. */
    public List<InternalLink> internalLinks(int page) {
        List<InternalLink> links = new ArrayList<>();
        try {
            for (var annotation : document.getPage(page - 1).getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                    var destination = link.getDestination();
                    if (destination == null && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
                        destination = goTo.getDestination();
                    }
                    if (destination instanceof PDPageDestination target) {
                        int index = target.getPage() != null ? document.getPages().indexOf(target.getPage())
                                : target.retrievePageNumber();
                        links.add(new InternalLink(link.getContents(), index + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return links;
    }

    public String title() {
        return document.getDocumentInformation().getTitle();
    }

    public String subject() {
        return document.getDocumentInformation().getSubject();
    }

    public String author() {
        return document.getDocumentInformation().getAuthor();
    }

    public String language() {
        return document.getDocumentCatalog().getLanguage();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
