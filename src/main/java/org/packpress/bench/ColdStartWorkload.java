package org.packpress.bench;

import java.nio.file.Path;

/**
 * W5: the command-line build of the sample pack in a new JVM, as the README runs it
 * ({@code ./packpress build agenda-pack wm-pcp/2024-01-15}), against a database the bench prepared beforehand
 * with {@code import} (in its own JVM, untimed). The wall time includes starting the JVM and the application.
 * The warm-up run is the first start after installing, which also compiles the layouts into the layout cache;
 * the timed runs find them there (the tiny bench has no warm-up: its one run finds the layouts its process
 * compiled, see {@link Commands}).
 */
final class ColdStartWorkload extends ColdPackWorkload {

    private static final String MEETING = "wm-pcp/2024-01-15";

    private final Path sample;

    ColdStartWorkload(Path sample, Commands commands) {
        super(commands);
        this.sample = sample;
    }

    @Override
    public String id() {
        return "W5";
    }

    @Override
    public String title() {
        return "cold start: build agenda-pack in a new JVM";
    }

    @Override
    public Target target() {
        return new Target(1.5, 0);
    }

    @Override
    Path input() {
        SamplePackWorkload.requireSample(sample);
        return sample.toAbsolutePath().normalize();
    }

    @Override
    String meeting() {
        return MEETING;
    }
}
