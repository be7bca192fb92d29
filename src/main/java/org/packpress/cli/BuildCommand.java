package org.packpress.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds a document from the store and publishes it under the output folder.",
        subcommands = {BuildAgendaPackCommand.class, BuildMinutesCommand.class, BuildActionTrackerCommand.class,
                KpiWorkbookCommand.class, AnnualReviewCommand.class})
public class BuildCommand implements TopLevelCommand {
}
