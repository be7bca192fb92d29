package org.packpress.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.packpress.batch.DocumentJob;
import org.packpress.documents.minutes.MinutesPublisher;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "action-tracker", mixinStandardHelpOptions = true,
        description = "Builds a body's action tracker as it stood on a date (PDF and .xlsx), in"
                + " <out>/<body>/<yyyy-mm-dd>/ beside that date's agenda pack.")
public class BuildActionTrackerCommand implements Callable<Integer>, BuildSubcommand {

    @Parameters(paramLabel = "<body>", description = "The body, e.g. wm-pcp.")
    String body;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>", description = "The date of the tracker (default: today).")
    LocalDate asOf;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    private final CommandLineBuilds builds;

    public BuildActionTrackerCommand(CommandLineBuilds builds) {
        this.builds = builds;
    }

    @Override
    public Integer call() throws Exception {
        DocumentJob.Request request = DocumentJob.Request.forMeeting(body, asOf == null ? LocalDate.now() : asOf);
        return builds.build(MinutesPublisher.ACTION_TRACKER, request, output.out, spec.commandLine().getOut());
    }
}
