package org.packpress.publish;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.packpress.common.AtomicFiles;
import org.packpress.common.PackPressProperties;
import org.packpress.store.Recoverable;
import org.springframework.stereotype.Component;

/**
 * When a process starts: the temporary files that a process killed while writing left in the published folders
 * ({@code packpress.out-dir}, every body's and meeting's folder and archive) and among the uploaded inputs
 * ({@code packpress.upload-dir}) are removed, so that no half-written file stays there. Only at start: the
 * service's later heartbeats leave the folders alone.
 */
@Component
public class UnfinishedFiles implements Recoverable {

    private final List<Path> roots;
    private final AtomicBoolean started = new AtomicBoolean();

    public UnfinishedFiles(PackPressProperties properties) {
        this.roots = List.of(properties.outDir(), properties.uploadDir());
    }

    @Override
    public String recover() {
        if (started.getAndSet(true)) {
            return null;
        }
        try {
            List<String> removed = roots.stream().flatMap(root -> AtomicFiles.removeLeftovers(root).stream())
                    .map(Path::toString).toList();
            return removed.isEmpty() ? null
                    : "removed temporary files left half-written by a process that stopped: " + String.join(", ", removed);
        } catch (UncheckedIOException e) {
            return "could not look for temporary files left by a process that stopped: " + e.getMessage();
        }
    }
}
