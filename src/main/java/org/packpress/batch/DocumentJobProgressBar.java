package org.packpress.batch;

import java.io.PrintStream;
import org.springframework.stereotype.Component;

/**
 * A progress bar for long command-line builds: while a job runs in this process, redraws one line on
 * the terminal ({@code [##########----------]  48%  5/11  item 7 ...}). Draws nothing when the output
 * is not a terminal, so scripts and logs stay clean.
 */
@Component
public class DocumentJobProgressBar {

    private static final int WIDTH = 30;

    private final DocumentJobTracker tracker;

    public DocumentJobProgressBar(DocumentJobTracker tracker) {
        this.tracker = tracker;
    }

    /** Starts drawing the progress of the next (or running) execution of the job; close to stop. */
    public AutoCloseable show(String jobName, PrintStream out) {
        if (System.console() == null) {
            return () -> { };
        }
        Thread thread = new Thread(() -> draw(jobName, out), "progress-bar");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            thread.interrupt();
            thread.join(1000);
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        };
    }

    private void draw(String jobName, PrintStream out) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                tracker.latest(jobName).ifPresent(e -> {
                    out.print("\r" + line(DocumentJobProgress.of(e)));
                    out.flush();
                });
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static String line(DocumentJobProgress p) {
        int filled = p.percent() * WIDTH / 100;
        String what = p.current() == null ? "" : p.current();
        if (what.length() > 40) {
            what = what.substring(0, 39) + "…";
        }
        return String.format("[%s%s] %3d%%  %d/%d  %-40s", "#".repeat(filled), "-".repeat(WIDTH - filled), p.percent(),
                p.done(), p.total(), what);
    }
}
