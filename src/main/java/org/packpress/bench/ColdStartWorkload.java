package org.packpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * W5: the command-line build of the sample pack in a new JVM, as the README runs it
 * ({@code java -jar target/packpress.jar build agenda-pack wm-pcp/2024-01-15}), against a database the
 * bench prepared beforehand with {@code import} (in its own JVM, untimed). The wall time includes
 * starting the JVM and the application. The warm-up run is the first start after installing, which
 * also compiles the layouts into the layout cache; the timed runs find them there.
 */
final class ColdStartWorkload implements Workload {

    private static final String MEETING = "wm-pcp/2024-01-15";

    private final Path sample;
    private final int warmUps;
    private Path work;
    private Path lastOut;

    /** @param warmUps 1: the timed runs find the layouts compiled; 0: a quick check (the tiny bench) */
    ColdStartWorkload(Path sample, int warmUps) {
        this.sample = sample;
        this.warmUps = warmUps;
    }

    @Override
    public int warmUps() {
        return warmUps;
    }

    @Override
    public String id() {
        return "W5";
    }

    @Override
    public String title() {
        return "cold start: build agenda-pack in a new JVM";
    }

    @Override
    public Target target() {
        return new Target(8, 0);
    }

    @Override
    public boolean heapMeasuredInProcess() {
        return false;
    }

    @Override
    public void prepare(Path work) {
        SamplePackWorkload.requireSample(sample);
        this.work = work;
        packpress("import", "import", sample.toAbsolutePath().normalize().toString());
    }

    @Override
    public void run(int run) {
        lastOut = work.resolve("run" + run);
        // the build alone: the command would otherwise wait for its accessibility report before it exits (W7)
        packpress("build-" + run, "build", "agenda-pack", MEETING, "--out", lastOut.toString(),
                "--packpress.accessibility.validate=false");
    }

    @Override
    public Output output() {
        Path folder = lastOut.resolve(MEETING);
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

    /** Runs PackPress in a new JVM with the bench's own database and layout cache. */
    private void packpress(String logName, String... args) {
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of(args));
        Path log = work.resolve(logName + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + work.resolve("db/packpress").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "sa");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("PACKPRESS_LAYOUT_CACHE_DIR", work.resolve("layouts").toAbsolutePath().toString());
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("packpress " + String.join(" ", args) + " exited with " + exit + ":\n"
                        + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * The JVM option build-samples.sh gives every command: a command runs for seconds, so compiling hot
     * code with the quick C1 compiler only pays, where full optimisation would not have time to.
     */
    static final String COMMAND_LINE_JVM_OPTION = "-XX:TieredStopAtLevel=1";

    /**
     * {@code java -XX:TieredStopAtLevel=1 -jar <the jar>} when this process runs from the application jar
     * (so the bench times exactly the README's command); otherwise, as in tests, the same with
     * {@code -cp <this class path>}.
     */
    static List<String> launcher() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        if (isApplicationJar(classPath)) {
            return List.of(java, COMMAND_LINE_JVM_OPTION, "-jar", classPath);
        }
        return List.of(java, COMMAND_LINE_JVM_OPTION, "-cp", classPath, "org.packpress.PackPressApplication");
    }

    private static boolean isApplicationJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
