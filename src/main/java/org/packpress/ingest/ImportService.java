package org.packpress.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.packpress.common.PackPressProperties;
import org.packpress.model.TextLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files and folders: finds the body folder of each, offers its files to every
 * {@link InputImporter} in order, and stores everything in one transaction, or nothing. A file larger than
 * {@code packpress.input.max-file-size}, or whose path in its body folder is longer than the store keeps, is
 * refused before any file is read.
 */
@Service
public class ImportService {

    private final List<InputImporter> importers;
    private final TransactionTemplate transaction;
    private final long maxFileSize;

    @Autowired
    public ImportService(List<InputImporter> importers, TransactionTemplate transaction, PackPressProperties properties) {
        this(importers, transaction, properties.input());
    }

    public ImportService(List<InputImporter> importers, TransactionTemplate transaction, PackPressProperties.Input limits) {
        this.importers = importers;
        this.transaction = transaction;
        this.maxFileSize = limits.maxFileSize().toBytes();
    }

    /**
     * Every importer sees its files even when an earlier one rejected others, so that one run lists
     * every problem of every file; the problems are grouped by file, in the order the files were read.
     *
     * @param paths files, body folders, or folders holding body folders
     * @return one line per imported file
     * @throws InputRejectedException listing every problem; nothing has been stored
     */
    public List<String> importPaths(List<Path> paths) {
        Map<Path, TreeSet<String>> filesByFolder = filesByBodyFolder(paths);
        refuseOversized(filesByFolder);
        return transaction.execute(status -> {
            List<String> lines = new ArrayList<>();
            List<InputError> errors = new ArrayList<>();
            filesByFolder.forEach((folder, files) -> lines.addAll(importFolder(folder, files, errors)));
            if (!errors.isEmpty()) {
                throw new InputRejectedException(byFile(errors));
            }
            return lines;
        });
    }

    private List<String> importFolder(Path folder, TreeSet<String> files, List<InputError> errors) {
        List<String> lines = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        for (InputImporter importer : importers) {
            List<String> accepted = files.stream().filter(importer::accepts).toList();
            if (!accepted.isEmpty()) {
                try {
                    lines.addAll(importer.importFiles(folder, accepted, Set.copyOf(rejected)).lines());
                } catch (InputRejectedException e) {
                    errors.addAll(e.errors());
                    e.errors().forEach(error -> rejected.add(error.file()));
                }
            }
        }
        return lines;
    }

    /** Every file too large to read, or named by a path too long to store, before any file is read. */
    private void refuseOversized(Map<Path, TreeSet<String>> filesByFolder) {
        List<InputError> errors = new ArrayList<>();
        filesByFolder.forEach((folder, files) -> files.forEach(name -> {
            String pathProblem = TextLimit.LONG_LINE.problem(name);
            if (pathProblem != null) {
                errors.add(new InputError(shortened(name), null, "its path in the body folder " + pathProblem));
            }
            long size = size(folder.resolve(name));
            if (size > maxFileSize) {
                errors.add(new InputError(name, null, String.format(Locale.UK, "is %,d bytes; an input file may be at"
                        + " most %,d bytes (packpress.input.max-file-size)", size, maxFileSize)));
            }
        }));
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
    }

    private static String shortened(String name) {
        return name.length() <= 80 ? name : name.substring(0, 40) + "…" + name.substring(name.length() - 39);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputRejectedException(new InputError(file.toString(), null, "cannot be read: " + e.getMessage()));
        }
    }

    private static List<InputError> byFile(List<InputError> errors) {
        Map<String, List<InputError>> groups = new LinkedHashMap<>();
        errors.forEach(e -> groups.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e));
        return groups.values().stream().flatMap(List::stream).distinct().toList(); // a file several importers read
    }

    /**
     * The files to read, by body folder: every file of a body folder named, or of the body folders below a folder;
     * a file or folder inside a body folder, with the body's own file. A path that does not exist, is in no body
     * folder, or holds no file an importer reads is refused, every such path at once.
     */
    private Map<Path, TreeSet<String>> filesByBodyFolder(List<Path> paths) {
        Map<Path, TreeSet<String>> result = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                errors.add(new InputError(path.toString(), null, "does not exist"));
                continue;
            }
            List<BodyFolder> folders = bodyFoldersUnder(path);
            if (!folders.isEmpty()) {
                folders.forEach(f -> result.computeIfAbsent(f.root(), k -> new TreeSet<>()).addAll(filesUnder(f, f.root())));
                continue;
            }
            BodyFolder folder = BodyFolder.containing(path);
            if (folder == null) {
                errors.add(new InputError(path.toString(), null, "is not inside a body folder (a folder with a body.yaml)"));
                continue;
            }
            List<String> named = filesUnder(folder, path);
            if (named.stream().noneMatch(this::isInputFile)) {
                errors.add(new InputError(folder.relative(path), null, (Files.isDirectory(path)
                        ? "holds no file an import reads" : "is not a file an import reads")
                        + " (body.yaml, meetings/, minutes/, performance/ and the others of docs/input-format.md);"
                        + " papers and images are read with the file that names them"));
                continue;
            }
            TreeSet<String> files = result.computeIfAbsent(folder.root(), k -> new TreeSet<>());
            files.addAll(named);
            BodyFolder.BODY_FILE_NAMES.stream().filter(n -> Files.isRegularFile(folder.root().resolve(n)))
                    .findFirst().ifPresent(files::add);
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return result;
    }

    private boolean isInputFile(String relativePath) {
        return importers.stream().anyMatch(importer -> importer.accepts(relativePath));
    }

    /** A body folder itself, or the body folders one or two levels below a folder. */
    private static List<BodyFolder> bodyFoldersUnder(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        if (BodyFolder.isBodyFolder(path)) {
            return List.of(new BodyFolder(path));
        }
        try (Stream<Path> walk = Files.walk(path, 2)) {
            return walk.filter(Files::isDirectory).filter(BodyFolder::isBodyFolder).sorted().map(BodyFolder::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }

    /** The file {@code start}, or the files under the folder {@code start}, hidden ones left out. */
    private static List<String> filesUnder(BodyFolder folder, Path start) {
        try (Stream<Path> walk = Files.walk(start)) {
            return walk.filter(Files::isRegularFile).map(folder::relative)
                    .filter(name -> !name.startsWith(".") && !name.contains("/.")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + start, e);
        }
    }
}
