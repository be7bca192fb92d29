package org.packpress.bench;

import java.nio.file.Path;

/** W11: {@code packpress --help} in a new JVM: answered from the command tree alone, before Spring starts. */
final class HelpWorkload implements Workload {

    private final int warmUps;
    private NewJvm jvm;

    /** @param warmUps 1: the first start after preparing is not timed; 0: a quick check (the tiny bench) */
    HelpWorkload(int warmUps) {
        this.warmUps = warmUps;
    }

    @Override
    public String id() {
        return "W11";
    }

    @Override
    public String title() {
        return "--help in a new JVM";
    }

    @Override
    public Target target() {
        return new Target(0.3, 0);
    }

    @Override
    public boolean heapMeasuredInProcess() {
        return false;
    }

    @Override
    public int warmUps() {
        return warmUps;
    }

    @Override
    public void prepare(Path work) {
        jvm = new NewJvm(work);
    }

    @Override
    public void run(int run) {
        jvm.run("help", "--help");
    }

    @Override
    public Output output() {
        return new Output(1, "answers");
    }
}
