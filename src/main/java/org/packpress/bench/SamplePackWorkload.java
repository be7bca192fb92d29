package org.packpress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.packpress.ingest.ImportService;

/** W1: the sample Panel's agenda pack of 15 January 2024, rebuilt in a running process. */
final class SamplePackWorkload extends PackWorkload {

    private final ImportService imports;
    private final Path sample;

    SamplePackWorkload(ImportService imports, PackBuilds packs, Path sample) {
        super(packs);
        this.imports = imports;
        this.sample = sample;
    }

    @Override
    public String id() {
        return "W1";
    }

    @Override
    public String title() {
        return "sample pack, warm";
    }

    @Override
    public Target target() {
        return new Target(0.5, 0);
    }

    @Override
    String body() {
        return "wm-pcp";
    }

    @Override
    LocalDate date() {
        return LocalDate.of(2024, 1, 15);
    }

    @Override
    void store(Path work) {
        requireSample(sample);
        imports.importPaths(List.of(sample));
    }

    static void requireSample(Path sample) {
        if (!Files.isRegularFile(sample.resolve("meetings/2024-01-15.yaml"))) {
            throw new IllegalStateException(sample.toAbsolutePath().normalize() + " holds no sample meeting of"
                    + " 2024-01-15: run the bench from the project folder, or give --examples");
        }
    }
}
