package org.packpress.render.pdf;

import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Decorative images become artifacts. Layouts give every image that shows something its alternative text
 * (a report's Markdown alt text, a chart's description of its data); an image given none was marked
 * decorative by its author ({@code ![decorative](file)}), so its Figure is taken out of the structure tree and
 * its content is marked as an Artifact ({@link ArtifactMarker}), which screen readers skip.
 */
final class DecorativeFigures {

    private final Map<String, Object> roles;
    private final UntaggedContent untagged;

    private DecorativeFigures(Map<String, Object> roles, UntaggedContent untagged) {
        this.roles = roles;
        this.untagged = untagged;
    }

    /** Removes every Figure without alternative text from the structure tree, noting it in {@code untagged}. */
    static void untag(COSDictionary structureTreeRoot, Map<String, Object> roles, UntaggedContent untagged) {
        new DecorativeFigures(roles, untagged).prune(structureTreeRoot);
    }

    private void prune(COSDictionary node) {
        if (!(node.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
            if (node.getDictionaryObject(COSName.K) instanceof COSDictionary only && isDecorative(only)) {
                untagged.take(only);
                node.removeItem(COSName.K);
            } else if (node.getDictionaryObject(COSName.K) instanceof COSDictionary only) {
                prune(only);
            }
            return;
        }
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (kids.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
                if (isDecorative(kid)) {
                    untagged.take(kid);
                    kids.remove(i);
                } else {
                    prune(kid);
                }
            }
        }
    }

    private boolean isDecorative(COSDictionary element) {
        String written = element.getNameAsString(COSName.S);
        Object type = roles.getOrDefault(written, written);
        String alt = element.getString(COSName.ALT);
        return "Figure".equals(type) && (alt == null || alt.isBlank());
    }
}
