package org.packpress.cli;

/**
 * Marker for a picocli command that sits under {@code packpress build}, such as
 * {@code build agenda-pack}. A new one must also be listed in {@link BuildCommand}'s subcommands;
 * {@code CommandTreeTest} fails on a build command bean that is not.
 */
public interface BuildSubcommand {
}
