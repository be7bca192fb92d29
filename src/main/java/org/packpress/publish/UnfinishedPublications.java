package org.packpress.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.packpress.common.AtomicFiles;
import org.packpress.common.PackPressProperties;
import org.packpress.store.Recoverable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When a process starts: the publications that a process which died left half done (its new manifest written
 * beside the old one, its files not all moved into place) are completed from the folders' archives
 * ({@link Publisher#completeLeftBehind}), so that every folder's files are those its manifest records. Before the
 * other recoveries, which read the manifests; only at start, as the temporary files are judged then.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnfinishedPublications implements Recoverable {

    private final Publisher publisher;
    private final Path root;
    private final AtomicBoolean started = new AtomicBoolean();

    @Autowired
    public UnfinishedPublications(Publisher publisher, PackPressProperties properties) {
        this(publisher, properties.outDir());
    }

    /** @param root the folder of published documents, one folder per body */
    public UnfinishedPublications(Publisher publisher, Path root) {
        this.publisher = publisher;
        this.root = root;
    }

    @Override
    public String recover() {
        if (started.getAndSet(true)) {
            return null;
        }
        List<String> completed = AtomicFiles.leftoversOf(root, Publisher.MANIFEST).stream()
                .filter(publisher::completeLeftBehind).map(next -> root.relativize(next.getParent()).toString()).toList();
        return completed.isEmpty() ? null
                : "completed the publications a process that stopped left half done: " + String.join(", ", completed);
    }
}
