package org.packpress.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.bench.SyntheticNationalFiles;
import org.packpress.testing.ChildProcessTest;

/**
 * The national-size data set (129,000 observations) is imported and its KPI workbook built by the real
 * commands in a new JVM limited to a 256 MB heap, against an H2 file store given on the command line as
 * Spring Boot properties; the workbook even in 128 MB, since it holds one indicator's figures at a time (read
 * whole, as before, it needed between 128 and 192 MB). Untimed: the bench's W6 and W4 time them.
 */
@ChildProcessTest
class NationalDataInFixedHeapTest {

    @TempDir
    Path temp;

    @Test
    void importAndWorkbookCompleteIn256MbOfHeap() throws Exception {
        Path folder = temp.resolve("national");
        String plan = SyntheticNationalFiles.write(folder, "national", 43, 50, 60).plan().id();
        String store = "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("store/packpress")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Path out = temp.resolve("out");

        String imported = packpress(256, "import", folder.toString(), store);
        assertThat(imported).contains(SyntheticNationalFiles.TABLE + ": 129000 observations stored");
        String built = packpress(128, "build", "kpi-workbook", plan, "--body", "national", store,
                "--packpress.out-dir=" + out);

        Path workbook = Files.list(out.resolve("national/kpi")).filter(p -> p.toString().endsWith(".xlsx"))
                .findFirst().orElseThrow();
        assertThat(built).contains("wrote " + workbook);
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            long sheets = zip.stream().filter(e -> e.getName().matches("xl/worksheets/sheet\\d+\\.xml")).count();
            assertThat(sheets).as("a sheet per indicator and the others").isGreaterThan(50);
        }
    }

    /** Runs a command in a new JVM with this maximum heap; returns what it printed, failing on a non-zero exit. */
    private String packpress(int heapMb, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heapMb + "m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.packpress.PackPressApplication"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(temp, "packpress-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(300, TimeUnit.SECONDS);
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("ended within 5 minutes: " + printed).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + " printed:\n" + printed).isZero();
        return printed;
    }
}
