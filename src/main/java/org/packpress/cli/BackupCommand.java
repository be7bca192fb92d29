package org.packpress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.packpress.store.StoreBackup;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code backup <file>}: one archive of the store (the H2 database, consistent while others write, and the
 * stored files: published documents with their earlier versions, uploaded inputs), written atomically. On
 * PostgreSQL it holds the files, and says how to back the database up with pg_dump.
 */
@Component
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes the store (database and files) into one archive, for `restore`.")
public class BackupCommand implements Callable<Integer>, TopLevelCommand {

    @Parameters(paramLabel = "<file>", description = "The archive to write, e.g. packpress-2024-01-15.zip.")
    Path file;

    private final StoreBackup backups;

    public BackupCommand(StoreBackup backups) {
        this.backups = backups;
    }

    @Override
    public Integer call() {
        try {
            StoreBackup.Contents contents = backups.backup(file);
            long files = contents.files().stream().filter(f -> !f.path().equals(StoreBackup.DATABASE)).count();
            System.out.println("Backed up " + (backups.holdsDatabase() ? "the database (" + contents.database()
                    + ", schema version " + contents.schemaVersion() + ") and " : "") + files + " stored files into "
                    + file.toAbsolutePath().normalize());
            if (!backups.holdsDatabase()) {
                System.out.println(backups.postgresqlAdvice(file));
            }
            return 0;
        } catch (StoreBackup.Refused e) {
            System.err.println("Backup refused: " + e.getMessage());
            return ErrorReporter.INPUT_REJECTED;
        }
    }
}
