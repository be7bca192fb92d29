package org.packpress.model.style;

/**
 * An agenda pack, whose pages are numbered over all its papers, the front sheet's first.
 *
 * @param pageNumbers template of the number stamped at the foot of every page of the pack: {@code {page}} and
 *     {@code {pages}} (the pack's page count)
 */
public record PackStyle(String pageNumbers) {

    public static final PackStyle DEFAULT = new PackStyle(null);

    public PackStyle {
        pageNumbers = Defaults.or(pageNumbers, "Page {page}");
    }

    /** The number stamped on one page, e.g. "Page 3". */
    public String pageNumber(int page, int pages) {
        return StyleTemplates.pageNumber(pageNumbers, page, pages);
    }
}
