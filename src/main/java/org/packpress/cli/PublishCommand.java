package org.packpress.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.packpress.common.BuildFailedException;
import org.packpress.documents.agenda.PackPublication;
import org.packpress.store.MeetingPublications;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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

    @Override
    public Integer call() {
        int slash = meeting.lastIndexOf('/');
        if (slash < 0) {
            System.err.println("give the meeting as <body>/<yyyy-mm-dd>, e.g. wm-pcp/2024-01-15");
            return ErrorReporter.INPUT_REJECTED;
        }
        String body = meeting.substring(0, slash);
        LocalDate date = LocalDate.parse(meeting.substring(slash + 1));
        try {
            MeetingPublications.Publication done = publication.publish(body, date,
                    "command line (" + System.getProperty("user.name") + ")");
            System.out.println(meeting + " published on " + done.at() + " by " + done.by());
            return 0;
        } catch (BuildFailedException e) {
            System.err.println("Not published. " + e.getMessage());
            return ErrorReporter.BUILD_FAILED;
        }
    }
}
