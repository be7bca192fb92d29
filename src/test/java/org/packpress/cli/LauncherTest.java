package org.packpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's launcher, {@code ./packpress}: the JVM options it gives a command and the service (heap,
 * compilers, collector, class-data archive), run against a Java that only prints its arguments.
 */
class LauncherTest {

    @TempDir
    Path home;

    private Path javaHome;

    @BeforeEach
    void aBuiltApplication() throws IOException {
        Files.copy(Path.of("packpress"), home.resolve("packpress"));
        Path app = Files.createDirectories(home.resolve("target/packpress"));
        touch(Files.writeString(home.resolve("target/packpress.jar"), "jar"), 0);
        touch(Files.writeString(app.resolve("packpress.jar"), "unpacked"), 10);
        touch(Files.writeString(app.resolve("packpress.jsa"), "archive"), 20);
        javaHome = home.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aCommandRunsWithTheQuickCompilerTheSerialCollectorTheArchiveAndABoundedHeap() throws Exception {
        List<String> args = launch(Map.of(), "build", "agenda-pack", "wm-pcp/2024-01-15");
        assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + home.resolve("target/packpress/packpress.jsa").toAbsolutePath(),
                "-XX:ArchiveRelocationMode=0");
        assertThat(heap(args)).as("512 MB, or 60 % of a container's memory limit").isIn("-Xmx512m", "-XX:MaxRAMPercentage=60");
        assertThat(args.subList(args.size() - 5, args.size())).containsExactly("-jar",
                home.resolve("target/packpress/packpress.jar").toAbsolutePath().toString(), "build", "agenda-pack",
                "wm-pcp/2024-01-15");
    }

    @Test
    void theServiceRunsWithFullCompilationAndG1ThatReturnsIdleHeap() throws Exception {
        List<String> args = launch(Map.of(), "--server.port=9090", "serve");
        assertThat(args).contains("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=60000")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(heap(args)).isIn("-Xmx1g", "-XX:MaxRAMPercentage=60");
    }

    @Test
    void packpressHeapSetsTheHeapAndJavaOptsComeLast() throws Exception {
        List<String> args = launch(Map.of("PACKPRESS_HEAP", "2g", "JAVA_OPTS", "-Xmx3g -Dx=y"), "import", "examples");
        assertThat(heap(args)).isEqualTo("-Xmx2g");
        assertThat(args.indexOf("-Xmx3g")).as("JAVA_OPTS after the launcher's own options, so it wins")
                .isGreaterThan(args.indexOf("-Xmx2g")).isLessThan(args.indexOf("-jar"));
    }

    @Test
    void anArchiveOlderThanTheApplicationIsNotUsed() throws Exception {
        touch(home.resolve("target/packpress/packpress.jsa"), 5);
        assertThat(launch(Map.of(), "check", "wm-pcp")).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    /** The first heap option the launcher gave. */
    private static String heap(List<String> args) {
        return args.stream().filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAMPercentage")).findFirst()
                .orElse("none");
    }

    private List<String> launch(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("packpress").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("PACKPRESS_HEAP");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out.lines().toList();
    }

    private static Path touch(Path file, int secondsAfterEpochDay) throws IOException {
        return Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")
                .plusSeconds(secondsAfterEpochDay)));
    }
}
