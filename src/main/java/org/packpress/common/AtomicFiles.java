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

    private AtomicFiles() {
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
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
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
