package org.packpress.documents.agenda;

import org.packpress.render.pdf.PackLinks;

/** One line of the front sheet's contents list: an item's paper and the pack page it starts on. */
public class ContentsRow {

    private final String item;
    private final String label;
    private final String title;
    private final int page;
    private final int level;

    /**
     * @param item the agenda item's number
     * @param label that number as the front sheet prints it ("5b.")
     * @param level 0 for a paper, 1 for an appendix
     */
    public ContentsRow(String item, String label, String title, int page, int level) {
        this.item = item;
        this.label = label;
        this.title = title;
        this.page = page;
        this.level = level;
    }

    public String getItem() {
        return item;
    }

    public String getLabel() {
        return label;
    }

    public String getTitle() {
        return title;
    }

    public int getPage() {
        return page;
    }

    public int getLevel() {
        return level;
    }

    /** The link the layout puts on the entry; pack assembly turns it into a jump to {@link #getPage()}. */
    public String getLink() {
        return PackLinks.toPage(page);
    }
}
