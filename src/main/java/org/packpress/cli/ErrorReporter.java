package org.packpress.cli;

import org.packpress.ingest.InputRejectedException;
import org.packpress.common.BuildFailedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints errors a user can act on (one line per problem, naming file and field) instead of a stack
 * trace, and exits non-zero. Unexpected failures still show their trace.
 */
class ErrorReporter implements IExecutionExceptionHandler {

    static final int INPUT_REJECTED = 2;
    static final int BUILD_FAILED = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        if (ex instanceof InputRejectedException rejected) {
            long files = rejected.errors().stream().map(e -> e.file()).distinct().count();
            err.println("Import rejected; nothing was stored. " + rejected.errors().size()
                    + (rejected.errors().size() == 1 ? " problem" : " problems") + " in " + files
                    + (files == 1 ? " file:" : " files:"));
            rejected.errors().forEach(e -> err.println("  " + e));
            return INPUT_REJECTED;
        }
        if (ex instanceof BuildFailedException failed) {
            err.println("Build failed; nothing was written.");
            err.println("  " + failed.getMessage());
            return BUILD_FAILED;
        }
        ex.printStackTrace(err);
        return 1;
    }
}
