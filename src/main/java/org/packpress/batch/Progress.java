package org.packpress.batch;

/** Keys under which a running step records its progress in its execution context. */
public final class Progress {

    public static final String DONE = "progress.done";
    public static final String TOTAL = "progress.total";
    public static final String CURRENT = "progress.current";

    private Progress() {
    }
}
