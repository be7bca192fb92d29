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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "action-tracker", mixinStandardHelpOptions = true,
        description = "Builds a body's action tracker as it stood on a date (PDF and .xlsx), in"
                + " <out>/<body>/<yyyy-mm-dd>/ beside that date's agenda pack.")
public class BuildActionTrackerCommand implements Callable<Integer>, BuildSubcommand {

    @Parameters(paramLabel = "<body>[/<yyyy-mm-dd>]", description = "The body, e.g. wm-pcp; or the body and the"
            + " tracker's date, as the other build commands name a meeting: wm-pcp/2024-01-15.")
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
        DocumentJob.Request request;
        if (body.contains("/")) {
            if (asOf != null) {
                throw new ParameterException(spec.commandLine(), "the tracker's date is given twice: in " + body
                        + " and by --as-of; give it once");
            }
            request = CommandLineBuilds.meeting(body, spec);
        } else {
            request = DocumentJob.Request.forMeeting(body, asOf == null ? LocalDate.now() : asOf);
        }
        return builds.build(MinutesPublisher.ACTION_TRACKER, request, output.out, spec.commandLine().getOut());
    }
}
