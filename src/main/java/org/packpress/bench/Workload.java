package org.packpress.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

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

    /**
     * What a user would otherwise run for the same job (qpdf merging the same PDFs, a Python script writing the
     * same workbook), timed in the same runs, alternating with this workload's; null when there is none or it is
     * not installed.
     */
    default Peer peer() {
        return null;
    }

    /** Whether the workload met the targets it judges itself ({@link Target#other()}). */
    default boolean otherTargetsMet() {
        return true;
    }

    /** Timed runs of this workload when {@code asked} are asked for (the soak runs once, whatever is asked). */
    default int runs(int asked) {
        return asked;
    }

    /** Figures the workload measured besides time and this process's heap (after its last run), by name. */
    default Map<String, Double> measures() {
        return Map.of();
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
     * A peer program: its name as the report gives it, and one run of it (whose output it tidies away itself).
     *
     * @param missing why there is no peer to run (not installed), or null when there is one
     */
    record Peer(String name, IntConsumer run, String missing) {

        static Peer of(String name, IntConsumer run) {
            return new Peer(name, run, null);
        }

        static Peer notInstalled(String name, String why) {
            return new Peer(name, run -> { }, why);
        }

        boolean runnable() {
            return missing == null;
        }
    }

    /**
     * @param maxSeconds the median wall time must not exceed it (infinite: no time target)
     * @param maxHeapMb the peak heap must not exceed it, or 0 when there is no heap target
     * @param maxAfterGcMb the heap left after a collection (what the work keeps alive) must not exceed it, or 0
     * @param maxRatio the median of this workload's time over its peer's, run by run, must not exceed it (0: no
     *     peer target; exactly 1: it must be below 1, faster than the peer)
     * @param other a target the workload judges itself ({@link Workload#otherTargetsMet()}), in words, or null
     */
    record Target(double maxSeconds, int maxHeapMb, int maxAfterGcMb, double maxRatio, String other) {

        Target(double maxSeconds, int maxHeapMb) {
            this(maxSeconds, maxHeapMb, 0, 0, null);
        }

        Target(double maxSeconds, int maxHeapMb, int maxAfterGcMb) {
            this(maxSeconds, maxHeapMb, maxAfterGcMb, 0, null);
        }

        /** Only a ratio to the peer. */
        static Target ratio(double maxRatio) {
            return new Target(Double.POSITIVE_INFINITY, 0, 0, maxRatio, null);
        }

        public String describe() {
            String time = Double.isInfinite(maxSeconds) ? "" : "≤ " + Report.seconds(maxSeconds);
            String heap = maxHeapMb > 0 ? "heap ≤ " + maxHeapMb + " MB" : "";
            String kept = maxAfterGcMb > 0 ? "after GC ≤ " + maxAfterGcMb + " MB" : "";
            String ratio = maxRatio <= 0 ? "" : maxRatio == 1 ? "faster than the peer" : "≤ " + Report.ratio(maxRatio) + " the peer";
            return String.join(", ", Stream.of(time, heap, kept, ratio, other == null ? "" : other)
                    .filter(t -> !t.isEmpty()).toList());
        }

        /**
         * Whether a run of this median time, peak heap and heap after collection, and this ratio to the peer
         * (null: no peer ran), met the target.
         */
        boolean metBy(double medianSeconds, boolean heapMeasured, double peakMb, double afterGcMb, Double ratio) {
            boolean heapMet = maxHeapMb == 0 || heapMeasured && peakMb <= maxHeapMb;
            boolean keptMet = maxAfterGcMb == 0 || heapMeasured && afterGcMb <= maxAfterGcMb;
            boolean ratioMet = maxRatio <= 0 || ratio != null && (maxRatio == 1 ? ratio < 1 : ratio <= maxRatio);
            return medianSeconds <= maxSeconds && heapMet && keptMet && ratioMet;
        }
    }
}
