package org.packpress.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way PackPress writes an output file: into a temporary file beside the target, then a move
 * into place. A crash or a failed build therefore never leaves a half-written document behind.
 */
public final class AtomicFiles {

    /** Writes the content of a stream to a file. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String PART = ".part";
    /** Who writes a temporary file, in its name: host, pid and the pid's start time (epoch ms). */
    private static final String OWNER = LocalProcesses.HOST.replaceAll("[^A-Za-z0-9]", "") + "-"
            + ProcessHandle.current().pid() + "-" + Objects.requireNonNullElse(LocalProcesses.selfStarted(), 0L);
    private static final Pattern OWNED = Pattern.compile("\\..+\\.([A-Za-z0-9]*)-(\\d+)-(\\d+)~\\d+" + Pattern.quote(PART));
    /** A temporary file whose writer cannot be told (another host's, or one named before owners were) is kept this long. */
    private static final Duration UNOWNED_KEPT = Duration.ofHours(1);

    private AtomicFiles() {
    }

    /**
     * Removes, anywhere under {@code root}, the temporary files ({@code .*.part}) that processes which no longer run
     * left half-written (killed while writing); those of another host, or named before their writer was, once
     * they are an hour old. Returns them.
     */
    public static List<Path> removeLeftovers(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> left = files.filter(f -> f.getFileName().toString().endsWith(PART)).filter(AtomicFiles::abandoned)
                    .toList();
            left.forEach(AtomicFiles::deleteQuietly);
            return left;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    /**
     * The temporary files under {@code root} that were to become a file named {@code name} and that processes which
     * no longer run left behind (as {@link #removeLeftovers} judges them), oldest first.
     */
    public static List<Path> leftoversOf(Path root, String name) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        String prefix = "." + name + ".";
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> f.getFileName().toString().endsWith(PART)).filter(AtomicFiles::abandoned)
                    .sorted(Comparator.comparing(AtomicFiles::modified)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // gone meanwhile
        }
    }

    private static boolean abandoned(Path part) {
        Matcher owner = OWNED.matcher(part.getFileName().toString());
        if (owner.matches() && owner.group(1).equals(OWNER.substring(0, OWNER.indexOf('-')))) {
            return !LocalProcesses.runs(Long.parseLong(owner.group(2)), Long.parseLong(owner.group(3)));
        }
        try {
            return Files.getLastModifiedTime(part).toInstant().isBefore(Instant.now().minus(UNOWNED_KEPT));
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    public static Path write(Path target, Writer writer) {
        Path temp = tempBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.writeTo(out);
            }
            return moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A new empty temporary file in the target's folder, so that the final move is atomic. */
    public static Path tempBeside(Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + target.getFileName() + "." + OWNER + "~", PART);
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                // published documents are readable by the web server and other users, as any other file
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file beside " + target, e);
        }
    }

    /** Moves a finished temporary file over the target, atomically where the file system allows it. */
    public static Path moveIntoPlace(Path temp, Path target) {
        try {
            try {
                return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move " + temp + " to " + target, e);
        }
    }

    /**
     * Makes {@code link} a hard link to {@code existing}, so that the same content takes no second copy on disk;
     * where the file system cannot link (no links at all, or another device), it gets a copy, written atomically.
     * An existing {@code link} is left as it is.
     */
    public static void linkOrCopy(Path existing, Path link) {
        try {
            Files.createDirectories(link.toAbsolutePath().getParent());
            Files.createLink(link, existing);
        } catch (FileAlreadyExistsException e) {
            // there already
        } catch (IOException | UnsupportedOperationException e) {
            // no hard links here (file system, another device): the documented fallback, a copy
            write(link, out -> Files.copy(existing, out));
        }
    }

    public static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless and is named *.part
        }
    }
}
