package org.packpress.cli;

import java.util.concurrent.Callable;
import org.packpress.documents.minutes.MinutesPublisher;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = "Builds a meeting's minutes (and confidential minutes when items were exempt) in the body's"
                + " house style, beside the meeting's agenda pack.")
public class BuildMinutesCommand implements Callable<Integer>, BuildSubcommand {

    @Parameters(paramLabel = "<body>/<yyyy-mm-dd>", description = "The meeting, e.g. wm-pcp/2023-11-13.")
    String meeting;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    private final CommandLineBuilds builds;

    public BuildMinutesCommand(CommandLineBuilds builds) {
        this.builds = builds;
    }

    @Override
    public Integer call() throws Exception {
        return builds.build(MinutesPublisher.MINUTES, CommandLineBuilds.meeting(meeting, spec), output.out,
                spec.commandLine().getOut());
    }
}
