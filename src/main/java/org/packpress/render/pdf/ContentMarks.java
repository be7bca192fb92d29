package org.packpress.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;

/**
 * Marks that a layout gives a text element, for a structure JasperReports' own tags cannot carry (table cells,
 * list items): the mark travels through the export as the ActualText of the element's marked content,
 * {@code "<prefix> <mark>"}; here it is taken off the content again and kept by page and MCID, so that the
 * structure element holding that content can be found by it.
 */
final class ContentMarks {

    /** Between marks of different kinds; no mark holds it, and PDFDocEncoding, which carries ActualText, has it. */
    private static final String SEPARATOR = "|";

    private final String prefix;
    private final Map<COSDictionary, Map<Integer, String>> byPage = new IdentityHashMap<>();

    ContentMarks(String prefix) {
        this.prefix = prefix + " ";
    }

    /** The ActualText that carries a mark: for a layout's property expression, around a Java expression. */
    static String expression(String prefix, String mark) {
        return "\"" + prefix + " \" + (" + mark + ")";
    }

    /** One ActualText carrying two marks of different kinds (a list item's body in another language). */
    static String both(String first, String second) {
        return first + SEPARATOR + second;
    }

    /** Takes a mark of this kind off a marked-content sequence's properties: the mark, or null if none. */
    String take(COSDictionary page, COSDictionary properties) {
        String text = properties.getString(COSName.ACTUAL_TEXT);
        if (text == null) {
            return null;
        }
        List<String> marks = new ArrayList<>(List.of(text.split(Pattern.quote(SEPARATOR))));
        String found = marks.stream().filter(m -> m.startsWith(prefix)).findFirst().orElse(null);
        if (found == null) {
            return null;
        }
        marks.remove(found);
        if (marks.isEmpty()) {
            properties.removeItem(COSName.ACTUAL_TEXT);
        } else {
            properties.setString(COSName.ACTUAL_TEXT, String.join(SEPARATOR, marks));
        }
        String mark = found.substring(prefix.length());
        if (properties.containsKey(COSName.MCID)) {
            byPage.computeIfAbsent(page, p -> new HashMap<>()).put(properties.getInt(COSName.MCID), mark);
        }
        return mark;
    }

    /** Whether any content carried a mark of this kind. */
    boolean found() {
        return !byPage.isEmpty();
    }

    /** What becomes of the marked elements met by {@link #gather}. */
    interface Gatherer {

        /**
         * A marked element, {@code kid} the reference to it among its parent's kids: placed into new elements,
         * which go into the parent's new {@code kids}.
         */
        void marked(COSDictionary parent, COSArray kids, COSBase kid, COSDictionary element, String mark);

        /** Any other kid, which ends a run of marked ones. */
        void runEnds();
    }

    /** Rebuilds the kids of {@code node} and of every element below it, the marked ones placed by {@code gatherer}. */
    void gather(COSDictionary node, Gatherer gatherer) {
        if (!(node.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
            return;
        }
        COSArray gathered = new COSArray();
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.get(i);
            COSDictionary element = kids.getObject(i) instanceof COSDictionary d && d.containsKey(COSName.S) ? d : null;
            String mark = element == null ? null : of(element);
            if (mark != null) {
                gatherer.marked(node, gathered, kid, element, mark);
            } else {
                gatherer.runEnds();
                gathered.add(kid);
                if (element != null) {
                    gather(element, gatherer);
                }
            }
        }
        gatherer.runEnds();
        node.setItem(COSName.K, gathered);
    }

    /** The mark of a structure element's (first) marked content, or null. */
    String of(COSDictionary element) {
        COSBase content = element.getDictionaryObject(COSName.K);
        if (content instanceof COSArray parts && parts.size() > 0) {
            content = parts.getObject(0);
        }
        COSDictionary page = element.getCOSDictionary(COSName.PG);
        if (content instanceof COSDictionary reference && reference.containsKey(COSName.MCID)) {
            page = reference.containsKey(COSName.PG) ? reference.getCOSDictionary(COSName.PG) : page;
            content = reference.getDictionaryObject(COSName.MCID);
        }
        if (!(content instanceof COSInteger mcid) || page == null) {
            return null;
        }
        return byPage.getOrDefault(page, Map.of()).get(mcid.intValue());
    }
}
