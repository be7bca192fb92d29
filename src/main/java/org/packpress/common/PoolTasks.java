package org.packpress.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** What {@link ReadAhead} and {@link WriteBehind} do with a task handed to a pool. */
final class PoolTasks {

    private PoolTasks() {
    }

    /**
     * The task's result: the caller runs the task itself when the pool has not started it (a busy pool then
     * delays nothing), or waits for it; its failure is rethrown as it was thrown.
     *
     * @param what the task's subject, for the message of a failure that is not a runtime exception
     */
    static <V> V result(FutureTask<V> task, String what) {
        task.run(); // does nothing when the pool has started or finished it
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        } catch (CancellationException e) {
            throw new IllegalStateException(what + " was cancelled", e);
        }
    }
}
