package org.packpress.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.packpress.model.AuthoredReport.ParagraphNumbering;

/**
 * Markdown (CommonMark with GFM tables) as a flat list of typeset {@link Block}s, numbered the way
 * the papers number them.
 *
 * <ul>
 *   <li>Headings of level 1 and 2 are sections; level 3 and deeper are unnumbered sub-headings.</li>
 *   <li>{@code CONTINUOUS}: sections "1", "2"; body paragraphs "1.", "2.", … across the whole paper.</li>
 *   <li>{@code SECTIONED}: sections "1", "2"; paragraphs "1.1", "1.2", restarting in each section
 *       (paragraphs before the first section stay unnumbered).</li>
 *   <li>{@code NONE}: nothing is numbered.</li>
 * </ul>
 * Only body paragraphs are numbered: list items, quotations, captions and code keep their own form.
 * A paragraph starting with a caption label and a number ("Figure 1.", "Table 2:", in the body's wording) directly
 * after an image or a table is its caption.
 * Nested lists: bullets "•", "–", "◦"; numbered lists 1., 2. at the outer level, then a., b., then
 * i., ii.
 */
public final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final String[] BULLETS = {"\u2022", "\u2013", "\u25e6"};

    private MarkdownBlocks() {
    }

    /** Ends a paragraph that takes no number (Pandoc's mark of an unnumbered heading). */
    static final String UNNUMBERED = "{-}";

    /** The blocks of a Markdown text, numbered, with captions opening with one of {@code captionLabels}. */
    public static List<Block> parse(String markdown, ParagraphNumbering numbering, List<String> captionLabels) {
        return number(read(markdown, captionLabels), numbering);
    }

    /** The blocks of a Markdown text, not yet numbered, without captions (a caption is a paragraph). */
    public static List<Block> read(String markdown) {
        return read(markdown, List.of());
    }

    /**
     * The blocks of a Markdown text, not yet numbered; see {@link #number}.
     *
     * @param captionLabels the words that open a caption ("Figure", "Table"), matched ignoring case
     */
    public static List<Block> read(String markdown, List<String> captionLabels) {
        List<Block> blocks = new ArrayList<>();
        Pattern caption = captionPattern(captionLabels);
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            addBlock(node, caption, blocks);
        }
        return blocks;
    }

    /** A label, a number and an optional full stop or colon: "Figure 1.", "Tabl 2:"; null without labels. */
    private static Pattern captionPattern(List<String> labels) {
        List<String> quoted = labels.stream().map(String::strip).filter(l -> !l.isEmpty()).map(Pattern::quote).toList();
        return quoted.isEmpty() ? null : Pattern.compile("^(" + String.join("|", quoted) + ")\\s+\\d+[.:]?(\\s|$).*",
                Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Gives headings and body paragraphs their printed numbers. Lets a document splice blocks of its
     * own (recommendations, standard implications) into a text before numbering the whole.
     */
    public static List<Block> number(List<Block> blocks, ParagraphNumbering numbering) {
        return number(blocks, numbering, true);
    }

    /**
     * Numbers as {@link #number(List, ParagraphNumbering)}; with {@code numberedHeadings} false, continuous
     * numbering leaves the section headings unnumbered (sectioned numbering always numbers them: "2.1" names its
     * section).
     */
    public static List<Block> number(List<Block> blocks, ParagraphNumbering numbering, boolean numberedHeadings) {
        boolean headings = numberedHeadings || numbering == ParagraphNumbering.SECTIONED;
        List<Block> numbered = new ArrayList<>(blocks.size());
        int section = 0;
        int paragraph = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                if (heading.isSection() && numbering != ParagraphNumbering.NONE) {
                    section++;
                    if (numbering == ParagraphNumbering.SECTIONED) {
                        paragraph = 0;
                    }
                    numbered.add(heading.withNumber(headings ? String.valueOf(section) : null));
                } else {
                    numbered.add(heading.withNumber(null));
                }
            } else if (block instanceof Block.Paragraph p && !p.unnumbered()) {
                numbered.add(p.withNumber(paragraphNumber(numbering, section, ++paragraph)));
            } else {
                numbered.add(block);
            }
        }
        return numbered;
    }

    private static String paragraphNumber(ParagraphNumbering numbering, int section, int paragraph) {
        return switch (numbering) {
            case CONTINUOUS -> paragraph + ".";
            case SECTIONED -> section == 0 ? null : section + "." + paragraph;
            case NONE -> null;
        };
    }

    private static void addBlock(Node node, Pattern caption, List<Block> blocks) {
        if (node instanceof Heading heading) {
            String text = StyledText.of(heading);
            blocks.add(new Block.Heading(heading.getLevel(), null, PartLanguage.unmarked(text), PartLanguage.of(text)));
        } else if (node instanceof Paragraph paragraph) {
            addParagraph(paragraph, caption, blocks);
        } else if (node instanceof ListBlock list) {
            addList(list, 1, blocks);
        } else if (node instanceof BlockQuote quote) {
            addQuote(quote, blocks);
        } else if (node instanceof TableBlock table) {
            blocks.add(table(table));
        } else if (node instanceof FencedCodeBlock code) {
            blocks.add(preformatted(code.getLiteral()));
        } else if (node instanceof IndentedCodeBlock code) {
            blocks.add(preformatted(code.getLiteral()));
        } else if (node instanceof HtmlBlock html) {
            blocks.add(new Block.Paragraph(StyledText.escape(html.getLiteral().strip())));
        } else if (!(node instanceof ThematicBreak)) {
            String text = StyledText.of(node);
            if (!text.isEmpty()) {
                blocks.add(new Block.Paragraph(text));
            }
        }
    }

    /**
     * A paragraph may be a lone image, an image followed on the next line by its caption, a caption of
     * the image or table before it, or ordinary text.
     */
    private static void addParagraph(Paragraph paragraph, Pattern caption, List<Block> blocks) {
        Node first = firstContent(paragraph.getFirstChild());
        if (first instanceof Image image) {
            Node rest = firstContent(image.getNext());
            if (rest == null || rest instanceof SoftLineBreak || rest instanceof HardLineBreak) {
                blocks.add(new Block.Image(image.getDestination(), StyledText.plainOf(image)));
                Node after = rest == null ? null : firstContent(rest.getNext());
                if (after != null) {
                    detachUpTo(paragraph, after);
                    addParagraph(paragraph, caption, blocks);
                }
                return;
            }
        }
        String text = StyledText.of(paragraph);
        if (text.isEmpty()) {
            return;
        }
        Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        boolean follows = previous instanceof Block.Image || previous instanceof Block.Table;
        if (follows && caption != null && caption.matcher(StyledText.plain(text)).matches()) {
            blocks.add(new Block.Caption(text));
        } else {
            blocks.add(paragraph(text));
        }
    }

    /** A body paragraph, without the marks at its end ({@value #UNNUMBERED} and a language, in either order). */
    private static Block.Paragraph paragraph(String text) {
        String language = PartLanguage.of(text);
        String rest = PartLanguage.unmarked(text);
        boolean unnumbered = rest.endsWith(UNNUMBERED);
        if (unnumbered) {
            rest = rest.substring(0, rest.length() - UNNUMBERED.length()).strip();
            language = language != null ? language : PartLanguage.of(rest);
            rest = PartLanguage.unmarked(rest);
        }
        return new Block.Paragraph(null, rest, false, unnumbered, language);
    }

    private static Node firstContent(Node node) {
        while (node instanceof Text text && text.getLiteral().isBlank()) {
            node = node.getNext();
        }
        return node;
    }

    private static void detachUpTo(Node parent, Node keepFrom) {
        while (parent.getFirstChild() != keepFrom) {
            parent.getFirstChild().unlink();
        }
    }

    private static void addList(ListBlock list, int depth, List<Block> blocks) {
        int index = list instanceof OrderedList ordered ? startOf(ordered) : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = marker(list, depth, index++);
            List<String> paragraphs = new ArrayList<>();
            List<Node> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock) {
                    nested.add(child);
                } else if (child instanceof Paragraph || child instanceof Heading) {
                    paragraphs.add(StyledText.of(child));
                } else if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock) {
                    paragraphs.add(monospace(literalOf(child)));
                } else {
                    paragraphs.add(StyledText.escape(literalOf(child)));
                }
            }
            String text = String.join(StyledText.LINE_BREAK, paragraphs);
            blocks.add(new Block.ListItem(depth, marker, PartLanguage.unmarked(text), PartLanguage.of(text)));
            for (Node sublist : nested) {
                addList((ListBlock) sublist, depth + 1, blocks);
            }
        }
    }

    private static int startOf(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    private static String marker(ListBlock list, int depth, int index) {
        if (list instanceof BulletList) {
            return BULLETS[(depth - 1) % BULLETS.length];
        }
        return switch (depth) {
            case 1 -> index + ".";
            case 2 -> ListNumbers.letter(index) + ".";
            case 3 -> ListNumbers.roman(index) + ".";
            default -> index + ".";
        };
    }

    private static void addQuote(BlockQuote quote, List<Block> blocks) {
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote inner) {
                addQuote(inner, blocks);
            } else if (child instanceof ListBlock list) {
                addList(list, 1, blocks);
            } else if (child instanceof Paragraph || child instanceof Heading) {
                String text = StyledText.of(child);
                blocks.add(new Block.Quote(PartLanguage.unmarked(text), PartLanguage.of(text)));
            } else {
                blocks.add(new Block.Quote(StyledText.escape(literalOf(child))));
            }
        }
    }

    private static Block.Table table(TableBlock table) {
        List<String> header = new ArrayList<>();
        List<Block.Alignment> alignments = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(StyledText.of(cell));
                    if (section instanceof TableHead) {
                        alignments.add(alignment(((TableCell) cell).getAlignment()));
                    }
                }
                if (section instanceof TableHead) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        int columns = alignments.size();
        rows.replaceAll(cells -> padded(cells, columns));
        return new Block.Table(header, rows, alignments);
    }

    private static List<String> padded(List<String> cells, int columns) {
        List<String> row = new ArrayList<>(cells.subList(0, Math.min(columns, cells.size())));
        while (row.size() < columns) {
            row.add("");
        }
        return row;
    }

    private static Block.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Block.Alignment.LEFT;
        }
        return switch (alignment) {
            case CENTER -> Block.Alignment.CENTER;
            case RIGHT -> Block.Alignment.RIGHT;
            default -> Block.Alignment.LEFT;
        };
    }

    private static Block.Preformatted preformatted(String literal) {
        return new Block.Preformatted(monospace(literal.stripTrailing()));
    }

    private static String monospace(String literal) {
        return "<font face=\"" + StyledText.MONOSPACE_FONT + "\">" + StyledText.escape(literal.stripTrailing()) + "</font>";
    }

    private static String literalOf(Node node) {
        if (node instanceof FencedCodeBlock code) {
            return code.getLiteral();
        }
        if (node instanceof IndentedCodeBlock code) {
            return code.getLiteral();
        }
        if (node instanceof HtmlBlock html) {
            return html.getLiteral();
        }
        if (node instanceof Code code) {
            return code.getLiteral();
        }
        return StyledText.plainOf(node);
    }
}
