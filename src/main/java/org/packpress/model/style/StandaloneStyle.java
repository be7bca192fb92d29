package org.packpress.model.style;

/**
 * Documents published on their own (minutes, action trackers, annual-report reviews), not in a pack: a pack
 * stamps its own page numbers over all its papers.
 *
 * @param pageNumbers template of the page number printed in the bottom margin of every page: {@code {page}}
 *     and {@code {pages}} (the document's page count)
 */
public record StandaloneStyle(String pageNumbers) {

    public static final StandaloneStyle DEFAULT = new StandaloneStyle(null);

    public StandaloneStyle {
        pageNumbers = Defaults.or(pageNumbers, "Page {page} of {pages}");
    }

    /** The page number of one page, e.g. "Page 3 of 12". */
    public String pageNumber(int page, int pages) {
        return StyleTemplates.pageNumber(pageNumbers, page, pages);
    }
}
