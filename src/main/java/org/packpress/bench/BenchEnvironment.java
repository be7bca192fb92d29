package org.packpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the bench away from the user's data: when the command is {@code bench}, the process gets a
 * store and a layout cache of its own in a temporary folder, removed when the process ends. It must be
 * set before the application starts, since the store is connected (and migrated) at start-up.
 */
public final class BenchEnvironment {

    /** System property naming the bench's temporary folder. */
    public static final String WORK = "packpress.bench.work";
    /**
     * How many clear working days ahead the bench's process publishes agendas: enough for the nightly
     * workload's ten meetings per body to be due on one run date (the default, 5, allows about a week).
     */
    static final int NIGHTLY_CLEAR_DAYS = 60;

    private BenchEnvironment() {
    }

    public static void isolateIfBench(String[] args) {
        if (args.length == 0 || !"bench".equals(args[0])) {
            return;
        }
        Path work = temporaryFolder();
        System.setProperty(WORK, work.toString());
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + work.resolve("store/packpress")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        System.setProperty("spring.datasource.username", "sa");
        System.setProperty("spring.datasource.password", "");
        System.setProperty("packpress.layout-cache-dir", work.resolve("layouts").toString());
        System.setProperty("packpress.nightly.clear-days", String.valueOf(NIGHTLY_CLEAR_DAYS));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                PackBuilds.deleteRecursively(work);
            } catch (RuntimeException ignored) {
                // a temporary folder; the system cleans it in the end
            }
        }));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("packpress-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
