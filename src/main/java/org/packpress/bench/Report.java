package org.packpress.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's results with the conditions they were measured in, as a table and as JSON.
 *
 * @param loadBefore the system's one-minute load average when the bench started (-1 if unknown)
 * @param loadAfter the same when it ended
 * @param jar the application jar's size and libraries, or null when the bench did not run from the project folder
 */
public record Report(String startedAt, String java, int cores, long maxHeapMb, double loadBefore, double loadAfter,
        int runs, List<Result> results, JarSize jar) {

    /** Whether every workload met its target. */
    public boolean allMet() {
        return results.stream().allMatch(Result::met);
    }

    /** {@code bench}'s exit code: 1 when {@code check}ing and a target was missed, otherwise 0. */
    public int exitCode(boolean check) {
        return check && !allMet() ? 1 : 0;
    }

    /** The workloads that missed their targets, by id. */
    public List<String> missed() {
        return results.stream().filter(r -> !r.met()).map(Result::id).toList();
    }

    public String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"workload", "first run", "median", "worst", "output", "throughput", "cores busy", "peak heap", "after GC",
                "vs peer", "target", ""});
        for (Result r : results) {
            rows.add(new String[] {r.id() + " " + r.title(),
                    r.firstRunSeconds() == null ? "–" : seconds(r.firstRunSeconds()), seconds(r.medianSeconds()), seconds(r.worstSeconds()),
                    r.units() + " " + r.unit(), String.format(Locale.UK, "%,.0f %s/s", r.throughput(), r.unit()),
                    r.peakHeapMb() == null ? "–" : String.format(Locale.UK, "%.1f", r.coresBusy()),
                    mb(r.peakHeapMb()), mb(r.peakAfterGcMb()), versus(r.versus()), r.target(), r.met() ? "met" : "NOT MET"});
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.UK, "PackPress bench, %s: %d timed runs of each workload after its warm-up runs; Java %s, %d cores,"
                + " max heap %d MB, load average %.2f before, %.2f after%n%n", startedAt, runs, java, cores, maxHeapMb,
                loadBefore, loadAfter));
        out.append(columns(rows));
        if (jar != null) {
            out.append(String.format(Locale.UK, "%nThe application jar: %.1f MB, %d libraries%n", jar.megabytes(),
                    jar.libraries()));
        }
        for (Result r : results) {
            r.measures().forEach((name, value) -> out.append(String.format(Locale.UK, "%s %s: %.3f%n", r.id(), name, value)));
        }
        for (Result r : results) {
            breakdown(out, r.id() + " first run in this process", r.firstRun());
            breakdown(out, r.id() + " warm run", r.warmRun());
        }
        return out.toString();
    }

    private static void breakdown(StringBuilder out, String heading, List<PhaseProfiler.Share> shares) {
        if (shares == null || shares.isEmpty()) {
            return;
        }
        out.append(String.format("%n%s: where the time goes (thread time)%n", heading));
        for (PhaseProfiler.Share share : shares) {
            out.append(String.format(Locale.UK, "  %-40s %9s %5.1f %%%n", share.phase(), seconds(share.seconds()),
                    share.percent()));
        }
    }

    private static String columns(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 1 && i <= 9;
                line.append(number ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false)).append("  ");
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    /** "0.83× qpdf (0.42 s)", "qpdf not installed", or "–" without a peer. */
    private static String versus(Result.Versus versus) {
        if (versus == null) {
            return "–";
        }
        if (versus.ratio() == null) {
            return versus.peer() + " not run";
        }
        return ratio(versus.ratio()) + " " + versus.peer() + " (" + seconds(versus.medianSeconds()) + ")";
    }

    static String ratio(double ratio) {
        return String.format(Locale.UK, "%.2f×", ratio);
    }

    static String seconds(double seconds) {
        return seconds < 10 ? String.format(Locale.UK, "%.2f s", seconds) : String.format(Locale.UK, "%.1f s", seconds);
    }

    private static String mb(Double mb) {
        return mb == null ? "–" : String.format(Locale.UK, "%.0f MB", mb);
    }
}
