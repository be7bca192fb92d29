package org.packpress.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * PackPress commands each in a new JVM, as a user runs them: with the README's launcher ({@code ./packpress},
 * its JVM options and the build's class-data archive) when the bench itself runs from the application, with
 * the same quick-start options on this class path otherwise (in tests). Every command gets the store, the
 * layout cache and the output folder of a folder of the bench's, never the user's (a command resumes the
 * accessibility reports it finds unfinished in the output folder, which would time work not its own); the layout
 * cache is the bench's too, the workload's own or, in the tiny bench, the bench process's ({@link Commands}).
 */
final class NewJvm {

    /** The options the launcher gives every command (see {@code ./packpress}), for runs without it. */
    static final List<String> COMMAND_LINE_JVM_OPTIONS = List.of(Commands.QUICK_JIT, "-XX:+UseSerialGC");
    /** The options the launcher gives the service. */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=60000");

    /**
     * How a new JVM gets PackPress's classes when the bench does not run from the application jar: by default this
     * JVM's class path. The tests give the class path and class-data archive of the PackPress processes they start
     * themselves, so that the bench's commands and service start as theirs do (a user's bench runs
     * {@code ./packpress}, which gives every command the build's archive).
     */
    interface ClassPath {

        ClassPath OF_THIS_JVM = runsToItsEnd -> List.of("-cp", System.getProperty("java.class.path"));

        /**
         * The JVM options for a new JVM: {@code -cp} and its class path, and any class-data archive.
         *
         * @param runsToItsEnd a command that is waited for, not a service that is stopped
         */
        List<String> options(boolean runsToItsEnd);

        /** Told when a command started with these {@link #options} has ended (it may have written an archive). */
        default void ended(List<String> options) {
        }
    }

    private final Path work;
    private final Path layoutCache;
    private final ClassPath classPath;
    private final List<String> serviceOptions;

    /**
     * @param work the folder of the store ({@code db/}), the output folder ({@code out/}) and the logs, and of the
     *     layout cache ({@code layouts/}) unless the commands share another one ({@link Commands#layoutCache})
     */
    NewJvm(Path work, Commands commands) {
        this.work = work;
        this.layoutCache = commands.layoutCache() == null ? work.resolve("layouts") : commands.layoutCache();
        this.classPath = commands.classPath();
        this.serviceOptions = commands.serviceOptions();
    }

    String jdbcUrl() {
        return "jdbc:h2:file:" + work.resolve("db/packpress").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Runs a command to its end; fails, with the end of its output, when it exits with anything but 0. */
    void run(String logName, String... args) {
        run(logName, Map.of(), args);
    }

    /** @param environment more of the command's environment, e.g. {@code PACKPRESS_HEAP} */
    void run(String logName, Map<String, String> environment, String... args) {
        List<String> classes = classPath.options(true);
        List<String> command = new ArrayList<>(launcher(environment.get("PACKPRESS_HEAP"), classes));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(environment());
        env.putAll(environment);
        try {
            Processes.run(command, env, work.resolve(logName + ".log"));
        } finally {
            classPath.ended(classes);
        }
    }

    /** The environment that gives a command this folder's store, layout cache and output folder. */
    Map<String, String> environment() {
        return Map.of("SPRING_DATASOURCE_URL", jdbcUrl(), "SPRING_DATASOURCE_USERNAME", "sa",
                "SPRING_DATASOURCE_PASSWORD", "",
                "PACKPRESS_LAYOUT_CACHE_DIR", layoutCache.toAbsolutePath().toString(),
                "PACKPRESS_OUT_DIR", work.resolve("out").toAbsolutePath().toString());
    }

    /**
     * {@code ./packpress} when this process runs from the application jar and the launcher is in the working
     * folder (so the bench times exactly the README's command); otherwise {@code java} with the launcher's
     * options for commands and the given class path options (tests, and a jar run from elsewhere).
     */
    private static List<String> launcher(String heap, List<String> classPathOptions) {
        List<String> options = new ArrayList<>(COMMAND_LINE_JVM_OPTIONS);
        if (heap != null) {
            options.add("-Xmx" + heap);
        }
        return launcher(options, classPathOptions);
    }

    /** The service as {@code ./packpress serve} starts it, or with the launcher's options for it. */
    List<String> serviceLauncher() {
        List<String> options = new ArrayList<>(SERVICE_JVM_OPTIONS);
        options.addAll(serviceOptions);
        return launcher(options, classPath.options(false));
    }

    /**
     * The service's environment: this folder's store, layout cache and output folder, and for {@code ./packpress}
     * the {@link Commands#serviceOptions} in {@code JAVA_OPTS} (which it adds after its own).
     */
    Map<String, String> serviceEnvironment() {
        Map<String, String> env = new HashMap<>(environment());
        if (!serviceOptions.isEmpty()) {
            String given = System.getenv("JAVA_OPTS");
            env.put("JAVA_OPTS", (given == null ? "" : given + " ") + String.join(" ", serviceOptions));
        }
        return env;
    }

    private static List<String> launcher(List<String> jvmOptions, List<String> classPathOptions) {
        String classPath = System.getProperty("java.class.path");
        Path script = Path.of("packpress");
        if (isApplicationJar(classPath) && Files.isExecutable(script)) {
            return List.of(script.toAbsolutePath().toString());
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (isApplicationJar(classPath)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(classPathOptions);
            command.add("org.packpress.PackPressApplication");
        }
        return command;
    }

    /** The fat jar (its Start-Class) or its unpacked layout (its Main-Class is the application's). */
    private static boolean isApplicationJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            var attributes = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes();
            return attributes != null && (attributes.getValue("Start-Class") != null
                    || "org.packpress.PackPressApplication".equals(attributes.getValue("Main-Class")));
        } catch (IOException e) {
            return false;
        }
    }

    Path work() {
        return work;
    }

    static Path folder(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
