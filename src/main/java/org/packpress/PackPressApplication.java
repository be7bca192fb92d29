package org.packpress;

import java.io.PrintWriter;
import java.util.Map;
import java.util.OptionalInt;
import org.packpress.bench.BenchEnvironment;
import org.packpress.cli.CommandArguments;
import org.packpress.cli.QuickAnswers;
import org.packpress.cli.WithoutWebLayer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point for the command line and the service. {@code --help}, {@code --version} and usage errors
 * are answered before Spring starts; only {@code serve} starts the web layer (server, MVC, security,
 * actuator); every other command runs without it so that a build from the command line starts quickly.
 */
@SpringBootApplication
public class PackPressApplication {

    public static void main(String[] args) {
        OptionalInt answered = QuickAnswers.answer(args, new PrintWriter(System.out), new PrintWriter(System.err));
        if (answered.isPresent()) {
            System.exit(answered.getAsInt());
        }
        SpringApplication app = application(args);
        BenchEnvironment.isolateIfBench(CommandArguments.forCommands(args), app); // the bench never touches data/
        System.exit(SpringApplication.exit(app.run(args)));
    }

    /** The application for these arguments: the service for {@code serve}, a command's context otherwise. */
    public static SpringApplication application(String[] args) {
        SpringApplication app = new SpringApplication(PackPressApplication.class);
        if ("serve".equals(CommandArguments.command(args))) {
            app.setWebApplicationType(WebApplicationType.SERVLET);
            return app;
        }
        app.setWebApplicationType(WebApplicationType.NONE);
        app.addInitializers(new WithoutWebLayer());
        // A command prints a failed step's cause as "file: field: reason" (ErrorReporter, with the
        // trace for unexpected failures); Spring Batch's own ERROR log of the same trace is noise there.
        app.setDefaultProperties(Map.of("logging.level.org.springframework.batch.core.step.AbstractStep", "OFF"));
        return app;
    }
}
