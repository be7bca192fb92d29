package org.packpress.cli;

/**
 * Marker for a picocli command (annotated with {@code @Command}) that sits directly under
 * {@code packpress}, such as {@code import} or {@code serve}. A new one must also be listed in
 * {@link PackPressCommand}'s subcommands; {@code CommandTreeTest} fails on a command bean that is not.
 */
public interface TopLevelCommand {
}
