package org.packpress.bench;

/** W11: {@code packpress --help} in a new JVM: answered from the command tree alone, before Spring starts. */
final class HelpWorkload extends CommandWorkload {

    HelpWorkload(Commands commands) {
        super(commands);
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
    public void run(int run) {
        jvm.run("help", "--help");
    }

    @Override
    public Output output() {
        return new Output(1, "answers");
    }
}
