package org.packpress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.packpress.store.StoreBackup;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restore <file>}: restores a {@code backup} archive into an empty store (the database and folders
 * this command is configured with), after checking every file of the archive; refuses anything else and
 * changes nothing then. On PostgreSQL it restores the files, the database being pg_restore's.
 */
@Component
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a `backup` archive into an empty store (a new database and output folder).")
public class RestoreCommand implements Callable<Integer>, TopLevelCommand {

    @Parameters(paramLabel = "<file>", description = "The archive `backup` wrote.")
    Path file;

    private final StoreBackup backups;

    public RestoreCommand(StoreBackup backups) {
        this.backups = backups;
    }

    @Override
    public Integer call() {
        try {
            StoreBackup.Contents contents = backups.restore(file);
            System.out.println("Restored the backup of " + contents.createdAt() + " ("
                    + contents.files().size() + " files" + (backups.holdsDatabase() ? ", with the database" : "")
                    + "); build again to check it, e.g. build agenda-pack <body>/<yyyy-mm-dd>");
            if (!backups.holdsDatabase()) {
                System.out.println(backups.postgresqlAdvice(file));
            }
            return 0;
        } catch (StoreBackup.Refused e) {
            System.err.println("Restore refused; nothing was changed.");
            System.err.println("  " + e.getMessage());
            return ErrorReporter.INPUT_REJECTED;
        }
    }
}
