package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * A line that a layout draws as several fields is one paragraph: the Board's attendee lines, a name, an aligned
 * colon and a role, would otherwise be three paragraphs to a screen reader, the colon read on its own. The layout
 * marks each field with its line ({@link ContentMarks}); here the marked elements of a line become the Span
 * elements of one P, and {@link WordBreaks} puts a space between the parts' texts.
 */
public final class LineParts {

    private static final String PREFIX = "packpress-line";

    private final ContentMarks marks = new ContentMarks(PREFIX);

    /** The ActualText that marks a field as a part of a line (lines are numbered in their document). */
    public static String part(Integer line) {
        return PREFIX + " " + line;
    }

    /** Takes a part's mark off a marked-content sequence's properties: the part's line, or null if none. */
    String take(COSDictionary page, COSDictionary properties) {
        return marks.take(page, properties);
    }

    /** Whether {@link #take} found marked parts: only then has the structure lines to gather. */
    boolean found() {
        return marks.found();
    }

    /** Gathers the marked elements below any element of the tree into their lines' paragraphs. */
    void gather(COSDictionary node) {
        marks.gather(node, new ContentMarks.Gatherer() {
            private COSDictionary paragraph;
            private String line;

            @Override
            public void marked(COSDictionary parent, COSArray kids, COSBase kid, COSDictionary element, String mark) {
                if (!mark.equals(line)) {
                    paragraph = TableStructure.container("P", parent);
                    kids.add(paragraph);
                    line = mark;
                }
                element.setItem(COSName.S, COSName.getPDFName("Span"));
                TableStructure.adopt(paragraph, kid, element);
            }

            @Override
            public void runEnds() {
                line = null;
            }
        });
    }
}
