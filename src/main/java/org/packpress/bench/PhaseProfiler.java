package org.packpress.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run's time goes: samples the stack of the thread doing the work every millisecond and counts
 * each sample for the most specific phase on the stack (stamping inside merging counts as stamping,
 * compiling a layout inside a fill counts as compiling). The counts, scaled to the run's wall time,
 * give an estimate per phase; stack sampling happens at safepoints, so treat it as a good
 * approximation, not a stopwatch.
 */
public final class PhaseProfiler implements AutoCloseable {

    /** Phases, most specific first: a sample counts for the first phase present on its stack. */
    enum Phase {
        COMPILE("compile or load layouts"),
        STAMP("stamp page numbers and links"),
        EXPORT("export PDF (Jasper)"),
        FILL("fill layouts (Jasper)"),
        MARKDOWN("Markdown to styled text"),
        CHECK_ATTACHMENTS("check attachments"),
        COPY_ATTACHMENTS("copy attachments out of the store"),
        MERGE("merge (PdfCopy)"),
        PUBLISH("publish (hash, move, manifest)"),
        STORE("read the store"),
        JOB("job repository (Spring Batch)"),
        OTHER("other (models, layout data, JVM)");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** One phase's share of a run. */
    public record Share(String phase, double seconds, double percent) {
    }

    private final Thread target;
    private final Thread sampler;
    private final Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
    private volatile boolean running = true;
    private long startNanos;
    private long endNanos;

    private PhaseProfiler(Thread target) {
        this.target = target;
        this.sampler = new Thread(this::sample, "bench-phase-profiler");
        sampler.setDaemon(true);
    }

    static PhaseProfiler start(Thread target) {
        PhaseProfiler profiler = new PhaseProfiler(target);
        profiler.startNanos = System.nanoTime();
        profiler.sampler.start();
        return profiler;
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        endNanos = System.nanoTime();
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The phases seen, largest first, as shares of the wall time. */
    List<Share> shares() {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        double seconds = (endNanos - startNanos) / 1e9;
        List<Share> shares = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<Phase, Integer>comparingByValue().reversed()).forEach(e -> {
            double fraction = total == 0 ? 0 : (double) e.getValue() / total;
            shares.add(new Share(e.getKey().label, seconds * fraction, 100 * fraction));
        });
        return shares;
    }

    private void sample() {
        while (running) {
            StackTraceElement[] stack = target.getStackTrace();
            if (stack.length > 0) {
                synchronized (counts) {
                    counts.merge(phaseOf(stack), 1, Integer::sum);
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static Phase phaseOf(StackTraceElement[] stack) {
        Phase best = Phase.OTHER;
        for (StackTraceElement frame : stack) {
            Phase phase = phaseOf(frame.getClassName(), frame.getMethodName());
            if (phase != null && phase.ordinal() < best.ordinal()) {
                best = phase;
            }
        }
        return best;
    }

    private static Phase phaseOf(String type, String method) {
        if (type.startsWith("org.packpress.render.jasper.TemplateRegistry") || type.startsWith("org.eclipse.jdt")
                || type.startsWith("net.sf.jasperreports.engine.design.") || type.startsWith("net.sf.jasperreports.jdt")
                || type.equals("net.sf.jasperreports.engine.JasperCompileManager")) {
            return Phase.COMPILE;
        }
        if (type.equals("org.packpress.render.pdf.PackAssembler")) {
            return method.equals("stampPageNumber") || method.equals("takePackLinks") ? Phase.STAMP : Phase.MERGE;
        }
        if (type.startsWith("net.sf.jasperreports.pdf.") || type.startsWith("net.sf.jasperreports.engine.export.")) {
            return Phase.EXPORT;
        }
        if (type.startsWith("net.sf.jasperreports.engine.fill.")) {
            return Phase.FILL;
        }
        if (type.startsWith("org.commonmark.") || type.startsWith("org.packpress.render.text.")) {
            return Phase.MARKDOWN;
        }
        if (type.startsWith("org.packpress.render.pdf.PdfFiles") || type.startsWith("org.packpress.ingest.agenda.PdfAttachments")
                || type.equals("org.packpress.documents.agenda.PaperRenderer") && method.equals("pageCount")) {
            return Phase.CHECK_ATTACHMENTS;
        }
        if (type.startsWith("org.packpress.store.BlobStore")) {
            return Phase.COPY_ATTACHMENTS;
        }
        if (type.startsWith("com.lowagie.text.pdf.PdfCopy$PageStamp") || type.startsWith("com.lowagie.text.pdf.PdfCopy$StampContent")) {
            return Phase.STAMP;
        }
        if (type.startsWith("com.lowagie.text.pdf.PdfCopy")) {
            return Phase.MERGE;
        }
        if (type.startsWith("org.packpress.publish.")) {
            return Phase.PUBLISH;
        }
        if (type.startsWith("org.packpress.store.") || type.startsWith("org.h2.")) {
            return Phase.STORE;
        }
        if (type.startsWith("org.springframework.batch.core.repository.")) {
            return Phase.JOB;
        }
        return null;
    }
}
