package org.packpress.cli;

/**
 * Marker for a picocli command (annotated with {@code @Command}) that sits directly under
 * {@code packpress}, such as {@code import} or {@code serve}. Beans implementing it are attached
 * automatically, so adding a command never means editing a shared list.
 */
public interface TopLevelCommand {
}
