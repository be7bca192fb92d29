package org.packpress.render.pdf;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Structure elements taken out of the structure tree because screen readers should skip them (decorative
 * figures, table header rows repeated on a continuation page), and the marked content they held, by page:
 * {@link ArtifactMarker} marks that content as Artifact, and the parent tree forgets the elements. The other way
 * round too: content {@link ArtifactMarker} found to draw nothing, whose elements then leave the tree.
 */
final class UntaggedContent {

    private final Map<COSDictionary, Set<Integer>> contentByPage = new IdentityHashMap<>();
    private final Set<COSDictionary> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<COSDictionary, Set<Integer>> emptyByPage = new IdentityHashMap<>();

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

    /** Notes tagged content that turned out to draw nothing, now an Artifact ({@link ArtifactMarker}). */
    void noteEmpty(COSDictionary page, int mcid) {
        emptyByPage.computeIfAbsent(page, p -> new HashSet<>()).add(mcid);
    }

    /**
     * Takes the elements whose content all drew nothing out of the structure (an empty paragraph a screen reader
     * would announce as "blank"), and clears the parent tree's entries for them.
     */
    void takeElementsOfEmptyContent(PDStructureTreeRoot root) throws IOException {
        Set<COSDictionary> elements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<COSDictionary, Set<Integer>> page : emptyByPage.entrySet()) {
            if (!(root.getParentTree().getValue(page.getKey().getInt(COSName.STRUCT_PARENTS))
                    instanceof COSObjectable value) || !(value.getCOSObject() instanceof COSArray byMcid)) {
                continue;
            }
            for (int mcid : page.getValue()) {
                if (mcid < byMcid.size() && byMcid.getObject(mcid) instanceof COSDictionary element
                        && holdsOnly(element, page.getKey(), page.getValue())) {
                    elements.add(element);
                }
            }
        }
        for (COSDictionary element : elements) {
            if (element.getDictionaryObject(COSName.P) instanceof COSDictionary parent
                    && parent.getDictionaryObject(COSName.K) instanceof COSArray kids) {
                kids.removeObject(element);
                removed.add(element);
            }
        }
        forgetIn(root.getCOSObject());
    }

    /** Whether an element's kids are all marked content of this page among these ids. */
    private static boolean holdsOnly(COSDictionary element, COSDictionary page, Set<Integer> ids) {
        COSBase k = element.getDictionaryObject(COSName.K);
        COSArray kids = k instanceof COSArray array ? array : new COSArray(List.of(k));
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.getObject(i) instanceof COSInteger id) || element.getCOSDictionary(COSName.PG) != page
                    || !ids.contains(id.intValue())) {
                return false;
            }
        }
        return kids.size() > 0;
    }

    /** Clears the parent tree's entries that point at the elements taken. */
    void forgetIn(COSDictionary structureTreeRoot) {
        if (!removed.isEmpty()
                && structureTreeRoot.getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary parentTree) {
            ParentTree.forget(parentTree, removed);
        }
    }
}
