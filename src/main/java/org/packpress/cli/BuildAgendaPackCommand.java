package org.packpress.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.packpress.batch.AgendaPackJobConfig;
import org.packpress.batch.DocumentJobProgressBar;
import org.packpress.batch.JobRunner;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Component
@Command(name = "agenda-pack", mixinStandardHelpOptions = true,
        description = "Builds a meeting's agenda pack (public, and confidential when items are exempt), and a"
                + " supplementary agenda when papers changed since the last build.")
public class BuildAgendaPackCommand implements Callable<Integer>, BuildSubcommand {

    @Parameters(paramLabel = "<body>/<yyyy-mm-dd>", description = "The meeting, e.g. wm-pcp/2024-01-15.")
    String meeting;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    private final JobRunner jobs;
    private final Job agendaPack;
    private final Path defaultOut;
    private final DocumentJobProgressBar progressBar;

    public BuildAgendaPackCommand(JobRunner jobs, @Qualifier(AgendaPackJobConfig.JOB) Job agendaPack,
            @Value("${packpress.out-dir:out}") Path defaultOut, DocumentJobProgressBar progressBar) {
        this.jobs = jobs;
        this.agendaPack = agendaPack;
        this.defaultOut = defaultOut;
        this.progressBar = progressBar;
    }

    @Override
    public Integer call() throws Exception {
        MeetingRef ref = MeetingRef.parse(meeting, spec);
        Path outDir = (out == null ? defaultOut : out).toAbsolutePath().normalize();
        JobExecution execution;
        try (AutoCloseable bar = progressBar.show(AgendaPackJobConfig.JOB, System.err)) {
            execution = jobs.run(agendaPack, new JobParametersBuilder()
                    .addString(AgendaPackJobConfig.BODY, ref.body())
                    .addString(AgendaPackJobConfig.MEETING, ref.date().toString())
                    .addString(AgendaPackJobConfig.BUILD_TIME, LocalDateTime.now().toString())
                    .addString(AgendaPackJobConfig.OUT_DIR, outDir.toString(), false)
                    .toJobParameters());
        }
        for (String file : execution.getExecutionContext().getString(AgendaPackJobConfig.WRITTEN).split("\n")) {
            System.out.println("wrote " + file);
        }
        return 0;
    }

    /** A meeting written as {@code <body>/<yyyy-mm-dd>}. */
    record MeetingRef(String body, LocalDate date) {

        static MeetingRef parse(String text, CommandSpec spec) {
            int slash = text.lastIndexOf('/');
            if (slash <= 0) {
                throw new ParameterException(spec.commandLine(), "'" + text + "' is not <body>/<yyyy-mm-dd>");
            }
            try {
                return new MeetingRef(text.substring(0, slash), LocalDate.parse(text.substring(slash + 1)));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "'" + text.substring(slash + 1)
                        + "' is not a valid date (yyyy-mm-dd)");
            }
        }
    }
}
