package org.packpress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --check}: which results meet their targets (time, heap, the ratio to a peer, the soak's growth)
 * and the exit code that follows; and that a peer's runs alternate with the workload's. Nothing is timed: the
 * workloads here do nothing, and the figures are given.
 */
class BenchCheckTest {

    @TempDir
    Path work;

    @Test
    void aRatioTargetNeedsThePeerToHaveRun() {
        Workload.Target withinEight = Workload.Target.ratio(8);
        assertThat(withinEight.describe()).isEqualTo("≤ 8.00× the peer");
        assertThat(withinEight.metBy(4.0, false, 0, 0, 7.9)).isTrue();
        assertThat(withinEight.metBy(4.0, false, 0, 0, 8.0)).isTrue();
        assertThat(withinEight.metBy(4.0, false, 0, 0, 8.1)).isFalse();
        assertThat(withinEight.metBy(4.0, false, 0, 0, null)).as("qpdf not installed: not judged, so missed").isFalse();

        Workload.Target faster = Workload.Target.ratio(1);
        assertThat(faster.describe()).isEqualTo("faster than the peer");
        assertThat(faster.metBy(9.0, false, 0, 0, 0.99)).isTrue();
        assertThat(faster.metBy(9.0, false, 0, 0, 1.0)).as("as fast is not faster").isFalse();

        Workload.Target time = new Workload.Target(1.5, 0);
        assertThat(time.metBy(1.5, false, 0, 0, null)).as("no peer target: no peer needed").isTrue();
        assertThat(time.metBy(1.51, false, 0, 0, null)).isFalse();
    }

    @Test
    void checkExitsNonZeroWhenAnyTargetIsMissed() {
        Report allMet = report(result("W1", true), result("W11", true));
        assertThat(allMet.exitCode(true)).isZero();
        assertThat(allMet.missed()).isEmpty();

        Report oneMissed = report(result("W1", true), result("W11", false));
        assertThat(oneMissed.exitCode(true)).isEqualTo(1);
        assertThat(oneMissed.missed()).containsExactly("W11");
        assertThat(oneMissed.exitCode(false)).as("without --check the bench only reports").isZero();
        assertThat(oneMissed.table()).contains("NOT MET");
    }

    @Test
    void theSoakIsMetWhenNeitherHeapNorResidentMemoryGrewMoreThanTenPercent() {
        SoakWorkload soak = new SoakWorkload(Path.of("examples/wm-pcp"), 3, 4, 6, 2, 20,
                Commands.of(BenchSize.FULL, "none", NewJvm.ClassPath.OF_THIS_JVM));
        assertThat(soak.otherTargetsMet()).as("not measured: missed").isFalse();
        soak.measures().put("heap after GC growth", 1.10);
        soak.measures().put("resident memory growth", 0.80);
        assertThat(soak.otherTargetsMet()).as("the heap may shrink, and grow by 10 %").isTrue();
        soak.measures().put("resident memory growth", 1.11);
        assertThat(soak.otherTargetsMet()).isFalse();
    }

    /** The peer runs after the workload in odd runs and before it in even ones; the ratio is the median of each pair's. */
    @Test
    void thePeerAlternatesWithTheWorkloadAndTheRatioIsReported() {
        List<String> calls = new ArrayList<>();
        Workload withPeer = new DoNothing(calls) {
            @Override
            public Peer peer() {
                return Peer.of("peer", run -> calls.add("peer " + run));
            }

            @Override
            public Target target() {
                return Target.ratio(1000);
            }
        };
        Report report = new BenchRunner(new PrintStream(OutputStream.nullOutputStream()), 0)
                .run(List.of(withPeer), 4, work);

        assertThat(calls).containsExactly("run 0", "peer 0", "run 1", "peer 1", "peer 2", "run 2", "run 3", "peer 3",
                "peer 4", "run 4");
        Result.Versus versus = report.results().get(0).versus();
        assertThat(versus.peer()).isEqualTo("peer");
        assertThat(versus.seconds()).hasSize(4);
        assertThat(versus.ratio()).isPositive();
        assertThat(report.table()).contains("× peer (");
    }

    @Test
    void aPeerThatIsNotInstalledIsReportedAsNotRun() {
        Workload missing = new DoNothing(new ArrayList<>()) {
            @Override
            public Peer peer() {
                return Peer.notInstalled("qpdf", "qpdf is not installed");
            }

            @Override
            public Target target() {
                return Target.ratio(8);
            }
        };
        Report report = new BenchRunner(new PrintStream(OutputStream.nullOutputStream()), 0).run(List.of(missing), 1, work);
        Result result = report.results().get(0);
        assertThat(result.versus().ratio()).isNull();
        assertThat(result.versus().missing()).isEqualTo("qpdf is not installed");
        assertThat(result.met()).isFalse();
        assertThat(report.exitCode(true)).isEqualTo(1);
        assertThat(report.table()).contains("qpdf not run");
    }

    private static Report report(Result... results) {
        return new Report("2026-12-06T17:00", "17", 2, 512, 1.0, 1.0, 1, List.of(results), null);
    }

    private static Result result(String id, boolean met) {
        return new Result(id, "a workload", "≤ 1.00 s", null, List.of(1.0), 1.0, 1.0, 1, "pages", 1.0, null, null,
                null, 0, met, null, null, null, Map.of());
    }

    /** A workload that does nothing but record its runs, in another process as far as the heap is concerned. */
    private abstract static class DoNothing implements Workload {

        private final List<String> calls;

        DoNothing(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public String id() {
            return "WX";
        }

        @Override
        public String title() {
            return "nothing";
        }

        @Override
        public boolean heapMeasuredInProcess() {
            return false;
        }

        @Override
        public int warmUps() {
            return 1;
        }

        @Override
        public void prepare(Path folder) {
        }

        @Override
        public void run(int run) {
            calls.add("run " + run);
        }

        @Override
        public Output output() {
            return new Output(1, "things");
        }

        @Override
        public void close() {
        }
    }
}
