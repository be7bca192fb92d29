package org.packpress.bench;

import java.nio.file.Path;

/**
 * A workload whose runs are PackPress commands, each in a new JVM ({@link NewJvm}) with the bench's store and
 * layout cache: the heap of this process says nothing about them.
 */
abstract class CommandWorkload implements Workload {

    private final Commands commands;
    /** Runs the commands; made by {@link #prepare}. */
    NewJvm jvm;

    CommandWorkload(Commands commands) {
        this.commands = commands;
    }

    @Override
    public int warmUps() {
        return commands.warmUps();
    }

    @Override
    public boolean heapMeasuredInProcess() {
        return false;
    }

    @Override
    public void prepare(Path work) {
        jvm = commands.jvm(work);
    }
}
