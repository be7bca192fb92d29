package org.packpress.bench;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.packpress.batch.NightlyPlanner;
import org.packpress.batch.NightlyRunner;
import org.packpress.ingest.ImportService;

/**
 * W3: the nightly job building every due agenda pack: {@code bodies} synthetic bodies with
 * {@code meetings} meetings each, all with a pack due. The nightly job runs once per date, so every run
 * uses a new run date (a day earlier than the last) and a fresh output folder; the bench process
 * publishes agendas 60 clear working days ahead (the {@code bench} profile's
 * {@code packpress.nightly.clear-days}), so that all the meetings are due on each of those dates.
 */
final class NightlyBatchWorkload implements Workload {

    /** A Monday well after every other meeting the bench stores. */
    private static final LocalDate FIRST_MEETING = LocalDate.of(2031, 3, 4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    private final ImportService imports;
    private final NightlyRunner nightly;
    private final NightlyPlanner planner;
    private final int bodies;
    private final int meetings;
    private final SyntheticPanel.Shape shape;
    private Path work;
    private Path lastOut;
    private NightlyRunner.Outcome last;
    private LocalDate nextRunDate;

    NightlyBatchWorkload(ImportService imports, NightlyRunner nightly, NightlyPlanner planner, int bodies, int meetings,
            SyntheticPanel.Shape shape) {
        this.imports = imports;
        this.nightly = nightly;
        this.planner = planner;
        this.bodies = bodies;
        this.meetings = meetings;
        this.shape = shape;
    }

    @Override
    public String id() {
        return "W3";
    }

    @Override
    public String title() {
        return "nightly batch: " + bodies * meetings + " meetings of " + bodies + " bodies";
    }

    @Override
    public Target target() {
        return new Target(60, 0);
    }

    @Override
    public void prepare(Path work) {
        this.work = work;
        List<LocalDate> dates = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            dates.add(FIRST_MEETING.plusDays(m));
        }
        List<Path> folders = new ArrayList<>();
        for (int b = 1; b <= bodies; b++) {
            folders.add(SyntheticPanel.write(work.resolve("input"), "bench-nightly-" + b, shape, dates).folder());
        }
        imports.importPaths(folders);
        nextRunDate = FIRST_MEETING;
        int due = dueCount(nextRunDate);
        if (due != bodies * meetings) {
            throw new IllegalStateException("W3: " + due + " packs are due on " + nextRunDate + ", not "
                    + bodies * meetings + ": the bench's bodies must publish agendas at least " + meetings
                    + " days ahead (packpress.nightly.clear-days)");
        }
    }

    private int dueCount(LocalDate runDate) {
        return (int) planner.due(runDate, work.resolve("empty")).stream()
                .filter(d -> d.body().startsWith("bench-nightly-")).count();
    }

    @Override
    public void run(int run) {
        lastOut = work.resolve("run" + run);
        last = nightly.run(nextRunDate, lastOut);
        nextRunDate = nextRunDate.minusDays(1);
    }

    @Override
    public Output output() {
        if (last.alreadyCompleted() || !last.failed().isEmpty() || last.built().size() != bodies * meetings) {
            throw new IllegalStateException("W3: the nightly run built " + last.built().size() + " packs, not "
                    + bodies * meetings + (last.failed().isEmpty() ? "" : "; failed: " + last.failed()));
        }
        int pages = PackBuilds.pages(last.written().stream().filter(f -> f.endsWith(".pdf")).map(Path::of).toList());
        PackBuilds.deleteRecursively(lastOut);
        return new Output(pages, "pages");
    }
}
