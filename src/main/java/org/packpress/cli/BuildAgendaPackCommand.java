package org.packpress.cli;

import org.packpress.documents.agenda.AgendaPackBuilder;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(name = "agenda-pack", mixinStandardHelpOptions = true,
        description = "Builds a meeting's agenda pack (public, and confidential when items are exempt), and a"
                + " supplementary agenda when papers changed since the last build.")
public class BuildAgendaPackCommand extends MeetingBuildCommand {

    public BuildAgendaPackCommand(CommandLineBuilds builds) {
        super(builds, AgendaPackBuilder.DOCUMENT);
    }
}
