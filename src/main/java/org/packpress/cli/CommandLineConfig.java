package org.packpress.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs the picocli command tree when the application starts, and hands its exit code to Spring. Spring
 * Boot's own command-line properties ({@code --server.port=9090}) are Spring's, not the commands'.
 */
@Configuration
public class CommandLineConfig {

    /** The command tree of {@link PackPressCommand}'s annotations, its commands created as Spring beans. */
    @Bean
    CommandLine packpressCommandLine(IFactory factory) {
        CommandLine root = new CommandLine(PackPressCommand.class, factory);
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
            if (CommandArguments.forCommands(args).length == 0) {
                commandLine.usage(System.out);
                return;
            }
            exitCode = commandLine.execute(CommandArguments.forCommands(args));
        }

        @Override
        public int getExitCode() {
            return exitCode;
        }
    }
}
