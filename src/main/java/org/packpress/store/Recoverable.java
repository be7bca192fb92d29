package org.packpress.store;

/**
 * Work other than job executions that a process may leave unfinished when it dies (for example sends
 * in flight). Every bean of this type runs when a process starts, and again with each heartbeat, after
 * the job executions of dead processes have been recovered.
 */
public interface Recoverable {

    /** Recovers what dead processes left; returns a line for the log, or null when there was nothing. */
    String recover();
}
