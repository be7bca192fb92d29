package org.packpress.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.packpress.common.AtomicFiles;
import org.packpress.common.DateStyles;
import org.packpress.common.PackPressProperties;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Backs up and restores a whole store: the database and the stored files (the published documents under
 * {@code packpress.out-dir}, with each folder's archive of earlier versions, and the uploaded inputs under
 * {@code packpress.upload-dir}; attachments are blobs in the database). One archive file, a zip written
 * beside its target and moved into place, holds {@value #DATABASE} (H2's {@code SCRIPT}, taken in one
 * SNAPSHOT transaction, so that it is consistent while others write), the files under {@code out/} and
 * {@code uploads/}, and {@value #CONTENTS} listing each file with its SHA-256. A restore checks the whole
 * archive first and goes only into an empty store. On PostgreSQL the database is pg_dump's and
 * pg_restore's business (see {@link #postgresqlAdvice}); the archive then holds the files alone.
 */
@Component
public class StoreBackup {

    /** What an archive holds: its format, when it was made, the database's kind and schema version, and every file. */
    public record Contents(int format, String createdAt, String database, String schemaVersion, List<Entry> files) {
    }

    /**
     * One file of the archive. {@code sameAs}: the earlier entry this file is a hard link to (a published file
     * and its copy in the folder's archive), whose bytes it shares; it is not stored twice, and is linked again
     * on restore. Null for a file stored in the zip.
     */
    public record Entry(String path, String sha256, long bytes, String sameAs) {
    }

    /** A backup or restore that cannot be done, with the reason (nothing was changed). */
    public static class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }
    }

    public static final String CONTENTS = "backup.json";
    public static final String DATABASE = "database.sql";
    static final String OUT = "out/";
    static final String UPLOADS = "uploads/";
    private static final int FORMAT = 1;
    /** Tables a store holds rows in before anything is stored: its schema history and fingerprint, and the processes that opened it. */
    private static final List<String> BOOKKEEPING = List.of("flyway_schema_history", "schema_fingerprint", "packpress_process");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Flyway flyway;
    private final Path outDir;
    private final Path uploadDir;

    @org.springframework.beans.factory.annotation.Autowired
    public StoreBackup(DataSource dataSource, Flyway flyway, PackPressProperties properties) {
        this(dataSource, flyway, properties.outDir(), properties.uploadDir());
    }

    /** A store of this database and these two folders. */
    StoreBackup(DataSource dataSource, Flyway flyway, Path outDir, Path uploadDir) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.flyway = flyway;
        this.outDir = outDir.toAbsolutePath().normalize();
        this.uploadDir = uploadDir.toAbsolutePath().normalize();
    }

    /** Whether the store is an H2 database, whose contents the archive holds. */
    public boolean holdsDatabase() {
        return databaseKind().equals("h2");
    }

    /**
     * Writes the archive: the database (H2) and the stored files.
     *
     * @return what it holds
     */
    public Contents backup(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.startsWith(outDir) || absolute.startsWith(uploadDir)) {
            throw new Refused("Write the backup outside the folders it copies (" + outDir + ", " + uploadDir + ")");
        }
        Path temp = AtomicFiles.tempBeside(absolute);
        Path script = null;
        try {
            List<Entry> files = new ArrayList<>();
            Contents contents;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                if (holdsDatabase()) {
                    script = Files.createTempFile("packpress-backup-", ".sql");
                    writeScript(script);
                    files.add(add(zip, DATABASE, script));
                }
                files.addAll(addFolder(zip, OUT, outDir));
                files.addAll(addFolder(zip, UPLOADS, uploadDir));
                contents = new Contents(FORMAT, DateStyles.isoTimestamp(LocalDateTime.now()), databaseKind(),
                        schemaVersion(), files);
                zip.putNextEntry(new ZipEntry(CONTENTS));
                zip.write(json.writeValueAsBytes(contents));
                zip.closeEntry();
            }
            AtomicFiles.moveIntoPlace(temp, absolute);
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + target, e);
        } finally {
            AtomicFiles.deleteQuietly(temp);
            if (script != null) {
                AtomicFiles.deleteQuietly(script);
            }
        }
    }

    /**
     * Restores an archive into this store, which must be empty: the archive is checked whole first, the files
     * are unpacked beside their folders and moved into place, the database is loaded and migrated to this
     * version's schema. On PostgreSQL only the files are restored (the database is pg_restore's).
     *
     * @return what was restored
     * @throws Refused when the archive is damaged, of another kind of database or a newer schema, or the store
     *     is not empty; nothing is changed then
     */
    public Contents restore(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Contents contents = check(zip, archive);
            requireEmpty();
            Path out = unpack(zip, contents, OUT, outDir);
            Path uploads = unpack(zip, contents, UPLOADS, uploadDir);
            try {
                if (holdsDatabase()) {
                    loadDatabase(zip);
                }
                moveIntoPlace(out, outDir);
                moveIntoPlace(uploads, uploadDir);
            } finally {
                FileSystemUtils.deleteRecursively(out);
                FileSystemUtils.deleteRecursively(uploads);
            }
            return contents;
        } catch (IOException e) {
            throw new Refused("Cannot read " + archive + ": " + e.getMessage());
        }
    }

    /** What to run on PostgreSQL, where the database is backed up and restored by its own tools. */
    public String postgresqlAdvice(Path archive) {
        String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
        String database = url.replaceFirst("^jdbc:", "");
        return String.join("\n",
                "The database is PostgreSQL: PackPress does not copy it itself. Use PostgreSQL's own tools, in the",
                "same window as the files (stop the service, or accept that they differ by what it does meanwhile):",
                "  back up:  pg_dump --format=custom --no-owner --file=packpress.dump '" + database + "'",
                "  restore:  createdb packpress   (an empty database)",
                "            pg_restore --no-owner --dbname='" + database + "' packpress.dump",
                "            then `restore " + archive + "` with spring.datasource.url pointing at it, for the files.",
                "(pg_dump and pg_restore read the password from PGPASSWORD or ~/.pgpass.)");
    }

    private void writeScript(Path script) {
        // SNAPSHOT: every table as it was when the transaction began, even while others write
        // (checked with H2 2.3: READ COMMITTED and REPEATABLE READ let a concurrent insert into another table in)
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            c.setAutoCommit(false);
            try {
                s.execute("SCRIPT NOPASSWORDS TO '" + script.toAbsolutePath().toString().replace("'", "''") + "'");
                c.commit();
            } finally {
                c.setAutoCommit(autoCommit);
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot copy the database: " + e.getMessage(), e);
        }
    }

    private void loadDatabase(ZipFile zip) throws IOException {
        Path script = Files.createTempFile("packpress-restore-", ".sql");
        try (InputStream in = zip.getInputStream(zip.getEntry(DATABASE))) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                // the empty store's own schema makes way for the archive's, which Flyway then brings up to date
                s.execute("DROP ALL OBJECTS");
                try {
                    s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''") + "'");
                } catch (SQLException e) {
                    s.execute("DROP ALL OBJECTS");
                    flyway.migrate();
                    throw new IllegalStateException("Loading the database failed; the store is empty again: "
                            + e.getMessage(), e);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot restore the database: " + e.getMessage(), e);
            }
            flyway.migrate();
        } finally {
            AtomicFiles.deleteQuietly(script);
        }
    }

    /** The archive's contents, once every file it lists is there with its recorded hash. */
    private Contents check(ZipFile zip, Path archive) throws IOException {
        ZipEntry listing = zip.getEntry(CONTENTS);
        if (listing == null) {
            throw new Refused(archive + " is not a PackPress backup (it has no " + CONTENTS + ")");
        }
        Contents contents;
        try (InputStream in = zip.getInputStream(listing)) {
            contents = json.readValue(in, Contents.class);
        }
        if (contents.format() != FORMAT) {
            throw new Refused(archive + " is a backup of format " + contents.format() + "; this version reads " + FORMAT);
        }
        if (!contents.database().equals(databaseKind())) {
            throw new Refused(archive + " holds a " + contents.database() + " store; this store is " + databaseKind()
                    + " (restore it into the same kind of database)");
        }
        if (holdsDatabase() && newer(contents.schemaVersion(), schemaVersion())) {
            throw new Refused(archive + " comes from a newer PackPress (schema " + contents.schemaVersion()
                    + "; this one has " + schemaVersion() + "): restore it with that version or a later one");
        }
        if (holdsDatabase() && contents.files().stream().noneMatch(f -> f.path().equals(DATABASE))) {
            throw new Refused(archive + " holds no database (" + DATABASE + ")");
        }
        List<String> damaged = new ArrayList<>();
        Map<String, String> stored = new HashMap<>();
        for (Entry file : contents.files()) {
            if (file.sameAs() != null) {
                if (!file.sha256().equals(stored.get(file.sameAs()))) {
                    damaged.add(file.path());
                }
                continue;
            }
            ZipEntry entry = zip.getEntry(file.path());
            if (entry == null || !file.sha256().equals(sha256(zip, entry))) {
                damaged.add(file.path());
            } else {
                stored.put(file.path(), file.sha256());
            }
        }
        if (!damaged.isEmpty()) {
            throw new Refused(archive + " is damaged; nothing was restored. Missing or changed: "
                    + String.join(", ", damaged));
        }
        return contents;
    }

    /** Refuses a store that holds anything: rows in a table other than bookkeeping, or files. */
    private void requireEmpty() {
        List<String> found = new ArrayList<>();
        for (String table : tables()) {
            if (BOOKKEEPING.contains(table)) {
                continue;
            }
            Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"", Long.class);
            if (rows != null && rows > 0) {
                found.add(table + " (" + rows + (rows == 1 ? " row)" : " rows)"));
            }
        }
        if (!holdsDatabase()) {
            found.clear(); // PostgreSQL: pg_restore has filled the database; only the files come from the archive
        }
        for (Path folder : List.of(outDir, uploadDir)) {
            if (!isEmpty(folder)) {
                found.add(folder + " (holds files)");
            }
        }
        if (!found.isEmpty()) {
            throw new Refused("A backup is restored into an empty store only, and this one holds data: "
                    + String.join("; ", found) + ". Point spring.datasource.url, packpress.out-dir and"
                    + " packpress.upload-dir at new places (or move the old ones away), then restore again.");
        }
    }

    private List<String> tables() {
        return jdbc.execute((ConnectionCallback<List<String>>) c -> {
            List<String> names = new ArrayList<>();
            try (var rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        });
    }

    /** Unpacks the archive's files under {@code prefix} into a new folder beside {@code folder}. */
    private static Path unpack(ZipFile zip, Contents contents, String prefix, Path folder) throws IOException {
        Files.createDirectories(folder.getParent());
        Path temp = Files.createTempDirectory(folder.getParent(), "." + folder.getFileName() + "-restoring-");
        for (Entry file : contents.files()) {
            if (!file.path().startsWith(prefix)) {
                continue;
            }
            Path target = temp.resolve(file.path().substring(prefix.length())).normalize();
            if (!target.startsWith(temp)) {
                throw new Refused("The backup names a file outside its folder: " + file.path());
            }
            Files.createDirectories(target.getParent());
            if (file.sameAs() != null) {
                AtomicFiles.linkOrCopy(temp.resolve(file.sameAs().substring(prefix.length())), target);
                continue;
            }
            try (InputStream in = zip.getInputStream(zip.getEntry(file.path()))) {
                Files.copy(in, target);
            }
        }
        return temp;
    }

    /** Moves an unpacked folder to where the store keeps it (which is absent or empty). */
    private static void moveIntoPlace(Path unpacked, Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            Files.delete(folder); // empty, as checked
        }
        Files.move(unpacked, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Entry> addFolder(ZipOutputStream zip, String prefix, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> added = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".part"))
                    .sorted().toList();
        }
        Map<Object, Entry> byFileKey = new HashMap<>(); // hard links share a file key
        for (Path file : files) {
            String path = prefix + folder.relativize(file).toString().replace('\\', '/');
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            Entry same = key == null ? null : byFileKey.get(key);
            if (same != null) {
                added.add(new Entry(path, same.sha256(), same.bytes(), same.path()));
                continue;
            }
            Entry entry = add(zip, path, file);
            added.add(entry);
            if (key != null) {
                byFileKey.put(key, entry);
            }
        }
        return added;
    }

    private static Entry add(ZipOutputStream zip, String path, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = sha256();
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            bytes = in.transferTo(zip);
        }
        zip.closeEntry();
        return new Entry(path, HexFormat.of().formatHex(digest.digest()), bytes, null);
    }

    private static String sha256(ZipFile zip, ZipEntry entry) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private String databaseKind() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return product == null ? "unknown" : product.toLowerCase(Locale.ROOT);
    }

    /** The highest migration applied to this store, e.g. "66". */
    private String schemaVersion() {
        var current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private static boolean newer(String backup, String here) {
        return org.flywaydb.core.api.MigrationVersion.fromVersion(backup)
                .isNewerThan(org.flywaydb.core.api.MigrationVersion.fromVersion(here).getVersion());
    }
}
