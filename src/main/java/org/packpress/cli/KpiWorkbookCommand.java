package org.packpress.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.springframework.batch.core.Job;
import org.packpress.batch.JobRunner;
import org.packpress.batch.performance.PerformanceJobs;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code packpress build kpi-workbook <plan> [--year 2020/21] [--body id] [--out DIR]}. */
@Component
@Command(name = "kpi-workbook", mixinStandardHelpOptions = true,
        description = "Builds the Excel KPI workbook of a plan from the store (out/<body>/kpi/<plan>-<year>.xlsx).")
public class KpiWorkbookCommand implements BuildSubcommand, Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<plan>", description = "The plan's id, e.g. pcp-2016.")
    String plan;

    @Option(names = "--year", description = "Reporting year whose recorded statuses are shown, e.g. 2020/21 "
            + "(default: the latest year with statuses).")
    String year;

    @Option(names = "--body", description = "The body holding the plan, if more than one has a plan of that id.")
    String body;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${packpress.out-dir}).")
    Path out;

    @Spec
    CommandSpec spec;

    private final JobRunner jobs;
    private final Job job;
    private final Path defaultOut;

    public KpiWorkbookCommand(JobRunner jobs, @Qualifier(PerformanceJobs.KPI_WORKBOOK) Job job,
            @Value("${packpress.out-dir:out}") Path defaultOut) {
        this.jobs = jobs;
        this.job = job;
        this.defaultOut = defaultOut;
    }

    @Override
    public Integer call() {
        JobParametersBuilder params = new JobParametersBuilder().addString("plan", plan);
        if (body != null) {
            params.addString("body", body);
        }
        if (year != null) {
            params.addString("year", year);
        }
        params.addString("requestedAt", LocalDateTime.now().toString())
                .addString("out", (out == null ? defaultOut : out).toAbsolutePath().normalize().toString(), false);
        Path written = Path.of(jobs.run(job, params.toJobParameters()).getExecutionContext()
                .getString(PerformanceJobs.OUTPUT));
        spec.commandLine().getOut().println("wrote " + written);
        return 0;
    }
}
