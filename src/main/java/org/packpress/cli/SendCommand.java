package org.packpress.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.SendJobConfig;
import org.packpress.distribute.Distributor;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code send}: sends a meeting's published document to the body's distribution list, as the job the
 * officer page's "Send now" starts in the background, here run to its end; nobody receives the same file
 * twice, and sends a killed process left in flight are resent (with the same Message-ID) when any process
 * starts.
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

    @Spec
    CommandSpec spec;

    private final SendJobConfig.Sends sends;
    private final Distributor distributor;

    public SendCommand(SendJobConfig.Sends sends, Distributor distributor) {
        this.sends = sends;
        this.distributor = distributor;
    }

    @Override
    public Integer call() {
        DocumentJob.Request request = CommandLineBuilds.meeting(meeting, spec);
        Optional<String> refused = distributor.cannotSend(request.body(), request.meeting(), document);
        if (refused.isPresent()) {
            System.err.println("Cannot send: " + refused.get());
            return 2;
        }
        JobExecution execution = sends.run(request.body(), request.meeting(), document,
                "command line (" + System.getProperty("user.name") + ")");
        ExecutionContext report = execution.getExecutionContext();
        report.getString(SendJobConfig.REPORT, "").lines().forEach(System.out::println);
        report.getString(SendJobConfig.FAILURES, "").lines().forEach(System.err::println);
        return report.getInt(SendJobConfig.FAILED, 0) == 0 ? 0 : 3;
    }
}
