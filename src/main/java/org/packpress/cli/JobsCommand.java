package org.packpress.cli;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.packpress.batch.JobControl;
import org.springframework.batch.core.JobExecution;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jobs}: lists job executions; {@code jobs restart ID} resumes a failed one where it stopped;
 * {@code jobs abandon ID} gives one up on purpose. Executions left running by a process that died are
 * marked FAILED when any command starts, so they show as FAILED here with the reason.
 */
@Component
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "Lists job executions (builds, imports, nightly runs, sends), newest first; restarts or abandons one.",
        subcommands = {JobsCommand.Restart.class, JobsCommand.Abandon.class})
public class JobsCommand implements Callable<Integer>, TopLevelCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", defaultValue = "30", description = "How many executions to list (default: 30).")
    int limit;

    private final JobControl control;

    public JobsCommand(JobControl control) {
        this.control = control;
    }

    @Override
    public Integer call() {
        var listed = control.list(limit);
        if (listed.isEmpty()) {
            System.out.println("no job executions");
        }
        for (JobControl.Listed e : listed) {
            System.out.printf("%6d  %-10s %-14s %-28s %s%s%n", e.id(), e.status(), e.job(),
                    e.request() == null ? "" : e.request(), e.started() == null ? "" : TIME.format(e.started()),
                    e.reason() == null ? "" : "  " + e.reason());
        }
        return 0;
    }

    /** Runs an action; a refusal (no such execution, still running, ...) is one line and exit code 2. */
    static int refusedOr(Runnable action) {
        try {
            action.run();
            return 0;
        } catch (IllegalArgumentException refused) {
            System.err.println(refused.getMessage());
            return 2;
        }
    }

    @Component
    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Restarts a FAILED or STOPPED execution where it stopped (completed steps are not run again).")
    static class Restart implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The job execution id (see `jobs`).")
        long id;

        private final JobControl control;

        Restart(JobControl control) {
            this.control = control;
        }

        @Override
        public Integer call() {
            return refusedOr(() -> {
                JobExecution execution = control.restart(id);
                System.out.println("job execution " + id + " restarted as " + execution.getId() + ": "
                        + execution.getStatus());
            });
        }
    }

    @Component
    @Command(name = "abandon", mixinStandardHelpOptions = true,
            description = "Abandons an execution that does not run: it will never be restarted.")
    static class Abandon implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The job execution id (see `jobs`).")
        long id;

        private final JobControl control;

        Abandon(JobControl control) {
            this.control = control;
        }

        @Override
        public Integer call() {
            return refusedOr(() -> {
                control.abandon(id);
                System.out.println("job execution " + id + " abandoned");
            });
        }
    }
}
