package org.packpress.documents.minutes;

import java.util.ArrayList;
import java.util.List;
import org.packpress.render.text.Block;
import org.packpress.render.text.MarkdownBlocks;
import org.packpress.render.text.StyledText;

/** Markdown of a minute, a resolution or a note as rows: paragraphs and (nested) list items. */
final class MarkdownRows {

    private MarkdownRows() {
    }

    static List<PaperRow> of(String markdown) {
        List<PaperRow> rows = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return rows;
        }
        for (Block block : MarkdownBlocks.read(markdown)) {
            if (block instanceof Block.ListItem item) {
                rows.add(PaperRow.item(item.marker(), item.text(), item.depth() - 1));
            } else if (block instanceof Block.Heading heading) {
                rows.add(PaperRow.paragraph(StyledText.bold(heading.text()), 0));
            } else if (block instanceof Block.Paragraph paragraph) {
                rows.add(PaperRow.paragraph(paragraph.strong() ? StyledText.bold(paragraph.text()) : paragraph.text(), 0));
            } else {
                rows.add(PaperRow.paragraph(plainMarkdown(block), 0));
            }
        }
        return rows;
    }

    /** Rare blocks in minutes (tables, quotes, code) print as plain lines. */
    private static String plainMarkdown(Block block) {
        if (block instanceof Block.Table table) {
            List<String> lines = new ArrayList<>();
            lines.add(String.join(" | ", table.header()));
            table.rows().forEach(r -> lines.add(String.join(" | ", r)));
            return StyledText.escape(StyledText.plain(String.join("\n", lines)));
        }
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
