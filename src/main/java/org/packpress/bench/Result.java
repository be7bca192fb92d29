package org.packpress.bench;

import java.util.List;
import java.util.Map;

/**
 * The measurements of one workload.
 *
 * @param firstRunSeconds wall time of the warm-up run (the first in this process), or null without one
 * @param seconds wall time of each timed run
 * @param units what one run produced (pages or rows)
 * @param throughput units per second at the median time
 * @param peakHeapMb peak heap in use during any timed run, or null when the work ran in another process
 * @param peakAfterGcMb peak heap left after a collection during any timed run, or null
 * @param heapBeforeMb heap in use before the runs (the application itself), or null
 * @param coresBusy the process's CPU time over the wall time in the median run: how many cores it kept busy
 * @param met whether the median time (and peak heap, where there is a heap target) met the target
 * @param firstRun where the time of the first run in this process went (profiled workloads only)
 * @param warmRun where the time of a warm run went (profiled workloads only)
 * @param versus the peer run in the same runs, or null when the workload has none
 * @param measures other figures the workload measured, by name (the soak's heap and resident memory)
 */
public record Result(String id, String title, String target, Double firstRunSeconds, List<Double> seconds, double medianSeconds,
        double worstSeconds, long units, String unit, double throughput, Double peakHeapMb, Double peakAfterGcMb,
        Double heapBeforeMb, double coresBusy, boolean met, List<PhaseProfiler.Share> firstRun, List<PhaseProfiler.Share> warmRun,
        Versus versus, Map<String, Double> measures) {

    /**
     * A peer's times in the same runs, and the median of this workload's time over the peer's, run by run.
     *
     * @param medianSeconds null (as the ratio) when the peer is not installed
     * @param missing why the peer did not run, or null
     */
    public record Versus(String peer, List<Double> seconds, Double medianSeconds, Double ratio, String missing) {
    }
}
