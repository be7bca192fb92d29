package org.packpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command-line build of an agenda pack, each run in a new JVM ({@link NewJvm}) into a fresh folder, against a
 * store the bench filled beforehand with {@code import} (untimed). Without the accessibility report, which a
 * command otherwise waits for before it exits (W7 times it).
 */
abstract class ColdPackWorkload extends CommandWorkload {

    private Path lastOut;

    ColdPackWorkload(Commands commands) {
        super(commands);
    }

    /** The body folder imported before the runs. */
    abstract Path input();

    /** {@code body/yyyy-mm-dd} */
    abstract String meeting();

    @Override
    public void prepare(Path work) {
        super.prepare(work);
        jvm.run("import", "import", input().toString());
    }

    @Override
    public void run(int run) {
        lastOut = jvm.work().resolve("run" + run);
        jvm.run("build-" + run, "build", "agenda-pack", meeting(), "--out", lastOut.toString(),
                "--packpress.accessibility.validate=false");
    }

    @Override
    public Output output() {
        Path folder = lastOut.resolve(meeting());
        List<Path> pdfs = new ArrayList<>();
        try (var files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".pdf")).forEach(pdfs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int pages = PackBuilds.pages(pdfs);
        PackBuilds.deleteRecursively(lastOut);
        return new Output(pages, "pages");
    }
}
