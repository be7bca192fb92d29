package org.packpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;

/**
 * Keeps the bench away from the user's data: when the command is {@code bench}, the process runs with
 * the Spring profile {@value #PROFILE} ({@code application-bench.yml}), which gives it a store and a
 * layout cache of its own in a temporary folder, removed when the process ends. It must be set before
 * the application starts, since the store is connected (and migrated) at start-up.
 */
public final class BenchEnvironment {

    /** The Spring profile of the bench's process. */
    public static final String PROFILE = "bench";
    /** System property naming the bench's temporary folder. */
    public static final String WORK = "packpress.bench.work";

    private BenchEnvironment() {
    }

    public static void isolateIfBench(String[] args, SpringApplication app) {
        if (args.length == 0 || !"bench".equals(args[0])) {
            return;
        }
        Path work = temporaryFolder();
        System.setProperty(WORK, work.toString());
        app.setAdditionalProfiles(PROFILE);
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
