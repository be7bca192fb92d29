package org.packpress.render.pdf;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;

/**
 * Decorative images become artifacts. Layouts give every image that shows something its alternative text
 * (a report's Markdown alt text, a chart's description of its data); an image given none was marked
 * decorative by its author ({@code ![decorative](file)}), so its Figure is taken out of the structure tree and
 * its content is marked as an Artifact ({@link ArtifactMarker}), which screen readers skip.
 */
final class DecorativeFigures {

    private final Map<String, Object> roles;
    /** Per page, the marked-content ids of the decorative figures drawn on it. */
    private final Map<COSDictionary, Set<Integer>> contentByPage = new IdentityHashMap<>();
    private final Set<COSDictionary> removed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private DecorativeFigures(Map<String, Object> roles) {
        this.roles = roles;
    }

    /**
     * Removes every Figure without alternative text from the structure tree (and its parent tree).
     *
     * @return per page dictionary, the marked-content ids whose content is now decorative
     */
    static Map<COSDictionary, Set<Integer>> untag(COSDictionary structureTreeRoot, Map<String, Object> roles) {
        DecorativeFigures figures = new DecorativeFigures(roles);
        figures.prune(structureTreeRoot);
        if (!figures.removed.isEmpty()
                && structureTreeRoot.getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary parentTree) {
            ParentTree.forget(parentTree, figures.removed);
        }
        return figures.contentByPage;
    }

    private void prune(COSDictionary node) {
        if (!(node.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
            if (node.getDictionaryObject(COSName.K) instanceof COSDictionary only && isDecorative(only)) {
                take(only);
                node.removeItem(COSName.K);
            } else if (node.getDictionaryObject(COSName.K) instanceof COSDictionary only) {
                prune(only);
            }
            return;
        }
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (kids.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
                if (isDecorative(kid)) {
                    take(kid);
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

    /** Notes the figure's marked content, by page, as decorative. */
    private void take(COSDictionary figure) {
        removed.add(figure);
        COSDictionary page = figure.getCOSDictionary(COSName.PG);
        COSBase content = figure.getDictionaryObject(COSName.K);
        if (content instanceof COSArray parts) {
            for (int i = 0; i < parts.size(); i++) {
                takeContent(parts.getObject(i), page);
            }
        } else {
            takeContent(content, page);
        }
    }

    private void takeContent(COSBase content, COSDictionary elementPage) {
        if (content instanceof COSInteger id && elementPage != null) {
            contentByPage.computeIfAbsent(elementPage, p -> new HashSet<>()).add(id.intValue());
        } else if (content instanceof COSDictionary reference && reference.containsKey(COSName.MCID)) {
            COSDictionary page = reference.containsKey(COSName.PG) ? reference.getCOSDictionary(COSName.PG) : elementPage;
            if (page != null) {
                contentByPage.computeIfAbsent(page, p -> new HashSet<>()).add(reference.getInt(COSName.MCID));
            }
        }
    }
}
