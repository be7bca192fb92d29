package org.packpress.cli;

import java.util.List;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Runs the picocli command tree when the application starts, and hands its exit code to Spring. */
@Configuration
public class CommandLineConfig {

    @Bean
    CommandLine packpressCommandLine(IFactory factory, List<TopLevelCommand> topLevel,
            List<BuildSubcommand> buildSubcommands) {
        CommandLine root = new CommandLine(new PackPressCommand(), factory);
        for (TopLevelCommand command : topLevel) {
            root.addSubcommand(command);
        }
        CommandLine build = root.getSubcommands().get("build");
        for (BuildSubcommand command : buildSubcommands) {
            build.addSubcommand(command);
        }
        root.setExecutionExceptionHandler(new ErrorReporter());
        return root;
    }

    @Bean
    CommandLineRunnerWithExitCode commandLineRunner(CommandLine packpressCommandLine) {
        return new CommandLineRunnerWithExitCode(packpressCommandLine);
    }

    /** Executes the command line once and remembers its exit code. */
    public static class CommandLineRunnerWithExitCode implements CommandLineRunner, ExitCodeGenerator {
        private final CommandLine commandLine;
        private int exitCode;

        CommandLineRunnerWithExitCode(CommandLine commandLine) {
            this.commandLine = commandLine;
        }

        @Override
        public void run(String... args) {
            if (args.length == 0) {
                commandLine.usage(System.out);
                return;
            }
            exitCode = commandLine.execute(args);
        }

        @Override
        public int getExitCode() {
            return exitCode;
        }
    }
}
