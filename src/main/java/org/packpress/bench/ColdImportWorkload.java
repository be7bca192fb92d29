package org.packpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * W9: the national file imported by the command line in a new JVM with a 256 MB heap, into an empty table each
 * run, beside a Python script that reads the same CSV with its csv module, checks each row and stores them in
 * SQLite in one transaction ({@code bench/peers/import_csv_sqlite.py}). W6 times the import alone, in a
 * running process.
 */
final class ColdImportWorkload extends ColdNationalWorkload {

    private Path work;

    ColdImportWorkload(int forces, int indicators, int months, Commands commands) {
        super(forces, indicators, months, commands);
    }

    @Override
    public String id() {
        return "W9";
    }

    @Override
    public String title() {
        return "national import, cold: import in a new JVM, -Xmx" + HEAP + ", " + size();
    }

    @Override
    public Target target() {
        return new Target(Double.POSITIVE_INFINITY, 0);
    }

    @Override
    String body() {
        return "bench-cold-import";
    }

    @Override
    public void prepare(Path work) {
        super.prepare(work);
        this.work = work;
    }

    @Override
    public void run(int run) {
        jvm.run("import-" + run, Map.of("PACKPRESS_HEAP", HEAP), "import", folder.toAbsolutePath().toString());
    }

    @Override
    public Output output() {
        long stored = storedObservations(true);
        if (stored != rows()) {
            throw new IllegalStateException("W9 stored " + stored + " observations, expected " + rows());
        }
        return new Output(stored, "rows");
    }

    @Override
    public Peer peer() {
        Path database = work.resolve("peer.sqlite");
        return Peers.python("Python csv + SQLite", "import_csv_sqlite.py", null, work, run -> {
            try {
                Files.deleteIfExists(database);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.of(table().toString(), database.toString());
        });
    }
}
