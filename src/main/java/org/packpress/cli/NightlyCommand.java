package org.packpress.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.packpress.batch.NightlyRunner;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "Builds what is due: agenda packs whose publication date has come and packs whose inputs"
                + " changed since they were built. Runs once per date; a failed run restarts where it stopped.")
public class NightlyCommand implements Callable<Integer>, TopLevelCommand {

    @Option(names = "--date", paramLabel = "yyyy-mm-dd", description = "The run date (default: today).")
    LocalDate date;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: packpress.out-dir).")
    Path out;

    private final NightlyRunner runner;

    public NightlyCommand(NightlyRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        LocalDate runDate = date == null ? LocalDate.now() : date;
        NightlyRunner.Outcome outcome = out == null ? runner.run(runDate) : runner.run(runDate, out);
        if (outcome.alreadyCompleted()) {
            System.out.println("nightly run of " + runDate + " already completed; nothing to do");
            return 0;
        }
        System.out.println("nightly run of " + runDate + ": " + (outcome.built().isEmpty() ? "nothing due"
                : "built " + String.join(", ", outcome.built())));
        outcome.written().forEach(f -> System.out.println("wrote " + f));
        outcome.failed().forEach(f -> System.err.println("failed: " + f));
        return outcome.failed().isEmpty() ? 0 : 3;
    }
}
