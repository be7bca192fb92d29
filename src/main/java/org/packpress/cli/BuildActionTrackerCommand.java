package org.packpress.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.packpress.batch.ActionTrackerJobConfig;
import org.packpress.batch.AgendaPackJobConfig;
import org.packpress.batch.JobRunner;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "action-tracker", mixinStandardHelpOptions = true,
        description = "Builds a body's action tracker as it stood on a date (PDF and .xlsx), in"
                + " <out>/<body>/<yyyy-mm-dd>/ beside that date's agenda pack.")
public class BuildActionTrackerCommand implements Callable<Integer>, BuildSubcommand {

    @Parameters(paramLabel = "<body>", description = "The body, e.g. wm-pcp.")
    String body;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>", description = "The date of the tracker (default: today).")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    private final JobRunner jobs;
    private final Job actionTracker;
    private final Path defaultOut;

    public BuildActionTrackerCommand(JobRunner jobs, @Qualifier(ActionTrackerJobConfig.JOB) Job actionTracker,
            @Value("${packpress.out-dir:out}") Path defaultOut) {
        this.jobs = jobs;
        this.actionTracker = actionTracker;
        this.defaultOut = defaultOut;
    }

    @Override
    public Integer call() {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        Path outDir = (out == null ? defaultOut : out).toAbsolutePath().normalize();
        JobExecution execution = jobs.run(actionTracker, new JobParametersBuilder()
                .addString(AgendaPackJobConfig.BODY, body)
                .addString(ActionTrackerJobConfig.AS_OF, date.toString())
                .addString(AgendaPackJobConfig.BUILD_TIME, LocalDateTime.now().toString())
                .addString(AgendaPackJobConfig.OUT_DIR, outDir.toString(), false)
                .toJobParameters());
        for (String file : execution.getExecutionContext().getString(AgendaPackJobConfig.WRITTEN).split("\n")) {
            System.out.println("wrote " + file);
        }
        return 0;
    }
}
