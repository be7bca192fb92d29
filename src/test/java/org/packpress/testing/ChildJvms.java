package org.packpress.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * The class path and class-data archive (AppCDS) of the PackPress processes the tests start
 * ({@link ForkedPackPress}, and the bench's commands in {@code BenchTest}): the same classes as the test's class path, the compiled folders packed into jars
 * (Java 17 archives classes from jars only), and an archive of the classes the first command that ends loaded,
 * which every later one maps instead of loading and verifying them again (about a quarter of a command's CPU).
 * The archive belongs to this test run: the folder is made afresh by the first command of each run.
 */
public final class ChildJvms {

    private static final Path FOLDER = Path.of("target/child-jvms").toAbsolutePath();
    private static final Path ARCHIVE = FOLDER.resolve("packpress.jsa");
    private static final Path DUMPING = FOLDER.resolve("dumping.jsa");
    /** CDS's warnings (classes it leaves out of the archive) are not the command's output. */
    private static final String QUIET = "-Xlog:cds*=off";

    private enum Archive { NONE, DUMPING, READY }

    private static String classPath;
    private static Archive archive = Archive.NONE;

    private ChildJvms() {
    }

    /**
     * The JVM options for a new command; {@code mayDump} when it is waited for to its end, so it may write the
     * archive on exit (a killed process writes none).
     */
    public static synchronized List<String> options(boolean mayDump) {
        List<String> options = new ArrayList<>(List.of("-cp", classPath()));
        if (archive == Archive.READY) {
            options.addAll(List.of("-XX:SharedArchiveFile=" + ARCHIVE, QUIET));
        } else if (archive == Archive.NONE && mayDump) {
            archive = Archive.DUMPING;
            options.addAll(List.of("-XX:ArchiveClassesAtExit=" + DUMPING, QUIET));
        }
        return options;
    }

    /** After a command given {@code mayDump} ended: its archive, if it wrote one, is used from now on. */
    public static synchronized void ended(List<String> options) {
        if (archive != Archive.DUMPING || !options.contains("-XX:ArchiveClassesAtExit=" + DUMPING)) {
            return;
        }
        try {
            if (Files.isRegularFile(DUMPING)) {
                Files.move(DUMPING, ARCHIVE, StandardCopyOption.ATOMIC_MOVE);
                archive = Archive.READY;
            } else {
                archive = Archive.NONE;
            }
        } catch (IOException e) {
            archive = Archive.NONE;
        }
    }

    private static String classPath() {
        if (classPath == null) {
            try {
                FileSystemUtils.deleteRecursively(FOLDER);
                Files.createDirectories(FOLDER);
                List<String> entries = new ArrayList<>();
                for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                    Path path = Path.of(entry);
                    entries.add(Files.isDirectory(path) ? jar(path, entries.size()).toString() : entry);
                }
                classPath = String.join(File.pathSeparator, entries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classPath;
    }

    /**
     * The folder's files in a jar, barely compressed (quick to write and to read), with an entry for each folder
     * too: class-path scanning (Spring's components, Flyway's migrations) finds a package through its folder's entry.
     */
    private static Path jar(Path folder, int index) throws IOException {
        Path jar = FOLDER.resolve(index + "-" + folder.getFileName() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(folder)) {
            out.setLevel(0);
            for (Path file : files.filter(f -> !f.equals(folder)).sorted().toList()) {
                String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
                boolean isFolder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
