package org.packpress.bench;

import java.nio.file.Path;

/**
 * One benchmark workload. The runner calls {@link #prepare} once (untimed: synthetic data, imports),
 * then {@link #run} for a warm-up and for each timed run, then {@link #close}.
 */
public interface Workload extends AutoCloseable {

    /** "W1", "W2" … as the issue names them. */
    String id();

    /** What it does, in a few words. */
    String title();

    /** What it must achieve; the runner reports whether it did. */
    Target target();

    /** Generates its data under {@code work} (a folder it owns) and stores what it needs. Untimed. */
    void prepare(Path work);

    /**
     * Does the measured work once.
     *
     * @param run 0 and below for warm-up runs, then 1, 2 … for timed ones
     */
    void run(int run);

    /** What the last run produced, counted after the clock has stopped; also tidies its output away. */
    Output output();

    /** False when the work happens in another process, so this JVM's heap says nothing about it. */
    default boolean heapMeasuredInProcess() {
        return true;
    }

    /**
     * Untimed runs before the timed ones, at most: the first is the first in this process; the others let
     * the JIT compiler settle (the runner stops warming up after about 15 seconds).
     */
    default int warmUps() {
        return 5;
    }

    /** True for workloads whose time the report breaks down by phase (compile, fill, export, merge …). */
    default boolean profiled() {
        return false;
    }

    @Override
    default void close() {
    }

    /** What one run produced, e.g. 71 "pages". */
    record Output(long units, String unit) {
    }

    /**
     * @param maxSeconds the median wall time must not exceed it (infinite: no time target)
     * @param maxHeapMb the peak heap must not exceed it, or 0 when there is no heap target
     * @param maxAfterGcMb the heap left after a collection (what the work keeps alive) must not exceed it, or 0
     */
    record Target(double maxSeconds, int maxHeapMb, int maxAfterGcMb) {

        Target(double maxSeconds, int maxHeapMb) {
            this(maxSeconds, maxHeapMb, 0);
        }

        public String describe() {
            String time = Double.isInfinite(maxSeconds) ? "" : "≤ " + Report.seconds(maxSeconds);
            String heap = maxHeapMb > 0 ? "heap ≤ " + maxHeapMb + " MB" : "";
            String kept = maxAfterGcMb > 0 ? "after GC ≤ " + maxAfterGcMb + " MB" : "";
            return String.join(", ", java.util.stream.Stream.of(time, heap, kept).filter(t -> !t.isEmpty()).toList());
        }

        /** Whether a run of this median time, peak heap and heap after collection met the target. */
        boolean metBy(double medianSeconds, boolean heapMeasured, double peakMb, double afterGcMb) {
            boolean heapMet = maxHeapMb == 0 || heapMeasured && peakMb <= maxHeapMb;
            boolean keptMet = maxAfterGcMb == 0 || heapMeasured && afterGcMb <= maxAfterGcMb;
            return medianSeconds <= maxSeconds && heapMet && keptMet;
        }
    }
}
