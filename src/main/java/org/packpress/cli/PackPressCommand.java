package org.packpress.cli;

import picocli.CommandLine.Command;

/** The root command; its subcommands are Spring beans that {@link CommandLineConfig} attaches. */
@Command(name = "packpress", mixinStandardHelpOptions = true, version = "PackPress 0.1",
        description = "Builds the formal papers of public boards and panels from structured data.")
public class PackPressCommand {
}
