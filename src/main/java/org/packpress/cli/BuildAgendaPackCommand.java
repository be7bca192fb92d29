package org.packpress.cli;

import java.util.concurrent.Callable;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "agenda-pack", mixinStandardHelpOptions = true,
        description = "Builds a meeting's agenda pack (public, and confidential when items are exempt), and a"
                + " supplementary agenda when papers changed since the last build.")
public class BuildAgendaPackCommand implements Callable<Integer>, BuildSubcommand {

    @Parameters(paramLabel = "<body>/<yyyy-mm-dd>", description = "The meeting, e.g. wm-pcp/2024-01-15.")
    String meeting;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    private final CommandLineBuilds builds;

    public BuildAgendaPackCommand(CommandLineBuilds builds) {
        this.builds = builds;
    }

    @Override
    public Integer call() throws Exception {
        return builds.build(AgendaPackBuilder.DOCUMENT, CommandLineBuilds.meeting(meeting, spec), output.out,
                spec.commandLine().getOut());
    }
}
