package org.packpress.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A {@code build} subcommand that builds one document of one meeting, named {@code <body>/<yyyy-mm-dd>}. */
abstract class MeetingBuildCommand implements Callable<Integer>, BuildSubcommand {

    @Parameters(paramLabel = "<body>/<yyyy-mm-dd>", description = "The meeting, e.g. wm-pcp/2024-01-15.")
    String meeting;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    private final CommandLineBuilds builds;
    private final String document;

    MeetingBuildCommand(CommandLineBuilds builds, String document) {
        this.builds = builds;
        this.document = document;
    }

    @Override
    public Integer call() throws Exception {
        return builds.build(document, CommandLineBuilds.meeting(meeting, spec), output.out,
                spec.commandLine().getOut());
    }
}
