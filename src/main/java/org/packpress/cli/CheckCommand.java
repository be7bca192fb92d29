package org.packpress.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.packpress.batch.DocumentJob;
import org.packpress.checks.CheckReport;
import org.packpress.checks.ChecksEngine;
import org.packpress.model.Finding;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Component
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs the consistency checks on a body's stored papers (or one meeting's pack and minutes)"
                + " and lists what they find. Exit code: 0 nothing found, 4 warnings only, 5 errors.")
public class CheckCommand implements Callable<Integer>, TopLevelCommand {

    /** Exit codes; 1 (crash), 2 (rejected input or usage) and 3 (failed build) are the other commands'. */
    static final int CLEAN = 0;
    static final int WARNINGS = 4;
    static final int ERRORS = 5;

    @Parameters(paramLabel = "<body>[/<yyyy-mm-dd>]", description = "A body (wm-pcp) or one of its meetings (wm-pcp/2024-01-15).")
    String target;

    @Option(names = "--json", description = "Print the findings as JSON (docs/schema/check-report.schema.json).")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ChecksEngine checks;
    private final BodyRepository bodies;
    private final MeetingRepository meetings;

    public CheckCommand(ChecksEngine checks, BodyRepository bodies, MeetingRepository meetings) {
        this.checks = checks;
        this.bodies = bodies;
        this.meetings = meetings;
    }

    @Override
    public Integer call() throws Exception {
        CheckReport report = run();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            report.findings().forEach(out::println);
            out.println(report.errors() + " errors, " + report.warnings() + " warnings");
        }
        out.flush();
        return report.errors() > 0 ? ERRORS : report.warnings() > 0 ? WARNINGS : CLEAN;
    }

    private CheckReport run() {
        if (!target.contains("/")) {
            requireBody(target);
            return CheckReport.of(target, null, checks.checkBody(target));
        }
        DocumentJob.Request meeting = CommandLineBuilds.meeting(target, spec);
        requireBody(meeting.body());
        if (meetings.find(meeting.body(), meeting.meeting()).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "there is no meeting of " + meeting.body() + " on "
                    + meeting.meeting() + " in the store");
        }
        List<Finding> findings = checks.checkMeeting(meeting.body(), meeting.meeting());
        return CheckReport.of(meeting.body(), meeting.meeting().toString(), findings);
    }

    private void requireBody(String body) {
        if (bodies.find(body).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "there is no body '" + body + "' in the store");
        }
    }
}
