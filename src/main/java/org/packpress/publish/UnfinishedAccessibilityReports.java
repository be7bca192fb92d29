package org.packpress.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.packpress.common.PackPressProperties;
import org.packpress.store.Recoverable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When a process starts: the accessibility reports that a process which died left {@code checking} in the
 * manifests under {@code packpress.out-dir} are checked again, in the background
 * ({@link AccessibilityReports#resumeUnfinished}). Only at start, not with every heartbeat: a report still
 * {@code checking} later belongs to a build whose validation is queued in a running process.
 */
@Component
public class UnfinishedAccessibilityReports implements Recoverable {

    private final AccessibilityReports reports;
    private final Path root;
    private final AtomicBoolean started = new AtomicBoolean();

    @Autowired
    public UnfinishedAccessibilityReports(AccessibilityReports reports, PackPressProperties properties) {
        this(reports, properties.outDir());
    }

    /** @param root the folder of published documents, one folder per body */
    public UnfinishedAccessibilityReports(AccessibilityReports reports, Path root) {
        this.reports = reports;
        this.root = root;
    }

    @Override
    public String recover() {
        if (started.getAndSet(true)) {
            return null;
        }
        List<String> queued = reports.resumeUnfinished(root);
        return queued.isEmpty() ? null
                : "accessibility reports left unfinished by a process that stopped, checked again: " + String.join(", ", queued);
    }
}
