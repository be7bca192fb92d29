package org.packpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.packpress.common.AtomicFiles;
import org.packpress.common.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every file ever published in an output folder, kept by content: {@code archive/<sha256>.<ext>} beside the
 * manifest, a hard link to the published file where the file system allows it (no second copy on disk),
 * else a copy. Re-issuing a document moves a new file over the name, never over these, so each version the
 * manifest lists stays downloadable. Nothing here is ever deleted: papers are kept for six years and more.
 */
public final class Archive {

    /** The folder beside the manifest that keeps the published files. */
    public static final String FOLDER = "archive";

    private static final Logger LOG = LoggerFactory.getLogger(Archive.class);

    private Archive() {
    }

    /** Where the bytes of a published file are kept, named by the hash the manifest records. */
    public static Path path(Path folder, Manifest.OutputFile file) {
        return path(folder, file.file(), file.sha256());
    }

    private static Path path(Path folder, String name, String sha256) {
        int dot = name.lastIndexOf('.');
        return folder.resolve(FOLDER).resolve(sha256 + (dot < 0 ? "" : name.substring(dot)));
    }

    /**
     * The stored bytes of a file published under {@code name} with this content: its kept copy, or, for a
     * file published before the archive was kept, the published file while it still holds that content.
     */
    public static Optional<Path> stored(Path folder, String name, String sha256) {
        Path kept = path(folder, name, sha256);
        if (Files.isRegularFile(kept)) {
            return Optional.of(kept);
        }
        Path published = folder.resolve(name);
        return Files.isRegularFile(published) && Hashes.sha256(published).equals(sha256)
                ? Optional.of(published) : Optional.empty();
    }

    /** Keeps a file about to be published (its bytes at {@code source}, whose content is the recorded hash). */
    static void keep(Path folder, Path source, Manifest.OutputFile file) {
        Path kept = path(folder, file);
        if (!Files.exists(kept)) {
            AtomicFiles.linkOrCopy(source, kept);
        }
    }

    /** Puts a recorded file back in place from the archive, unless the folder's file already holds its content. */
    static void restore(Path folder, Manifest.OutputFile file) {
        Path published = folder.resolve(file.file());
        if (Files.isRegularFile(published) && Hashes.sha256(published).equals(file.sha256())) {
            return;
        }
        Path kept = path(folder, file);
        if (Files.isRegularFile(kept)) {
            AtomicFiles.write(published, out -> Files.copy(kept, out));
        } else {
            LOG.warn("{} in {}: the version its manifest records ({}) is not in the archive", file.file(), folder,
                    file.sha256());
        }
    }

    /**
     * Before a re-issue replaces the folder's files: keeps those of the build before that are not kept yet
     * (published before the archive existed), if they still hold what the manifest records.
     */
    static void keepBeforeReplacing(Path folder, Manifest.Entry previous) {
        for (Manifest.OutputFile file : previous.outputs()) {
            if (Files.exists(path(folder, file))) {
                continue;
            }
            Path published = folder.resolve(file.file());
            if (Files.isRegularFile(published) && Hashes.sha256(published).equals(file.sha256())) {
                AtomicFiles.linkOrCopy(published, path(folder, file));
            } else {
                LOG.warn("{} in {} no longer holds the version its manifest records ({}); that version cannot be kept",
                        file.file(), folder, file.sha256());
            }
        }
    }
}
