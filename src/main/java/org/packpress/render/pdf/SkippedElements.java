package org.packpress.render.pdf;

import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Elements a screen reader should skip become artifacts: they are taken out of the structure tree and their
 * content is marked as an Artifact ({@link ArtifactMarker}).
 * <ul>
 * <li>Decorative images. Layouts give every image that shows something its alternative text (a report's
 * Markdown alt text, a chart's description of its data); an image given none was marked decorative by its
 * author ({@code ![decorative](file)}).</li>
 * <li>JasperReports' page anchors: an element at the top of every page, holding an empty text, that would be
 * an empty paragraph. The outline's destinations are pages, not these elements.</li>
 * </ul>
 */
final class SkippedElements {

    /** The structure type JasperReports gives its page anchors. */
    private static final String PAGE_ANCHOR = "Anchor";


    private final Map<String, Object> roles;
    private final UntaggedContent untagged;

    private SkippedElements(Map<String, Object> roles, UntaggedContent untagged) {
        this.roles = roles;
        this.untagged = untagged;
    }

    /** Removes every element to skip from the structure tree, noting it in {@code untagged}. */
    static void untag(COSDictionary structureTreeRoot, Map<String, Object> roles, UntaggedContent untagged) {
        new SkippedElements(roles, untagged).prune(structureTreeRoot);
    }

    private void prune(COSDictionary node) {
        if (!(node.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
            if (node.getDictionaryObject(COSName.K) instanceof COSDictionary only && isSkipped(only)) {
                untagged.take(only);
                node.removeItem(COSName.K);
            } else if (node.getDictionaryObject(COSName.K) instanceof COSDictionary only) {
                prune(only);
            }
            return;
        }
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (kids.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
                if (isSkipped(kid)) {
                    untagged.take(kid);
                    kids.remove(i);
                } else {
                    prune(kid);
                }
            }
        }
    }

    private boolean isSkipped(COSDictionary element) {
        String written = element.getNameAsString(COSName.S);
        if (PAGE_ANCHOR.equals(written)) {
            return true;
        }
        Object type = roles.getOrDefault(written, written);
        String alt = element.getString(COSName.ALT);
        return "Figure".equals(type) && (alt == null || alt.isBlank());
    }
}
