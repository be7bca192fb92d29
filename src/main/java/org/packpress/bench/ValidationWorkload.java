package org.packpress.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.publish.AccessibilityReports;
import org.packpress.publish.Manifest;

/**
 * W7: the accessibility report of the sample pack, as the service runs it in the background after the
 * build ({@link AccessibilityReports#validate}): veraPDF checks the pack against PDF/UA-1 and PDF/A-2a and
 * the manifest is rewritten. The attachments' verdicts come from the build (veraPDF validated them once at
 * assembly, by content hash; that cost is in W1's first run as "validate accessibility").
 */
final class ValidationWorkload implements Workload {

    private static final LocalDate DATE = LocalDate.of(2024, 1, 15);

    private final ImportService imports;
    private final PackBuilds packs;
    private final AccessibilityReports reports;
    private final Path sample;
    private final int warmUps;
    private Path folder;
    private Manifest.Accessibility last;

    /**
     * @param warmUps 1: the timed runs find veraPDF's profiles and the PDF classes loaded; 0: a quick check (the tiny
     *     bench), whose one run is a whole validation fewer
     */
    ValidationWorkload(ImportService imports, PackBuilds packs, AccessibilityReports reports, Path sample, int warmUps) {
        this.imports = imports;
        this.warmUps = warmUps;
        this.packs = packs;
        this.reports = reports;
        this.sample = sample;
    }

    @Override
    public String id() {
        return "W7";
    }

    @Override
    public String title() {
        return "accessibility report of the sample pack (veraPDF, after the build)";
    }

    /** No target in the issue: the report runs in the background and never delays a build. */
    @Override
    public Target target() {
        return new Target(Double.POSITIVE_INFINITY, 0);
    }

    @Override
    public void prepare(Path work) {
        SamplePackWorkload.requireSample(sample);
        imports.importPaths(List.of(sample));
        Path out = work.resolve("out");
        packs.build("wm-pcp", DATE, out);
        folder = out.resolve("wm-pcp").resolve(DATE.toString());
    }

    @Override
    public int warmUps() {
        return warmUps;
    }

    @Override
    public void run(int run) {
        last = reports.validate(folder, AgendaPackBuilder.DOCUMENT)
                .orElseThrow(() -> new IllegalStateException("the sample pack's report was not recorded"));
        if (!Boolean.TRUE.equals(last.accessible())) {
            throw new IllegalStateException("the sample pack is not accessible: " + last.failing());
        }
    }

    @Override
    public Output output() {
        return new Output(last.outputs().size() + last.attachments().size(), "PDFs");
    }
}
