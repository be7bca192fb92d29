package org.packpress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.packpress.bench.BenchEnvironment;
import org.packpress.bench.BenchRunner;
import org.packpress.bench.BenchSize;
import org.packpress.bench.Report;
import org.packpress.bench.Workload;
import org.packpress.bench.Workloads;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Component
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the speed and memory of PackPress's workloads on synthetic data (in a store of its"
                + " own, never the data/ folder) and prints a table and JSON.")
public class BenchCommand implements Callable<Integer>, TopLevelCommand {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of each workload, after a warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of printing it.")
    Path out;

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Only these workloads, e.g. W1,W2.")
    List<String> only = List.of();

    @Option(names = "--size", defaultValue = "full",
            description = "full (the sizes of the targets) or tiny (a quick check that every workload works).")
    String size;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
            description = "The folder holding the sample body wm-pcp (default: ${DEFAULT-VALUE}).")
    Path examples;

    @Option(names = "--check", description = "Exit with 1 when a workload misses its target (a peer that is not"
            + " installed leaves its ratio unjudged: missed).")
    boolean check;

    @Spec
    CommandSpec spec;

    private final Workloads workloads;

    public BenchCommand(Workloads workloads) {
        this.workloads = workloads;
    }

    @Override
    public Integer call() throws IOException {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs: must be at least 1");
        }
        Set<String> ids = only.stream().map(String::toUpperCase).collect(Collectors.toSet());
        BenchSize benchSize = switch (size.toLowerCase()) {
            case "full" -> BenchSize.FULL;
            case "tiny" -> BenchSize.TINY;
            default -> throw new ParameterException(spec.commandLine(), "--size: '" + size + "' is not full or tiny");
        };
        List<Workload> chosen = workloads.create(benchSize, examples, ids);
        Report report = new BenchRunner(System.err, benchSize.warmUpSeconds).run(chosen, runs, workFolder());
        System.out.print(report.table());
        if (out != null) {
            Files.writeString(out, report.json());
            System.out.println("\nwrote " + out.toAbsolutePath().normalize());
        } else {
            System.out.println();
            System.out.println(report.json());
        }
        if (check && !report.missed().isEmpty()) {
            System.err.println("bench --check: targets missed by " + String.join(", ", report.missed()));
        }
        return report.exitCode(check);
    }

    private static Path workFolder() throws IOException {
        String work = System.getProperty(BenchEnvironment.WORK);
        return work != null ? Path.of(work) : Files.createTempDirectory("packpress-bench-");
    }
}
