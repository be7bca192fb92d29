package org.packpress.render.pdf;

import java.util.Collections;
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
 * Structure elements taken out of the structure tree because screen readers should skip them (decorative
 * figures, table header rows repeated on a continuation page), and the marked content they held, by page:
 * {@link ArtifactMarker} marks that content as Artifact, and the parent tree forgets the elements.
 */
final class UntaggedContent {

    private final Map<COSDictionary, Set<Integer>> contentByPage = new IdentityHashMap<>();
    private final Set<COSDictionary> removed = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Notes an element the caller took out of the tree, with the elements below it and all their content. */
    void take(COSDictionary element) {
        removed.add(element);
        COSDictionary page = element.getCOSDictionary(COSName.PG);
        if (element.getDictionaryObject(COSName.K) instanceof COSArray parts) {
            for (int i = 0; i < parts.size(); i++) {
                takeContent(parts.getObject(i), page);
            }
        } else {
            takeContent(element.getDictionaryObject(COSName.K), page);
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
        } else if (content instanceof COSDictionary child && child.containsKey(COSName.S)) {
            take(child);
        }
    }

    /** The marked-content ids on a page whose content now belongs to no element. */
    Set<Integer> on(COSDictionary page) {
        return contentByPage.getOrDefault(page, Set.of());
    }

    /** Clears the parent tree's entries that point at the elements taken. */
    void forgetIn(COSDictionary structureTreeRoot) {
        if (!removed.isEmpty()
                && structureTreeRoot.getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary parentTree) {
            ParentTree.forget(parentTree, removed);
        }
    }
}
