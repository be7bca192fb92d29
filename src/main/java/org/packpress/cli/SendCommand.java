package org.packpress.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.packpress.distribute.Distributor;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send}: sends a meeting's published document to the body's distribution list (the same as the
 * officer page's "Send now"); nobody receives the same file twice, and sends a killed process left in
 * flight are resent (with the same Message-ID) when any process starts.
 */
@Component
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Sends a meeting's built document to the body's distribution list.")
public class SendCommand implements Callable<Integer>, TopLevelCommand {

    @Parameters(paramLabel = "<body>/<yyyy-mm-dd>", description = "The meeting, e.g. wm-pcp/2024-01-15.")
    String meeting;

    @Option(names = "--document", defaultValue = "agenda-pack",
            description = "The document to send (default: agenda-pack).")
    String document;

    private final Distributor distributor;

    public SendCommand(Distributor distributor) {
        this.distributor = distributor;
    }

    @Override
    public Integer call() {
        int slash = meeting.lastIndexOf('/');
        if (slash < 0) {
            System.err.println("give the meeting as <body>/<yyyy-mm-dd>, e.g. wm-pcp/2024-01-15");
            return 2;
        }
        Distributor.Report report = distributor.distribute(meeting.substring(0, slash),
                LocalDate.parse(meeting.substring(slash + 1)), document,
                "command line (" + System.getProperty("user.name") + ")");
        report.sent().forEach(p -> System.out.println("sent " + p.file() + " to " + p.recipient().email()));
        report.skipped().forEach(p -> System.out.println("already " + p.status().toLowerCase(java.util.Locale.ROOT)
                + ": " + p.file() + " to " + p.recipient().email()));
        report.failed().forEach((email, why) -> System.err.println("failed: " + email + ": " + why));
        return report.failed().isEmpty() ? 0 : 3;
    }
}
