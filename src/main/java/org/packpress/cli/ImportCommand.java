package org.packpress.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.packpress.batch.ImportJobConfig;
import org.packpress.batch.JobRunner;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validates input files (body and meeting YAML/JSON, reports, attachments, performance data)"
                + " and stores them. Nothing is stored if any file is rejected.")
public class ImportCommand implements Callable<Integer>, TopLevelCommand {

    @Parameters(arity = "1..*", paramLabel = "<files or folders>",
            description = "Files, body folders, or folders of body folders (such as examples/).")
    List<Path> paths;

    private final JobRunner jobs;
    private final Job importJob;

    public ImportCommand(JobRunner jobs, @Qualifier(ImportJobConfig.JOB) Job importJob) {
        this.jobs = jobs;
        this.importJob = importJob;
    }

    @Override
    public Integer call() {
        String joined = paths.stream().map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining("\n"));
        JobExecution execution = jobs.run(importJob, new JobParametersBuilder()
                .addString(ImportJobConfig.PATHS, joined)
                .addString("requestedAt", Instant.now().toString())
                .toJobParameters());
        System.out.println(execution.getExecutionContext().getString(ImportJobConfig.REPORT, ""));
        return 0;
    }
}
