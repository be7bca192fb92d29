package org.packpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * W8: W2's large pack (about 300 attached pages), built by the command line in a new JVM, beside qpdf merging the
 * same attachments into one PDF ({@code qpdf --empty --pages ... --}), the least a user could do by hand.
 */
final class ColdLargePackWorkload extends ColdPackWorkload {

    private static final String BODY = "bench-cold-large";

    private final SyntheticPanel.Shape shape;
    private Path folder;
    private Path work;
    private int attachedPages;

    ColdLargePackWorkload(SyntheticPanel.Shape shape, Commands commands) {
        super(commands);
        this.shape = shape;
    }

    @Override
    public String id() {
        return "W8";
    }

    @Override
    public String title() {
        return "large pack" + (attachedPages > 0 ? " (" + attachedPages + " attached pages)" : "")
                + ", cold: build agenda-pack in a new JVM";
    }

    @Override
    public Target target() {
        return Target.ratio(8);
    }

    @Override
    public void prepare(Path work) {
        this.work = work;
        SyntheticPanel.Written written = SyntheticPanel.write(work.resolve("input"), BODY, shape);
        folder = written.folder();
        attachedPages = written.attachedPages();
        super.prepare(work);
    }

    @Override
    Path input() {
        return folder.toAbsolutePath();
    }

    @Override
    String meeting() {
        return BODY + "/" + SyntheticPanel.DATE;
    }

    @Override
    public Peer peer() {
        return Peers.qpdf(attachments(), work);
    }

    /** The attached PDFs, in the order they were written (the pack's order). */
    private List<Path> attachments() {
        try (var files = Files.list(folder.resolve("papers"))) {
            return files.filter(p -> p.getFileName().toString().matches("attachment-\\d+\\.pdf"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().replaceAll("\\D", ""))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
