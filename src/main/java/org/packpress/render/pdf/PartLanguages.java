package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Passages in another language than the document's ({@link org.packpress.render.text.PartLanguage}): the layout
 * marks such a text ({@link ContentMarks}), and the structure element holding it gets the language as its
 * {@code /Lang}, which screen readers switch voice on.
 */
public final class PartLanguages {

    private static final String PREFIX = "packpress-lang";

    private final ContentMarks marks = new ContentMarks(PREFIX);

    /** The ActualText that marks a layout's text as in the language {@code tag}; null for the document's own. */
    public static String mark(String tag) {
        return tag == null ? null : PREFIX + " " + tag;
    }

    /** A text field's other mark ({@link ListItems#body}) with the language's, when it has one. */
    public static String mark(String other, String tag) {
        return tag == null ? other : ContentMarks.both(other, mark(tag));
    }

    /** Takes a language's mark off a marked-content sequence's properties, noting it for the page. */
    void take(COSDictionary page, COSDictionary properties) {
        marks.take(page, properties);
    }

    /** Gives every element below {@code node} whose content is marked its language. */
    void tag(COSDictionary node) {
        if (!marks.found() || !(node.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
            return;
        }
        for (int i = 0; i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary element && element.containsKey(COSName.S)) {
                String language = marks.of(element);
                if (language != null) {
                    element.setString(COSName.LANG, language);
                }
                tag(element);
            }
        }
    }
}
