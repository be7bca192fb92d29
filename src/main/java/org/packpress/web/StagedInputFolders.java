package org.packpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * The replacement of a body's input folder by an accepted copy, safe against a crash at any moment. The copies
 * live in {@code <upload-dir>/.staging/}, named by their body:
 * <ul>
 * <li>{@code <body>.<id>}: a copy being written and imported, not accepted (yet);</li>
 * <li>{@code <body>.<id>.ready}: an accepted copy (its import is stored), about to become the body's folder;</li>
 * <li>{@code <body>.<id>.old}: the body's previous folder, moved aside to make room for it.</li>
 * </ul>
 * {@link #recover()} at start finishes what a crash interrupted: a ready copy becomes the body's folder (so the
 * folder is never missing, and matches the store), a previous folder still set aside is deleted (or put back, if
 * the body has no folder and no ready copy), and copies never accepted are deleted.
 */
final class StagedInputFolders {

    private static final String READY = ".ready";
    private static final String OLD = ".old";
    /** A staging entry's name: body, random id, and what it is. */
    private static final Pattern ENTRY = Pattern.compile(
            "([a-z0-9][a-z0-9-]{0,39})\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.ready|\\.old)?");

    private final Path root;
    private final Path staging;

    StagedInputFolders(Path uploadRoot) {
        this.root = uploadRoot;
        this.staging = uploadRoot.resolve(".staging");
    }

    /** A new copy of the body's folder (empty when it has none yet), to write the upload into. */
    Path begin(String body) {
        Path copy = staging.resolve(body + "." + UUID.randomUUID());
        try {
            Files.createDirectories(copy);
            Path current = root.resolve(body);
            if (Files.isDirectory(current)) {
                FileSystemUtils.copyRecursively(current, copy);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the input folder of " + body, e);
        }
    }

    /** The copy's import is stored: it becomes the body's folder. */
    void accept(String body, Path copy) {
        Path ready = copy.resolveSibling(copy.getFileName() + READY);
        move(copy, ready);
        install(body, ready);
    }

    /** A copy that was not accepted is deleted (nothing of it is kept). */
    void discard(Path copy) {
        delete(copy);
    }

    private void install(String body, Path ready) {
        Path current = root.resolve(body);
        String name = ready.getFileName().toString();
        Path old = ready.resolveSibling(name.substring(0, name.length() - READY.length()) + OLD);
        if (Files.exists(current)) {
            move(current, old);
        }
        move(ready, current);
        delete(old);
    }

    /**
     * Finishes what a crash left in the staging folder; a line per body folder changed, for the log. Entries not
     * named as this class names them are left alone.
     */
    List<String> recover() {
        List<String> done = new ArrayList<>();
        for (Path entry : entries()) {
            Matcher name = ENTRY.matcher(entry.getFileName().toString());
            if (name.matches() && READY.equals(name.group(2)) && Files.exists(entry)) {
                install(name.group(1), entry);
                done.add("the accepted upload of " + name.group(1) + " became its input folder");
            }
        }
        for (Path entry : entries()) {
            Matcher name = ENTRY.matcher(entry.getFileName().toString());
            if (!name.matches()) {
                continue;
            }
            Path current = root.resolve(name.group(1));
            if (OLD.equals(name.group(2)) && !Files.exists(current)) {
                move(entry, current);
                done.add("the input folder of " + name.group(1) + " was put back");
            } else {
                delete(entry);
            }
        }
        return done;
    }

    private List<Path> entries() {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(staging)) {
            return entries;
        }
        try (DirectoryStream<Path> list = Files.newDirectoryStream(staging)) {
            list.forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + staging, e);
        }
        entries.sort(null);
        return entries;
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + from + " to " + to, e);
        }
    }

    private static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
