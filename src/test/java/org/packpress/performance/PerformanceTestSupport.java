package org.packpress.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.packpress.testing.TestFolders;
import org.packpress.ingest.ImportSummary;
import org.packpress.ingest.performance.PerformanceImporter;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports a body folder's performance files the way the import command does: one transaction. */
public final class PerformanceTestSupport {

    public static final Path EXAMPLE = Path.of("examples/wm-spcb");
    /**
     * The store of the performance tests: they share one application context and database (each imports
     * the example again before it starts, which changes nothing when it is already stored).
     */
    public static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:performance-tests;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private PerformanceTestSupport() {
    }

    public static List<String> performanceFiles(Path bodyFolder) {
        try (Stream<Path> files = Files.walk(bodyFolder.resolve("performance"))) {
            return files.filter(Files::isRegularFile)
                    .map(p -> bodyFolder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportSummary importFolder(PerformanceImporter importer, TransactionTemplate tx, Path bodyFolder) {
        return importFiles(importer, tx, bodyFolder, performanceFiles(bodyFolder));
    }

    public static ImportSummary importFiles(PerformanceImporter importer, TransactionTemplate tx, Path bodyFolder,
            List<String> files) {
        List<String> accepted = files.stream().filter(importer::accepts).toList();
        return tx.execute(status -> importer.importFiles(bodyFolder, accepted));
    }

    /**
     * A new body folder under {@code work}: its body.yaml as given, the example's plan under another id and the
     * example's observations. Returns the folder, ready to import.
     */
    public static Path bodyWithExamplePlan(Path work, String id, String bodyYaml, String planId) {
        Path body = work.resolve(id);
        try {
            Files.createDirectories(body.resolve("performance"));
            Files.writeString(body.resolve("body.yaml"), bodyYaml);
            Files.writeString(body.resolve("performance/plan.yaml"), Files.readString(
                    EXAMPLE.resolve("performance/plan.yaml")).replace("id: pcp-2016", "id: " + planId));
            Files.copy(EXAMPLE.resolve("performance/observations.csv"), body.resolve("performance/observations.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body;
    }

    /** A copy of the example body folder that a test may change. */
    public static Path copyOfExample(Path tempDir) {
        return TestFolders.copy(EXAMPLE, tempDir);
    }
}
