package org.packpress.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.packpress.batch.AgendaPackJobConfig;
import org.packpress.batch.JobRunner;
import org.packpress.batch.MinutesJobConfig;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = "Builds a meeting's minutes (and confidential minutes when items were exempt) in the body's"
                + " house style, beside the meeting's agenda pack.")
public class BuildMinutesCommand implements Callable<Integer>, BuildSubcommand {

    @Parameters(paramLabel = "<body>/<yyyy-mm-dd>", description = "The meeting, e.g. wm-pcp/2023-11-13.")
    String meeting;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    private final JobRunner jobs;
    private final Job minutes;
    private final Path defaultOut;

    public BuildMinutesCommand(JobRunner jobs, @Qualifier(MinutesJobConfig.JOB) Job minutes,
            @Value("${packpress.out-dir:out}") Path defaultOut) {
        this.jobs = jobs;
        this.minutes = minutes;
        this.defaultOut = defaultOut;
    }

    @Override
    public Integer call() {
        BuildAgendaPackCommand.MeetingRef ref = BuildAgendaPackCommand.MeetingRef.parse(meeting, spec);
        Path outDir = (out == null ? defaultOut : out).toAbsolutePath().normalize();
        JobExecution execution = jobs.run(minutes, new JobParametersBuilder()
                .addString(AgendaPackJobConfig.BODY, ref.body())
                .addString(AgendaPackJobConfig.MEETING, ref.date().toString())
                .addString(AgendaPackJobConfig.BUILD_TIME, LocalDateTime.now().toString())
                .addString(AgendaPackJobConfig.OUT_DIR, outDir.toString(), false)
                .toJobParameters());
        for (String file : execution.getExecutionContext().getString(AgendaPackJobConfig.WRITTEN).split("\n")) {
            System.out.println("wrote " + file);
        }
        return 0;
    }
}
