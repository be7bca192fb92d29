package org.packpress.cli;

/**
 * Marker for a picocli command that sits under {@code packpress build}, such as
 * {@code build agenda-pack}. Beans implementing it are attached automatically.
 */
public interface BuildSubcommand {
}
