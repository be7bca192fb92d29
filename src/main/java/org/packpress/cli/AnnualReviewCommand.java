package org.packpress.cli;

import java.util.concurrent.Callable;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobsConfig;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    private final CommandLineBuilds builds;

    public AnnualReviewCommand(CommandLineBuilds builds) {
        this.builds = builds;
    }

    @Override
    public Integer call() throws Exception {
        return builds.build(DocumentJobsConfig.ANNUAL_REVIEW, new DocumentJob.Request(body, null, null, year), output.out,
                spec.commandLine().getOut());
    }
}
