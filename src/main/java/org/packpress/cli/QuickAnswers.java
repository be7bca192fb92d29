package org.packpress.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Answers what needs no application: {@code --help} and {@code --version} (of any command), no command
 * at all, and usage errors (an unknown command or option, a missing argument). The command tree is read
 * from its annotations, so these answers come without starting Spring, the database or anything else.
 */
public final class QuickAnswers {

    /** picocli's exit code for a usage error. */
    static final int USAGE_ERROR = CommandLine.ExitCode.USAGE;

    private QuickAnswers() {
    }

    /** @return the exit code if the arguments were answered here; empty if the command must run */
    public static OptionalInt answer(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine root = new CommandLine(PackPressCommand.class, new UnconnectedCommands());
        root.setOut(out);
        root.setErr(err);
        String[] own = CommandArguments.forCommands(args);
        try {
            if (own.length == 0) {
                root.usage(out);
                return OptionalInt.of(CommandLine.ExitCode.OK);
            }
            ParseResult parsed = root.parseArgs(own);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return OptionalInt.of(CommandLine.ExitCode.OK);
            }
            CommandLine last = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
            if (!isRunnable(last)) {
                throw new ParameterException(last, "Missing command: " + last.getCommandName() + " needs one of "
                        + String.join(", ", last.getSubcommands().keySet()));
            }
            return OptionalInt.empty();
        } catch (ParameterException e) {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return OptionalInt.of(USAGE_ERROR);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static boolean isRunnable(CommandLine command) {
        Object user = command.getCommandSpec().userObject();
        return user instanceof Runnable || user instanceof Callable<?>;
    }

    /**
     * Creates commands without their collaborators (every constructor argument null): enough for picocli
     * to read their options and print their usage, never to run them.
     */
    private static final class UnconnectedCommands implements IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            if (constructors.length != 1) {
                return CommandLine.defaultFactory().create(type);
            }
            Constructor<?> constructor = constructors[0];
            constructor.setAccessible(true);
            Object[] none = new Object[constructor.getParameterCount()];
            return type.cast(constructor.newInstance(none));
        }
    }
}
