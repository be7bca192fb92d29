package org.packpress.cli;

import java.util.concurrent.Callable;
import org.packpress.batch.DocumentJob;
import org.packpress.common.BuildFailedException;
import org.packpress.documents.agenda.PackPublication;
import org.packpress.store.MeetingPublications;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code publish}: publishes a meeting, as the officer page's "Publish" does: from then on its agenda pack is
 * public and may be sent. Refused while the checks find an error in the pack.
 */
@Component
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publishes a meeting: its agenda pack becomes public and may be sent.")
public class PublishCommand implements Callable<Integer>, TopLevelCommand {

    @Parameters(paramLabel = "<body>/<yyyy-mm-dd>", description = "The meeting, e.g. wm-pcp/2024-01-15.")
    String meeting;

    private final PackPublication publication;

    public PublishCommand(PackPublication publication) {
        this.publication = publication;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DocumentJob.Request request = CommandLineBuilds.meeting(meeting, spec);
        try {
            MeetingPublications.Publication done = publication.publish(request.body(), request.meeting(),
                    "command line (" + System.getProperty("user.name") + ")");
            System.out.println(meeting + " published on " + done.at() + " by " + done.by());
            return 0;
        } catch (BuildFailedException e) {
            System.err.println("Not published. " + e.getMessage());
            return ErrorReporter.BUILD_FAILED;
        }
    }
}
