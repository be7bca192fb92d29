package org.packpress.cli;

import picocli.CommandLine.Command;

/**
 * The root command. Its subcommands are listed here (and {@code build}'s in {@link BuildCommand}), so
 * that {@code --help}, {@code --version} and usage errors are answered from the annotations alone,
 * before Spring starts ({@link QuickAnswers}); to run, they are created as Spring beans.
 */
@Command(name = "packpress", mixinStandardHelpOptions = true, version = "PackPress 0.1",
        description = "Builds the formal papers of public boards and panels from structured data.",
        footer = {"", "Spring Boot properties may be given to every command as --name=value, e.g."
                + " serve --server.port=9090 or build ... --packpress.out-dir=/srv/papers."},
        subcommands = {ImportCommand.class, BuildCommand.class, CheckCommand.class, NightlyCommand.class,
                ServeCommand.class, SendCommand.class, PublishCommand.class, JobsCommand.class, BackupCommand.class,
                RestoreCommand.class, BenchCommand.class})
public class PackPressCommand {
}
