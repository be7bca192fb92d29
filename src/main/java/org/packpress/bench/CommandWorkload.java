package org.packpress.bench;

import java.nio.file.Path;

/**
 * A workload whose runs are PackPress commands, each in a new JVM ({@link NewJvm}) with the bench's store and
 * layout cache: the heap of this process says nothing about them.
 */
abstract class CommandWorkload implements Workload {

    private final int warmUps;
    /** Runs the commands; made by {@link #prepare}. */
    NewJvm jvm;

    /** @param warmUps 1: the first command after preparing is not timed; 0: a quick check (the tiny bench) */
    CommandWorkload(int warmUps) {
        this.warmUps = warmUps;
    }

    @Override
    public int warmUps() {
        return warmUps;
    }

    @Override
    public boolean heapMeasuredInProcess() {
        return false;
    }

    @Override
    public void prepare(Path work) {
        jvm = new NewJvm(work);
    }
}
