package org.packpress.ingest;

import java.util.List;

/**
 * What one importer did: a line per file for the command's output, e.g.
 * {@code meetings/2024-01-15.yaml: meeting 2024-01-15 stored (11 agenda items)} or
 * {@code ...: unchanged}.
 */
public record ImportSummary(List<String> lines) {

    public ImportSummary {
        lines = List.copyOf(lines);
    }

    public static ImportSummary of(String... lines) {
        return new ImportSummary(List.of(lines));
    }
}
