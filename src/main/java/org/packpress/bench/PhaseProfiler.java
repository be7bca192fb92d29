package org.packpress.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run's time goes: every millisecond, samples the stacks of the thread doing the work and of the
 * threads rendering papers for it, counting each running (not waiting) thread's sample for the most
 * specific phase on its stack (stamping inside merging counts as stamping, compiling a layout inside a
 * fill counts as compiling). Each sample stands for one sampling interval of one thread, so the phases
 * add up to thread time, which exceeds the wall time when papers render on two cores. Stack sampling
 * happens at safepoints: treat it as a good approximation, not a stopwatch.
 */
public final class PhaseProfiler implements AutoCloseable {

    /** Phases, most specific first: a sample counts for the first phase present on its stack. */
    enum Phase {
        COMPILE("compile or load layouts"),
        STAMP("stamp page numbers and links"),
        VALIDATE("validate accessibility (veraPDF)"),
        EXPORT("export PDF (Jasper)"),
        FILL("fill layouts (Jasper)"),
        MARKDOWN("Markdown to styled text"),
        CHECK_ATTACHMENTS("check attachments"),
        COPY_ATTACHMENTS("copy attachments out of the store"),
        MERGE("assemble pack (PDFBox merge, structure, outline)"),
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
    private int ticks;

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
        double interval = ticks == 0 ? 0 : (endNanos - startNanos) / 1e9 / ticks;
        List<Share> shares = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<Phase, Integer>comparingByValue().reversed()).forEach(e -> {
            double fraction = total == 0 ? 0 : (double) e.getValue() / total;
            shares.add(new Share(e.getKey().label, interval * e.getValue(), 100 * fraction));
        });
        return shares;
    }

    private void sample() {
        while (running) {
            ticks++;
            for (Thread thread : workers()) {
                StackTraceElement[] stack = thread.getStackTrace();
                if (stack.length > 0 && thread.getState() == Thread.State.RUNNABLE) {
                    synchronized (counts) {
                        counts.merge(phaseOf(stack), 1, Integer::sum);
                    }
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The working thread and the threads that render papers for it (see PaperRenderer). */
    private List<Thread> workers() {
        List<Thread> threads = new ArrayList<>();
        threads.add(target);
        Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("paper-renderer"))
                .forEach(threads::add);
        return threads;
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
        if (type.startsWith("org.verapdf.") || type.equals("org.packpress.render.pdf.PdfValidator")
                || type.equals("org.packpress.render.pdf.AttachmentVerdicts")) {
            return Phase.VALIDATE;
        }
        if (type.equals("org.packpress.render.pdf.PageStamps") || type.equals("org.packpress.render.pdf.PackAssembler")
                && (method.equals("linkFrontSheet") || method.equals("labelPages"))) {
            return Phase.STAMP;
        }
        if (type.startsWith("org.packpress.render.pdf.Pack") || type.equals("org.packpress.render.pdf.NamedDestinations")
                || type.equals("org.packpress.render.pdf.XmpPacket") || type.startsWith("org.apache.pdfbox.multipdf.")) {
            return Phase.MERGE;
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
