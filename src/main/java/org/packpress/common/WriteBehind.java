package org.packpress.common;

import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Writes items on a pool, one at a time and in the order given, at most one behind the caller: while the pool
 * writes one item the caller prepares the next, which waits for the one before it (the caller writes that one
 * itself when the pool has not started it, so a busy pool delays nothing). The writer is thus used by one thread
 * at a time, each write seeing everything the one before it did.
 *
 * @param <T> what is written, e.g. an indicator's figures
 */
public final class WriteBehind<T> implements AutoCloseable {

    private final Consumer<T> write;
    private final Executor pool;
    private FutureTask<Void> previous;

    public WriteBehind(Consumer<T> write, Executor pool) {
        this.write = write;
        this.pool = pool;
    }

    /** Hands the item to the pool once the one before it is written; a failed write fails here or in {@link #finish}. */
    public void accept(T item) {
        finish();
        previous = new FutureTask<>(() -> write.accept(item), null);
        pool.execute(previous);
    }

    /** Returns when every item is written. */
    public void finish() {
        if (previous != null) {
            FutureTask<Void> last = previous;
            previous = null;
            PoolTasks.result(last, "writing in the background");
        }
    }

    /**
     * Waits for the write under way, if any, so that the writer may then be closed; its failure, if the caller is
     * already failing, is added to the caller's as a suppressed exception.
     */
    @Override
    public void close() {
        finish();
    }
}
