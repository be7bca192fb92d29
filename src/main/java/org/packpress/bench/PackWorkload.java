package org.packpress.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A workload that builds one meeting's agenda packs, each run into a fresh folder. */
abstract class PackWorkload implements Workload {

    private final PackBuilds packs;
    private Path work;
    private Path lastOut;
    private List<Path> lastWritten;
    private boolean keepOutput;

    PackWorkload(PackBuilds packs) {
        this.packs = packs;
    }

    abstract String body();

    abstract LocalDate date();

    /** Stores the meeting; the runs then build it. */
    abstract void store(Path work);

    @Override
    public final void prepare(Path work) {
        this.work = work;
        store(work);
    }

    @Override
    public boolean profiled() {
        return true;
    }

    @Override
    public void run(int run) {
        lastOut = work.resolve("run" + run);
        lastWritten = packs.build(body(), date(), lastOut);
    }

    @Override
    public Output output() {
        int pages = PackBuilds.pages(lastWritten);
        if (!keepOutput) {
            PackBuilds.deleteRecursively(lastOut);
        }
        return new Output(pages, "pages");
    }

    /** Keeps what the runs wrote, for tests to read. */
    PackWorkload keepingOutput() {
        keepOutput = true;
        return this;
    }

    /** The PDFs the last run wrote. */
    List<Path> lastWritten() {
        return lastWritten;
    }
}
