package org.packpress.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.packpress.model.performance.PerformanceData;
import org.packpress.render.excel.KpiWorkbookWriter;
import org.packpress.render.excel.WorkbookLabels;

/**
 * W4: the KPI workbook of a national data set (forces × indicators × months) held in memory, written
 * with {@link KpiWorkbookWriter}. The data set is built before the runs, so the heap before a run
 * already holds it.
 */
final class NationalWorkbookWorkload implements Workload {

    private final WorkbookLabels labels;
    private final int forces;
    private final int indicators;
    private final int months;
    private PerformanceData data;
    private Path work;
    private Path last;

    NationalWorkbookWorkload(WorkbookLabels labels, int forces, int indicators, int months) {
        this.labels = labels;
        this.forces = forces;
        this.indicators = indicators;
        this.months = months;
    }

    @Override
    public String id() {
        return "W4";
    }

    @Override
    public String title() {
        return "national workbook: " + forces + " forces × " + indicators + " indicators × " + months + " months";
    }

    @Override
    public Target target() {
        return new Target(15, 512);
    }

    @Override
    public void prepare(Path work) {
        this.work = work;
        data = SyntheticNationalData.of(forces, indicators, months);
    }

    @Override
    public void run(int run) {
        last = work.resolve("national-" + run + ".xlsx");
        try (OutputStream out = Files.newOutputStream(last)) {
            new KpiWorkbookWriter().write(data, labels, null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Output output() {
        try {
            if (Files.size(last) == 0) {
                throw new IllegalStateException(last + " is empty");
            }
            Files.delete(last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Output(data.observations().size(), "rows");
    }

    /** The last workbook written, until {@link #output()} removes it. */
    Path lastWorkbook() {
        return last;
    }
}
