package org.packpress.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * Temporary working folders of builds, in the system's temporary folder, named after the process that
 * made them ({@code packpress-build-<pid>-...}), so that the next process can remove those of a process
 * that was killed before it could clean up.
 */
public final class BuildFolders {

    private static final String PREFIX = "packpress-build-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");

    private BuildFolders() {
    }

    public static Path create() {
        try {
            return Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary build folder", e);
        }
    }

    /** Removes a build's folder; a leftover is harmless (and removed by the next process). */
    public static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException ignored) {
            // removed later by removeLeftovers
        }
    }

    /** Removes the build folders in {@code tempRoot} of processes that no longer run; returns them. */
    public static List<Path> removeLeftovers(Path tempRoot) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(tempRoot)) {
            return removed;
        }
        try (Stream<Path> folders = Files.list(tempRoot)) {
            for (Path folder : folders.toList()) {
                Matcher m = NAME.matcher(folder.getFileName().toString());
                if (m.matches() && Files.isDirectory(folder) && ProcessHandle.of(Long.parseLong(m.group(1)))
                        .filter(ProcessHandle::isAlive).isEmpty()) {
                    delete(folder);
                    removed.add(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + tempRoot, e);
        }
        return removed;
    }

    /** The system's temporary folder, where {@link #create} puts build folders. */
    public static Path tempRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
