package org.packpress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * W10: the national KPI workbook built by the command line in a new JVM with a 256 MB heap, from the store
 * (imported before the runs, untimed), beside XlsxWriter writing the same figures, formulas and charts from the
 * same CSV ({@code bench/peers/kpi_workbook_xlsxwriter.py}, Debian's python3-xlsxwriter).
 */
final class ColdWorkbookWorkload extends ColdNationalWorkload {

    private Path lastOut;
    private Path work;

    ColdWorkbookWorkload(int forces, int indicators, int months, Commands commands) {
        super(forces, indicators, months, commands);
    }

    @Override
    public String id() {
        return "W10";
    }

    @Override
    public String title() {
        return "national workbook, cold: build kpi-workbook in a new JVM, -Xmx" + HEAP + ", " + size();
    }

    @Override
    public Target target() {
        return Target.ratio(1);
    }

    @Override
    String body() {
        return "bench-cold-workbook";
    }

    @Override
    public void prepare(Path work) {
        super.prepare(work);
        this.work = work;
        jvm.run("import", "import", folder.toAbsolutePath().toString());
    }

    @Override
    public void run(int run) {
        lastOut = work.resolve("run" + run);
        jvm.run("build-" + run, Map.of("PACKPRESS_HEAP", HEAP), "build", "kpi-workbook", plan, "--body", body(),
                "--out", lastOut.toString());
    }

    @Override
    public Output output() {
        Path workbook = lastOut.resolve(body()).resolve("kpi").resolve(plan + ".xlsx");
        if (!Files.isRegularFile(workbook)) {
            throw new IllegalStateException("W10 wrote no " + workbook);
        }
        PackBuilds.deleteRecursively(lastOut);
        return new Output(rows(), "rows");
    }

    @Override
    public Peer peer() {
        Path out = work.resolve("xlsxwriter.xlsx");
        return Peers.python("XlsxWriter", "kpi_workbook_xlsxwriter.py", "xlsxwriter", work,
                run -> List.of(table().toString(), out.toString()));
    }
}
