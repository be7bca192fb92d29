package org.packpress.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A body's input folder: the one holding {@code body.yaml} (or {@code body.json}). Every path an input
 * refers to is resolved here, and may not leave the folder.
 */
public record BodyFolder(Path root) {

    public static final List<String> BODY_FILE_NAMES = List.of("body.yaml", "body.yml", "body.json");

    public BodyFolder {
        root = root.toAbsolutePath().normalize();
    }

    public static boolean isBodyFolder(Path folder) {
        return BODY_FILE_NAMES.stream().anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    /** The body folder that contains a file or folder, searching upwards, or null. */
    public static BodyFolder containing(Path path) {
        for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p) && isBodyFolder(p)) {
                return new BodyFolder(p);
            }
        }
        return null;
    }

    /** A file's path relative to the folder, with '/' separators: how errors and manifests name it. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Resolves a path written in an input file, relative to {@code base} (a folder inside this one).
     *
     * @throws InputRejectedException if the path is absolute or leaves the body folder
     */
    public Path resolve(Path base, String written, String file, String field) {
        if (written == null || written.isBlank()) {
            throw new InputRejectedException(new InputError(file, field, "is required"));
        }
        if (written.startsWith("/") || written.startsWith("\\") || written.matches("^[A-Za-z]:.*")) {
            throw new InputRejectedException(new InputError(file, field,
                    "'" + written + "' is an absolute path; paths are relative to the body folder"));
        }
        Path resolved = base.resolve(written).toAbsolutePath().normalize();
        if (!resolved.startsWith(root)) {
            throw new InputRejectedException(new InputError(file, field,
                    "'" + written + "' points outside the body folder " + root.getFileName()));
        }
        return resolved;
    }
}
