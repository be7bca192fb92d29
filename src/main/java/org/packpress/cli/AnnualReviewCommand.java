package org.packpress.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code packpress build annual-review <body> <year> [--out DIR]}. */
@Component
@Command(name = "annual-review", mixinStandardHelpOptions = true,
        description = "Builds the annual-report review PDF of a body and reporting year from the store "
                + "(out/<body>/annual-review/annual-review-<year>.pdf).")
public class AnnualReviewCommand implements BuildSubcommand, Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<body>", description = "The body's id, e.g. wm-spcb.")
    String body;

    @Parameters(index = "1", paramLabel = "<year>", description = "The reporting year, e.g. 2020/21 or 2020-21.")
    String year;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${packpress.out-dir}).")
    Path out;

    @Spec
    CommandSpec spec;

    private final JobLauncher launcher;
    private final Job job;
    private final Path defaultOut;

    public AnnualReviewCommand(JobLauncher launcher, @Qualifier("annualReviewJob") Job job,
            @Value("${packpress.out-dir:out}") Path defaultOut) {
        this.launcher = launcher;
        this.job = job;
        this.defaultOut = defaultOut;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> params = new HashMap<>();
        params.put("body", body);
        params.put("year", year);
        params.put("out", (out == null ? defaultOut : out).toString());
        Path written = PerformanceJobRunner.run(launcher, job, params);
        spec.commandLine().getOut().println("Wrote " + written);
        return 0;
    }
}
