package org.packpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * PackPress commands run in their own JVM (the test's class path), on an embedded H2 file database and
 * a temporary folder of their own (outputs, uploads), so that a test can kill one mid-way as a crash would.
 */
public final class ForkedPackPress {

    /** A finished command: exit code and what it printed. */
    public record Finished(int exitCode, String output) {
    }

    private final Path work;

    public ForkedPackPress(Path work) {
        this.work = work;
        try {
            Files.createDirectories(tmp());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The children's {@code java.io.tmpdir}, where their build folders go. */
    public Path tmp() {
        return work.resolve("tmp");
    }

    /** The children's {@code packpress.out-dir}. */
    public Path out() {
        return work.resolve("out");
    }

    public Path database() {
        return work.resolve("db/packpress");
    }

    public String jdbcUrl() {
        return "jdbc:h2:file:" + database().toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    /**
     * Starts a command; {@code -Dname=value} arguments before the first other one set properties. The JVM
     * options are those {@code ./packpress} gives a command (quick C1 compiler only, serial collector, a class-data
     * archive: {@link ChildJvms}).
     */
    public Process start(String... args) {
        return start(ChildJvms.options(false), args);
    }

    private Process start(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-Djava.io.tmpdir=" + tmp().toAbsolutePath(),
                "-Dspring.datasource.url=" + jdbcUrl(),
                "-Dpackpress.out-dir=" + work.resolve("out").toAbsolutePath(),
                "-Dpackpress.upload-dir=" + work.resolve("uploads").toAbsolutePath()));
        List<String> arguments = new ArrayList<>(List.of(args));
        while (!arguments.isEmpty() && arguments.get(0).startsWith("-D")) {
            command.add(arguments.remove(0));
        }
        command.addAll(jvmOptions);
        command.add("org.packpress.PackPressApplication");
        command.addAll(arguments);
        try {
            return new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true).redirectOutput(work.resolve("last-output.txt").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end (at most three minutes). */
    public Finished run(String... args) {
        List<String> jvmOptions = ChildJvms.options(true);
        Process process = start(jvmOptions, args);
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("packpress " + String.join(" ", args) + " did not end");
            }
            ChildJvms.ended(jvmOptions);
            return new Finished(process.exitValue(), output());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Kills the process (as {@code kill -9} would) as soon as {@code when} holds; fails if it ends first.
     * Polled every few milliseconds, not spun: a spinning test thread took a core from the child it waits for.
     */
    public void killWhen(Process process, BooleanSupplier when, Duration within) {
        AtomicBoolean came = new AtomicBoolean();
        try {
            Awaitility.await("the moment to kill").atMost(within).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(5)).until(() -> {
                        came.set(when.getAsBoolean());
                        return came.get() || !process.isAlive();
                    });
        } catch (ConditionTimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the moment to kill never came:\n" + output(), e);
        }
        if (!came.get()) {
            throw new AssertionError("the process ended before it could be killed:\n" + output());
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the last command printed. */
    public String output() {
        try {
            return Files.readString(work.resolve("last-output.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The build folders in the children's temporary folder. */
    public List<String> buildFolders() {
        try (var files = Files.list(tmp())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("packpress-build-")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
