package org.packpress.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.packpress.batch.AgendaPackJobConfig;
import org.packpress.batch.JobRunner;
import org.packpress.batch.NightlyPlanner;
import org.packpress.batch.NightlyRunner;
import org.packpress.common.PackPressProperties;
import org.packpress.ingest.ImportService;
import org.packpress.publish.AccessibilityReports;
import org.packpress.render.excel.WorkbookLabels;
import org.packpress.render.text.TextBlocks;
import org.packpress.store.performance.PerformanceRepository;
import org.springframework.batch.core.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** The benchmark's workloads, at a given size. Adding a workload means adding a class and a line here. */
@Component
public class Workloads {

    private final ImportService imports;
    private final PackBuilds packs;
    private final NightlyRunner nightly;
    private final NightlyPlanner planner;
    private final PerformanceRepository performance;
    private final AccessibilityReports reports;
    private final WorkbookLabels workbookLabels;
    private final String layoutCache;
    private final NewJvm.ClassPath classPath;

    public Workloads(ImportService imports, JobRunner jobs, @Qualifier(AgendaPackJobConfig.JOB) Job agendaPack,
            NightlyRunner nightly, NightlyPlanner planner, PerformanceRepository performance,
            AccessibilityReports reports, TextBlocks textBlocks, PackPressProperties properties,
            ObjectProvider<NewJvm.ClassPath> classPath) {
        this.reports = reports;
        this.layoutCache = properties.layoutCache();
        this.classPath = classPath.getIfAvailable(() -> NewJvm.ClassPath.OF_THIS_JVM);
        this.workbookLabels = new WorkbookLabels(textBlocks.defaults(WorkbookLabels.KEYS));
        this.imports = imports;
        this.packs = new PackBuilds(jobs, agendaPack);
        this.nightly = nightly;
        this.planner = planner;
        this.performance = performance;
    }

    /**
     * @param examples the folder holding the sample body {@code wm-pcp}
     * @param only workload ids to keep (empty: all)
     */
    public List<Workload> create(BenchSize size, Path examples, Set<String> only) {
        Path sample = examples.resolve("wm-pcp");
        Commands commands = Commands.of(size, layoutCache, classPath);
        List<Workload> all = new ArrayList<>();
        all.add(new SamplePackWorkload(imports, packs, sample));
        all.add(new LargePackWorkload(imports, packs, "W2", size.largePack, false));
        all.add(new LargePackWorkload(imports, packs, "W2x" + size.largerFactor, size.largerPack(), true));
        all.add(new NightlyBatchWorkload(imports, nightly, planner, size.nightlyBodies, size.nightlyMeetings,
                size.nightlyPack));
        all.add(new NationalWorkbookWorkload(workbookLabels, size.forces, size.indicators, size.months));
        all.add(new ColdStartWorkload(sample, commands));
        all.add(new NationalImportWorkload(imports, performance, size.forces, size.indicators, size.months));
        all.add(new ValidationWorkload(imports, packs, reports, sample, size.wholeRunWarmUps()));
        all.add(new ColdLargePackWorkload(size.largePack, commands));
        all.add(new ColdImportWorkload(size.forces, size.indicators, size.months, commands));
        all.add(new ColdWorkbookWorkload(size.forces, size.indicators, size.months, commands));
        all.add(new HelpWorkload(commands));
        all.add(new SoakWorkload(sample, size.forces, size.indicators, size.months, size.soakEarly, size.soakLate, commands));
        return all.stream().filter(w -> only.isEmpty() || only.contains(w.id().toUpperCase())).toList();
    }
}
