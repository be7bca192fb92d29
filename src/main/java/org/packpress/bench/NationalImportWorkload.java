package org.packpress.bench;

import java.nio.file.Path;
import java.util.List;
import org.packpress.ingest.ImportService;
import org.packpress.store.performance.PerformanceRepository;

/**
 * W6: importing a national performance file (forces × indicators × months, one CSV row per observation)
 * into an empty plan: read, validated and stored in one transaction by {@link ImportService}, as
 * {@code packpress import} does. After each run (untimed) the stored rows are counted and removed, so
 * every run imports into the same empty table.
 */
final class NationalImportWorkload implements Workload {

    private static final String BODY = "bench-national";

    private final ImportService imports;
    private final PerformanceRepository repository;
    private final int forces;
    private final int indicators;
    private final int months;
    private Path folder;
    private String planId;

    NationalImportWorkload(ImportService imports, PerformanceRepository repository, int forces, int indicators,
            int months) {
        this.imports = imports;
        this.repository = repository;
        this.forces = forces;
        this.indicators = indicators;
        this.months = months;
    }

    @Override
    public String id() {
        return "W6";
    }

    @Override
    public String title() {
        return "national import: " + forces + " forces × " + indicators + " indicators × " + months
                + " months from one CSV file";
    }

    @Override
    public Target target() {
        return new Target(3, 256);
    }

    @Override
    public void prepare(Path work) {
        folder = work.resolve(BODY);
        planId = SyntheticNationalFiles.write(folder, BODY, forces, indicators, months).plan().id();
    }

    @Override
    public void run(int run) {
        imports.importPaths(List.of(folder));
    }

    @Override
    public Output output() {
        int stored = repository.observations(BODY, planId).size();
        if (stored != forces * indicators * months) {
            throw new IllegalStateException("W6 stored " + stored + " observations, expected "
                    + forces * indicators * months);
        }
        repository.replaceObservations(BODY, planId, SyntheticNationalFiles.TABLE, List.of());
        return new Output(stored, "rows");
    }
}
