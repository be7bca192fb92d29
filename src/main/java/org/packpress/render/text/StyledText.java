package org.packpress.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Inline Markdown (bold, italic, code, links, line breaks) as JasperReports styled text, the markup a
 * text field declares with {@code markup="styled"}. Everything the user wrote is escaped first, so
 * {@code <b>} or {@code &amp;} in a report prints literally; the only tags in the result are the ones
 * produced here. Links become {@code <a href>} runs, which the PDF exporter turns into clickable
 * links (only http, https and mailto addresses; other targets print as plain text).
 */
public final class StyledText {

    /** The fixed-width face used for {@code code} and code blocks; embedded by jasperreports-fonts. */
    public static final String MONOSPACE_FONT = "DejaVu Sans Mono";
    static final String LINE_BREAK = "<br/>";
    private static final String LINK_COLOUR = "#0B4F9C";
    private static final Pattern LINKABLE = Pattern.compile("^(https?:|mailto:).+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private StyledText() {
    }

    /**
     * A short Markdown text (a table cell, a resolution, a tracker note) as one piece of styled text.
     * Paragraphs and list items are separated by line breaks; list items keep a bullet.
     */
    public static String inline(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (Block block : MarkdownBlocks.read(markdown)) {
            lines.add(asLine(block));
        }
        return String.join(LINE_BREAK, lines);
    }

    /** Plain text made safe to embed in styled text: it prints exactly as given. */
    public static String escape(String plain) {
        if (plain == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(plain.length() + 16);
        plain.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append(' ');
                case '\n' -> out.append('\n');
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The text a reader sees in a piece of styled text produced here (tags removed, entities resolved). */
    public static String plain(String styled) {
        String text = TAG.matcher(styled.replace(LINE_BREAK, "\n")).replaceAll("");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Styled text wrapped in bold. */
    public static String bold(String styled) {
        return styled.isEmpty() ? styled : "<b>" + styled + "</b>";
    }

    /** Styled text set in a size of its own (points), for a statement that must stand out. */
    public static String sized(String styled, int points) {
        return styled.isEmpty() ? styled : "<style size=\"" + points + "\">" + styled + "</style>";
    }

    /** Styled text wrapped in italics. */
    public static String italic(String styled) {
        return styled.isEmpty() ? styled : "<i>" + styled + "</i>";
    }

    /** The inline children of a Markdown node as styled text. */
    static String of(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out);
        }
        return out.toString().strip();
    }

    /** The plain text of a node's inline children, for captions and alternative text. */
    static String plainOf(Node parent) {
        return plain(of(parent));
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Text text) {
            out.append(escape(text.getLiteral()));
        } else if (node instanceof StrongEmphasis) {
            out.append("<b>").append(of(node)).append("</b>");
        } else if (node instanceof Emphasis) {
            out.append("<i>").append(of(node)).append("</i>");
        } else if (node instanceof Code code) {
            out.append("<font face=\"").append(MONOSPACE_FONT).append("\">")
                    .append(escape(code.getLiteral())).append("</font>");
        } else if (node instanceof Link link) {
            appendLink(link, out);
        } else if (node instanceof Image image) {
            out.append(escape(plainOf(image)));
        } else if (node instanceof SoftLineBreak) {
            out.append(' ');
        } else if (node instanceof HardLineBreak) {
            out.append(LINE_BREAK);
        } else if (node instanceof HtmlInline html) {
            out.append(escape(html.getLiteral()));
        } else {
            out.append(of(node));
        }
    }

    private static void appendLink(Link link, StringBuilder out) {
        String label = of(link);
        String target = link.getDestination() == null ? "" : link.getDestination().strip();
        if (label.isEmpty()) {
            label = escape(target);
        }
        if (!LINKABLE.matcher(target).matches()) {
            out.append(label);
            return;
        }
        out.append("<a type=\"Reference\" href=\"").append(escape(target)).append("\">")
                .append("<font color=\"").append(LINK_COLOUR).append("\"><u>")
                .append(label).append("</u></font></a>");
    }

    private static String asLine(Block block) {
        if (block instanceof Block.Heading h) {
            return bold(h.text());
        }
        if (block instanceof Block.Paragraph p) {
            return p.strong() ? bold(p.text()) : p.text();
        }
        if (block instanceof Block.ListItem item) {
            return "\u00a0\u00a0".repeat(item.depth() - 1) + item.marker() + " " + item.text();
        }
        if (block instanceof Block.Table table) {
            return String.join(" | ", table.header());
        }
        if (block instanceof Block.Image image) {
            return escape(image.description());
        }
        if (block instanceof Block.Caption caption) {
            return caption.text();
        }
        if (block instanceof Block.Quote quote) {
            return quote.text();
        }
        return ((Block.Preformatted) block).text();
    }
}
