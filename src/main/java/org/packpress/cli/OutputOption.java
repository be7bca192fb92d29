package org.packpress.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out DIR} option of the build commands. */
public class OutputOption {

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: packpress.out-dir, normally out/).")
    Path out;
}
