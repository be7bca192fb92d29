package org.packpress.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs workloads one after another: prepares each (untimed), runs it once to warm up, then times
 * {@code runs} runs, each with the heap measured from a clean start ({@link HeapSampler}). Profiled
 * workloads get their warm-up and one extra run broken down by phase ({@link PhaseProfiler}); those
 * runs are not among the timed ones, so sampling cannot slow the figures down.
 */
public final class BenchRunner {

    private final PrintStream progress;
    private final long warmUpNanos;

    /**
     * @param warmUpSeconds after the first warm-up run, more follow (up to the workload's limit) while the
     *     warm-up has taken less than this
     */
    public BenchRunner(PrintStream progress, double warmUpSeconds) {
        this.progress = progress;
        this.warmUpNanos = (long) (warmUpSeconds * 1e9);
    }

    public Report run(List<Workload> workloads, int runs, Path work) {
        String startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        double loadBefore = loadAverage();
        List<Result> results = new ArrayList<>();
        for (Workload workload : workloads) {
            try (workload) {
                results.add(measure(workload, workload.runs(runs), folder(work.resolve(workload.id()))));
            }
        }
        return new Report(startedAt, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), loadBefore, loadAverage(), runs, results,
                JarSize.of(JarSize.JAR));
    }

    private Result measure(Workload w, int runs, Path work) {
        progress.printf("%s %s: preparing%n", w.id(), w.title());
        w.prepare(work);
        Workload.Peer peer = w.peer();
        boolean withPeer = peer != null && peer.runnable();
        if (peer != null && !withPeer) {
            progress.printf("%s: no %s to compare with: %s%n", w.id(), peer.name(), peer.missing());
        }
        List<PhaseProfiler.Share> firstRun = null;
        Double firstRunSeconds = null;
        long warmUpStart = System.nanoTime();
        for (int warmUp = 0; warmUp < w.warmUps() && (warmUp == 0 || System.nanoTime() - warmUpStart < warmUpNanos);
                warmUp++) {
            long start = System.nanoTime();
            if (warmUp == 0 && w.profiled()) {
                firstRun = profiled(w, 0);
            } else {
                w.run(-warmUp);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            firstRunSeconds = firstRunSeconds == null ? elapsed : firstRunSeconds;
            w.output();
            if (withPeer && warmUp == 0) {
                peer.run().accept(0);
            }
            progress.printf("%s: warm-up %d: %s%n", w.id(), warmUp + 1, Report.seconds(elapsed));
        }
        List<Double> seconds = new ArrayList<>();
        List<Double> peerSeconds = new ArrayList<>();
        List<Double> cores = new ArrayList<>();
        double peak = 0;
        double peakAfterGc = 0;
        double before = Double.MAX_VALUE;
        Workload.Output output = null;
        for (int run = 1; run <= runs; run++) {
            if (withPeer && run % 2 == 0) { // the peer goes first every other run, so neither always follows the other
                peerSeconds.add(timed(peer, run));
            }
            HeapSampler heap = HeapSampler.start();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            w.run(run);
            double elapsed = (System.nanoTime() - start) / 1e9;
            cores.add((processCpuNanos() - cpuStart) / 1e9 / elapsed);
            heap.stop();
            output = w.output();
            seconds.add(elapsed);
            if (withPeer && run % 2 == 1) {
                peerSeconds.add(timed(peer, run));
            }
            peak = Math.max(peak, heap.peakMb());
            peakAfterGc = Math.max(peakAfterGc, heap.peakAfterGcMb());
            before = Math.min(before, heap.baselineMb());
            progress.printf("%s: run %d of %d: %s, %d %s%s%s%n", w.id(), run, runs, Report.seconds(elapsed),
                    output.units(), output.unit(), w.heapMeasuredInProcess()
                            ? String.format(", peak heap %.0f MB", heap.peakMb()) : "",
                    withPeer ? ", " + peer.name() + " " + Report.seconds(peerSeconds.get(peerSeconds.size() - 1)) : "");
        }
        List<PhaseProfiler.Share> warmRun = null;
        if (w.profiled()) {
            warmRun = profiled(w, runs + 1);
            w.output();
        }
        double median = median(seconds);
        double worst = seconds.isEmpty() ? 0 : Collections.max(seconds);
        boolean inProcess = w.heapMeasuredInProcess();
        Double ratio = withPeer ? median(pairedRatios(seconds, peerSeconds)) : null;
        Workload.Target target = w.target();
        boolean met = target.metBy(median, inProcess, peak, peakAfterGc, ratio) && w.otherTargetsMet();
        Result.Versus versus = peer == null ? null : new Result.Versus(peer.name(), peerSeconds,
                withPeer ? median(peerSeconds) : null, ratio, peer.missing());
        return new Result(w.id(), w.title(), target.describe(), firstRunSeconds, seconds, median, worst, output.units(), output.unit(),
                output.units() / median, inProcess ? peak : null, inProcess ? peakAfterGc : null,
                inProcess ? before : null, cores.get(seconds.indexOf(nearestToMedian(seconds))), met, firstRun, warmRun,
                versus, w.measures());
    }

    private static double timed(Workload.Peer peer, int run) {
        long start = System.nanoTime();
        peer.run().accept(run);
        return (System.nanoTime() - start) / 1e9;
    }

    /** This workload's time over the peer's, run by run (each pair ran one after the other). */
    private static List<Double> pairedRatios(List<Double> seconds, List<Double> peerSeconds) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < seconds.size(); i++) {
            ratios.add(seconds.get(i) / peerSeconds.get(i));
        }
        return ratios;
    }

    private static List<PhaseProfiler.Share> profiled(Workload w, int run) {
        try (PhaseProfiler profiler = PhaseProfiler.start(Thread.currentThread())) {
            w.run(run);
            profiler.close();
            return profiler.shares();
        }
    }

    /** The run whose time is the median (the lower middle one for an even count). */
    private static double nearestToMedian(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** CPU time of this process, or of W5's launcher only: the child's is not counted. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Path folder(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
