package org.packpress.model.style;

import java.util.Map;

/**
 * An agenda pack: its pages are numbered over all its papers, the front sheet's first, and its outline has an entry
 * for each item with papers.
 *
 * @param pageNumbers template of the number stamped at the foot of every page of the pack: {@code {page}} and
 *     {@code {pages}} (the pack's page count)
 * @param outlineEntry template of an agenda item's entry in the pack's outline (bookmarks), above its papers':
 *     {@code {number}} and {@code {title}}
 */
public record PackStyle(String pageNumbers, String outlineEntry) {

    public static final PackStyle DEFAULT = new PackStyle(null, null);

    public PackStyle {
        pageNumbers = Defaults.or(pageNumbers, "Page {page}");
        outlineEntry = Defaults.or(outlineEntry, "Item {number}: {title}");
    }

    /** An item's outline entry, e.g. "Item 7a: POLICE AND CRIME PLAN UPDATE". */
    public String outlineEntry(String number, String title) {
        return StyleTemplates.fill(outlineEntry, Map.of("number", number, "title", title));
    }

    /** The number stamped on one page, e.g. "Page 3". */
    public String pageNumber(int page, int pages) {
        return StyleTemplates.pageNumber(pageNumbers, page, pages);
    }
}
