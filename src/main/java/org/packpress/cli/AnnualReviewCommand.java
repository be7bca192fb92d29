package org.packpress.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.springframework.batch.core.Job;
import org.packpress.batch.JobRunner;
import org.packpress.batch.performance.PerformanceJobs;
import org.springframework.batch.core.JobParametersBuilder;
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

    private final JobRunner jobs;
    private final Job job;
    private final Path defaultOut;

    public AnnualReviewCommand(JobRunner jobs, @Qualifier(PerformanceJobs.ANNUAL_REVIEW) Job job,
            @Value("${packpress.out-dir:out}") Path defaultOut) {
        this.jobs = jobs;
        this.job = job;
        this.defaultOut = defaultOut;
    }

    @Override
    public Integer call() {
        JobParametersBuilder params = new JobParametersBuilder().addString("body", body).addString("year", year);
        params.addString("requestedAt", LocalDateTime.now().toString())
                .addString("out", (out == null ? defaultOut : out).toAbsolutePath().normalize().toString(), false);
        Path written = Path.of(jobs.run(job, params.toJobParameters()).getExecutionContext()
                .getString(PerformanceJobs.OUTPUT));
        spec.commandLine().getOut().println("wrote " + written);
        return 0;
    }
}
