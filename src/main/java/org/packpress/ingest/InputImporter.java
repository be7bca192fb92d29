package org.packpress.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads one kind of input file of a body folder into the store. The import command offers every
 * file of a body folder to each importer bean in {@link org.springframework.core.annotation.Order}
 * (body and meetings first), and runs them all in one transaction: if any importer rejects its
 * files, nothing of the whole import is stored.
 */
public interface InputImporter {

    /**
     * Whether this importer reads the file.
     *
     * @param relativePath the path relative to the body folder, with '/' separators, e.g.
     *     {@code meetings/2024-01-15.yaml}
     */
    boolean accepts(String relativePath);

    /**
     * Validates the files and stores them, inside the caller's transaction. Later importers see what
     * earlier ones stored. Report every problem at once by throwing {@link InputRejectedException}.
     *
     * @param bodyFolder the folder holding {@code body.yaml}
     * @param files the accepted files, relative to the body folder, in name order
     * @return what was stored, for the command's output
     */
    ImportSummary importFiles(Path bodyFolder, List<String> files);

    /**
     * As {@link #importFiles(Path, List)}, told which files of the same body folder earlier importers rejected, so
     * that a file which needs one of them (minutes need their body and meeting) says so instead of calling it missing.
     *
     * @param rejected files of the folder, relative to it, that earlier importers of this import rejected
     */
    default ImportSummary importFiles(Path bodyFolder, List<String> files, Set<String> rejected) {
        return importFiles(bodyFolder, files);
    }
}
