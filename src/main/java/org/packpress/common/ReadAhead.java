package org.packpress.common;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Reads keys' values one step ahead of the caller, on a pool: while the caller works on one key's value, the
 * next key's (in the order given) is read on another thread. A caller that asks for a value the pool has not
 * started reads it itself, so a busy pool delays nothing; a key asked out of order is read then. Each value
 * is read at most once per request and handed to the caller's thread only once read.
 *
 * @param <K> the key, e.g. an indicator's number
 * @param <V> what is read for it
 */
public final class ReadAhead<K, V> implements AutoCloseable {

    private final Function<K, V> read;
    private final List<K> order;
    private final Executor pool;
    private K nextKey;
    private FutureTask<V> next;

    /** Starts reading the first key's value. */
    public ReadAhead(Function<K, V> read, List<K> order, Executor pool) {
        this.read = read;
        this.order = List.copyOf(order);
        this.pool = pool;
        if (!this.order.isEmpty()) {
            readAhead(this.order.get(0));
        }
    }

    /** The key's value; then the value of the key after it starts being read. */
    public V get(K key) {
        FutureTask<V> task = key.equals(nextKey) ? next : new FutureTask<>(() -> read.apply(key));
        next = null;
        nextKey = null;
        V value = PoolTasks.result(task, "reading " + key);
        int at = order.indexOf(key);
        if (at >= 0 && at + 1 < order.size()) {
            readAhead(order.get(at + 1));
        }
        return value;
    }

    private void readAhead(K key) {
        nextKey = key;
        next = new FutureTask<>(() -> read.apply(key));
        pool.execute(next);
    }

    /** Cancels the read ahead that nobody asked for (a caller that stopped early). */
    @Override
    public void close() {
        if (next != null) {
            next.cancel(false);
            next = null;
            nextKey = null;
        }
    }
}
