package org.packpress;

import java.util.Map;
import org.packpress.bench.BenchEnvironment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point for the command line and the service. Only {@code serve} starts a web server; every
 * other command runs without one so that a build from the command line starts quickly.
 */
@SpringBootApplication
public class PackPressApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PackPressApplication.class);
        BenchEnvironment.isolateIfBench(args, app); // the bench gets its own store: it never touches data/
        boolean serve = args.length > 0 && "serve".equals(args[0]);
        app.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (!serve) {
            // A command prints a failed step's cause as "file: field: reason" (ErrorReporter, with the
            // trace for unexpected failures); Spring Batch's own ERROR log of the same trace is noise there.
            app.setDefaultProperties(Map.of("logging.level.org.springframework.batch.core.step.AbstractStep", "OFF"));
        }
        System.exit(SpringApplication.exit(app.run(args)));
    }
}
