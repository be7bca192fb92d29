package org.packpress.documents.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.packpress.render.text.Block;
import org.packpress.render.text.MarkdownBlocks;
import org.packpress.render.text.StyledText;

/**
 * Markdown of a minute, a resolution or a note as rows: paragraphs, (nested) list items, and tables (a recorded
 * vote) with their captions.
 */
final class MarkdownRows {

    private MarkdownRows() {
    }

    /**
     * @param captionLabels the words that open a table's caption (the body's {@code caption-labels})
     * @param tables the row that prints a table (its layout and data, numbered in the document)
     */
    static List<PaperRow> of(String markdown, List<String> captionLabels, Function<Block.Table, PaperRow> tables) {
        List<PaperRow> rows = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return rows;
        }
        for (Block block : MarkdownBlocks.read(markdown, captionLabels)) {
            PaperRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (block instanceof Block.Table table) {
                rows.add(tables.apply(table));
            } else if (block instanceof Block.Caption caption && last != null && last.takesCaption()) {
                last.setCaption(caption.text());
            } else if (block instanceof Block.ListItem item) {
                rows.add(PaperRow.item(item.marker(), item.text(), item.depth() - 1).inLanguage(item.language()));
            } else if (block instanceof Block.Heading heading) {
                rows.add(PaperRow.paragraph(StyledText.bold(heading.text()), 0).inLanguage(heading.language()));
            } else if (block instanceof Block.Paragraph paragraph) {
                rows.add(PaperRow.paragraph(paragraph.strong() ? StyledText.bold(paragraph.text()) : paragraph.text(), 0)
                        .inLanguage(paragraph.language()));
            } else if (block instanceof Block.Quote quote) {
                rows.add(PaperRow.paragraph(plainMarkdown(block), 0).inLanguage(quote.language()));
            } else {
                rows.add(PaperRow.paragraph(plainMarkdown(block), 0));
            }
        }
        return rows;
    }

    /** Rare blocks in minutes (quotes, code, an image's description) print as plain lines. */
    private static String plainMarkdown(Block block) {
        if (block instanceof Block.Quote quote) {
            return StyledText.escape(StyledText.plain(quote.text()));
        }
        if (block instanceof Block.Caption caption) {
            return StyledText.escape(StyledText.plain(caption.text()));
        }
        if (block instanceof Block.Image image) {
            return StyledText.escape(image.description());
        }
        return StyledText.escape(StyledText.plain(((Block.Preformatted) block).text()));
    }
}
