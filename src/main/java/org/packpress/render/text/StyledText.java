package org.packpress.render.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Short Markdown (a table cell, an agenda description) as JasperReports "styled" markup. User text is
 * always escaped, so markup-like input prints literally.
 */
public final class StyledText {

    private static final Parser PARSER = Parser.builder().build();

    private StyledText() {
    }

    /** Markdown inline formatting (bold, italic, code, links) of one or more paragraphs. */
    public static String inline(String markdown) {
        if (markdown == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        PARSER.parse(markdown.strip()).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(Text text) {
                out.append(escape(text.getLiteral()));
            }

            @Override
            public void visit(Code code) {
                out.append("<style fontName=\"DejaVu Sans Mono\">").append(escape(code.getLiteral())).append("</style>");
            }

            @Override
            public void visit(StrongEmphasis strong) {
                wrap(strong, "<style isBold=\"true\">");
            }

            @Override
            public void visit(Emphasis emphasis) {
                wrap(emphasis, "<style isItalic=\"true\">");
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append('\n');
            }

            private void wrap(Node node, String open) {
                out.append(open);
                visitChildren(node);
                out.append("</style>");
            }
        });
        return out.toString();
    }

    /** Plain text in bold. */
    public static String bold(String plainText) {
        return "<style isBold=\"true\">" + escape(plainText) + "</style>";
    }

    /** Already styled text in italics. */
    public static String italic(String styledText) {
        return "<style isItalic=\"true\">" + styledText + "</style>";
    }

    /** Plain text made safe for styled markup. */
    public static String escape(String plainText) {
        return plainText.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
