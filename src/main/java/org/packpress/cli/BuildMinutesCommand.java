package org.packpress.cli;

import org.packpress.documents.minutes.MinutesPublisher;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = "Builds a meeting's minutes (and confidential minutes when items were exempt) in the body's"
                + " house style, beside the meeting's agenda pack.")
public class BuildMinutesCommand extends MeetingBuildCommand {

    public BuildMinutesCommand(CommandLineBuilds builds) {
        super(builds, MinutesPublisher.MINUTES);
    }
}
