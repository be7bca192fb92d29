package org.packpress.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded H2 database is used by one process at a time (it opens no TCP server). The process that
 * holds it writes who it is beside the database file ({@code packpress.owner.txt} next to
 * {@code packpress.mv.db}), so that another command started meanwhile can say which process to stop
 * (or to use through its API) instead of showing a lock error.
 */
public final class EmbeddedDatabaseOwner {

    private static final Pattern FILE_URL = Pattern.compile("^jdbc:h2:(?:file:)?([^;:][^;]*)(;.*)?$");
    private static final Pattern IN_USE = Pattern.compile("\"([^\"]+)\\.mv\\.db\"");

    private EmbeddedDatabaseOwner() {
    }

    /** The owner file of an H2 file database URL, if it is one (not in memory, not a server). */
    public static Optional<Path> ownerFile(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.startsWith("jdbc:h2:mem:") || jdbcUrl.startsWith("jdbc:h2:tcp:")
                || jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        Matcher m = FILE_URL.matcher(jdbcUrl);
        return m.matches() ? Optional.of(Path.of(m.group(1) + ".owner.txt")) : Optional.empty();
    }

    /** The owner file named by H2's "Database may be already in use" message. */
    public static Optional<Path> ownerFileInMessage(String message) {
        Matcher m = IN_USE.matcher(message == null ? "" : message);
        return m.find() ? Optional.of(Path.of(m.group(1) + ".owner.txt")) : Optional.empty();
    }

    public static void write(Path ownerFile, String owner) {
        try {
            Files.writeString(ownerFile, owner + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // only a help for messages
        }
    }

    public static Optional<String> read(Path ownerFile) {
        try {
            return Optional.of(Files.readString(ownerFile, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void remove(Path ownerFile) {
        try {
            Files.deleteIfExists(ownerFile);
        } catch (IOException e) {
            // harmless: the next holder overwrites it
        }
    }
}
