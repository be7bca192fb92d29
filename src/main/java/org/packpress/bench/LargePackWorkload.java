package org.packpress.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.packpress.ingest.ImportService;

/**
 * W2: a large meeting built from synthetic papers: Markdown reports, attached PDFs and exempt items,
 * so that both the public and the confidential pack are written.
 */
final class LargePackWorkload extends PackWorkload {

    private final ImportService imports;
    private final String id;
    private final SyntheticPanel.Shape shape;
    private final String bodyId;
    private final boolean longer;
    private int attachedPages;

    LargePackWorkload(ImportService imports, PackBuilds packs, String id, SyntheticPanel.Shape shape, boolean longer) {
        super(packs);
        this.longer = longer;
        this.imports = imports;
        this.id = id;
        this.shape = shape;
        this.bodyId = "bench-" + id.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "large pack: " + shape.reports() + " reports + " + shape.attachments() + " PDFs of " + shape.minPages()
                + "–" + shape.maxPages() + " pages" + (attachedPages > 0 ? " (" + attachedPages + " attached)" : "")
                + ", public + confidential";
    }

    /**
     * The W2 targets; the longer variant has no time target, but must stay in the same heap and keep at
     * most 128 MB alive (issue 11: assembly bounded in memory however many pages are attached).
     */
    @Override
    public Target target() {
        return longer ? new Target(Double.POSITIVE_INFINITY, 256, 128) : new Target(3, 256);
    }

    @Override
    String body() {
        return bodyId;
    }

    @Override
    LocalDate date() {
        return SyntheticPanel.DATE;
    }

    @Override
    void store(Path work) {
        SyntheticPanel.Written written = SyntheticPanel.write(work.resolve("input"), bodyId, shape);
        attachedPages = written.attachedPages();
        imports.importPaths(List.of(written.folder()));
    }

    /** Pages of the attached PDFs (known once prepared). */
    int attachedPages() {
        return attachedPages;
    }
}
