package org.packpress.cli;

import java.util.Arrays;

/**
 * Separates Spring Boot's command-line properties ({@code --server.port=9090},
 * {@code --packpress.out-dir=/srv/papers}) from a command's own arguments: Spring reads the former
 * (every {@code --name=value} argument is a property to it), picocli the latter. A property's name
 * has a dot; the commands' own options never do.
 */
public final class CommandArguments {

    private CommandArguments() {
    }

    /** The arguments picocli parses: all but the Spring Boot properties. */
    public static String[] forCommands(String[] args) {
        return Arrays.stream(args).filter(arg -> !isSpringProperty(arg)).toArray(String[]::new);
    }

    /** The name of the top-level command ({@code serve}, {@code build}, ...), or "" when there is none. */
    public static String command(String[] args) {
        String[] own = forCommands(args);
        return own.length == 0 ? "" : own[0];
    }

    static boolean isSpringProperty(String arg) {
        if (!arg.startsWith("--") || arg.length() < 3) {
            return false;
        }
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
        return equals > 0 && name.indexOf('.') > 0;
    }
}
