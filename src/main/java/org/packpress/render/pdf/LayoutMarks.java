package org.packpress.render.pdf;

import org.apache.pdfbox.cos.COSDictionary;

/** The structures that layouts mark on their content ({@link ContentMarks}), read back from one document. */
record LayoutMarks(TableCells cells, ListItems lists, LineParts lines, TableCaptions captions,
        PartLanguages languages) {

    LayoutMarks() {
        this(new TableCells(), new ListItems(), new LineParts(), new TableCaptions(), new PartLanguages());
    }

    /** Builds what the marks found into the structure tree below its root, tables last. */
    void gather(COSDictionary structureTreeRoot) {
        if (cells.found()) {
            cells.gatherRows(structureTreeRoot);
        }
        if (lists.found()) {
            lists.gather(structureTreeRoot);
        }
        if (lines.found()) {
            lines.gather(structureTreeRoot);
        }
        TableStructure.complete(structureTreeRoot, captions);
        languages.tag(structureTreeRoot);
    }
}
