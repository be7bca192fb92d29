package org.packpress.cli;

import java.util.concurrent.Callable;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobsConfig;
import org.packpress.documents.kpi.KpiWorkbookBuilder;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    private final CommandLineBuilds builds;
    private final KpiWorkbookBuilder workbooks;

    public KpiWorkbookCommand(CommandLineBuilds builds, KpiWorkbookBuilder workbooks) {
        this.builds = builds;
        this.workbooks = workbooks;
    }

    @Override
    public Integer call() throws Exception {
        DocumentJob.Request request = new DocumentJob.Request(workbooks.bodyOf(plan, body), null, plan, year);
        return builds.build(DocumentJobsConfig.KPI_WORKBOOK, request, output.out, spec.commandLine().getOut());
    }
}
