package org.packpress.web;

import org.packpress.common.PackPressProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.packpress.ingest.BodyFolder;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.ingest.StructuredFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded input files. Each body has a server-side input folder ({@code <upload-dir>/<body>/}); an
 * upload is written into a fresh copy of it, under a name the server validates (a body file, or a
 * file in a lower-case sub-folder such as {@code meetings/} or {@code papers/}; never the client's
 * own path), and the whole copy is imported with {@link ImportService}, exactly as the command line
 * does. Only when the import succeeds does the copy replace the body's folder; a rejected upload
 * leaves both the store and the folder as they were, and a crash on the way is finished at the next start
 * ({@link StagedInputFolders}).
 */
@Service
public class InputUploads {

    private static final String BODY_ID = "[a-z0-9][a-z0-9-]{0,39}";
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,150}";
    private static final String RELATIVE = "(" + "[a-z0-9][a-z0-9-]{0,40}/){0,2}" + NAME;

    private static final Logger LOG = LoggerFactory.getLogger(InputUploads.class);

    private final ImportService imports;
    private final Path uploadRoot;
    private final StagedInputFolders folders;

    /** Finishes, before any upload, a replacement of a body's folder that a crash interrupted. */
    public InputUploads(ImportService imports, PackPressProperties properties) {
        this.imports = imports;
        this.uploadRoot = properties.uploadDir().toAbsolutePath().normalize();
        this.folders = new StagedInputFolders(uploadRoot);
        folders.recover().forEach(line -> LOG.warn("after an interrupted upload: {}", line));
    }

    /**
     * @param paths where each file goes in the body folder ({@code meetings/2024-01-15.yaml}); when absent,
     *     the server decides from the file's extension (see {@link #defaultPath})
     */
    public ApiModels.UploadResult upload(String body, List<MultipartFile> files, List<String> paths) {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("no files were uploaded (multipart part 'files')");
        }
        if (paths != null && !paths.isEmpty() && paths.size() != files.size()) {
            throw new IllegalArgumentException("give one 'paths' value per file (" + files.size() + " files, "
                    + paths.size() + " paths)");
        }
        List<String> targets = targets(files, paths);
        List<Incoming> incoming = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            incoming.add(new Incoming(targets.get(i), files.get(i)));
        }
        return store(body, incoming);
    }

    /** A file to write into the body folder: its place there ({@code meetings/2024-01-15.yaml}) and its bytes. */
    public record Incoming(String path, InputStreamSource content) {

        public static Incoming of(String path, byte[] bytes) {
            return new Incoming(path, new ByteArrayResource(bytes));
        }
    }

    /**
     * Writes the files into a copy of the body's input folder and imports the copy; only when the import
     * succeeds does the copy replace the folder. Paths are checked as for uploads.
     *
     * @throws InputRejectedException listing every problem; nothing is stored
     */
    public synchronized ApiModels.UploadResult store(String body, List<Incoming> files) {
        if (!body.matches(BODY_ID)) {
            throw new IllegalArgumentException("'" + body + "' is not a body id (lower-case letters, digits and '-')");
        }
        List<InputError> badPaths = files.stream().filter(f -> !f.path().matches(RELATIVE))
                .map(f -> new InputError(f.path(), "path", "is not an input file name")).toList();
        if (!badPaths.isEmpty()) {
            throw new InputRejectedException(badPaths);
        }
        Path staging = folders.begin(body);
        try {
            for (Incoming file : files) {
                write(file.content(), staging.resolve(file.path()));
            }
            checkBodyId(staging, body);
            List<String> report = imports.importPaths(List.of(staging));
            folders.accept(body, staging);
            return new ApiModels.UploadResult(body, files.stream().map(Incoming::path).toList(), report);
        } finally {
            folders.discard(staging);
        }
    }

    /** The body's input folder: what the last accepted upload or form left there (it may not exist yet). */
    public Path folder(String body) {
        if (!body.matches(BODY_ID)) {
            throw new IllegalArgumentException("'" + body + "' is not a body id (lower-case letters, digits and '-')");
        }
        return uploadRoot.resolve(body);
    }

    /** A file of the body's input folder ({@code meetings/2024-01-15.yaml}), if it is there. */
    public Optional<byte[]> read(String body, String path) {
        Path file = folder(body).resolve(path).normalize();
        if (!file.startsWith(folder(body)) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private List<String> targets(List<MultipartFile> files, List<String> paths) {
        List<InputError> errors = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String original = files.get(i).getOriginalFilename();
            String target = paths != null && !paths.isEmpty() ? paths.get(i) : defaultPath(original);
            if (target == null || !target.matches(RELATIVE)) {
                errors.add(new InputError(original == null ? "part " + (i + 1) : original, "path",
                        "'" + target + "' is not an input file name: use body.yaml, distribution.yaml or"
                                + " <folder>/<name> with letters, digits, '.', '_' and '-'"));
            }
            targets.add(target);
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return targets;
    }

    /**
     * Where a file goes when the request does not say: dated YAML/JSON files in {@code meetings/}, other
     * YAML/JSON files (body.yaml, distribution.yaml, action-tracker.yaml ...) at the top, everything else
     * in {@code papers/}. Only the last segment of the client's name is used, and only if it is a plain
     * file name. Minutes ({@code minutes/<date>.yaml}) and performance data need an explicit path.
     */
    static String defaultPath(String original) {
        if (original == null) {
            return null;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.matches("\\d{4}-\\d{2}-\\d{2}\\.(yaml|yml|json)")) {
            return "meetings/" + name;
        }
        if (lower.matches("[^/]+\\.(yaml|yml|json)")) {
            return name; // body.yaml, distribution.yaml, action-tracker.yaml ...
        }
        return "papers/" + name;
    }

    private void checkBodyId(Path folder, String body) {
        for (String name : BodyFolder.BODY_FILE_NAMES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                String id;
                try {
                    id = StructuredFiles.readTree(file, name).path("id").asText(null);
                } catch (InputRejectedException e) {
                    return; // the import reports it, with every other problem of the files
                }
                if (id != null && !id.equals(body)) {
                    throw new InputRejectedException(new InputError(name, "id",
                            "'" + id + "' does not match the body in the address, '" + body + "'"));
                }
                return;
            }
        }
        throw new InputRejectedException(new InputError("body.yaml", null,
                "the body " + body + " has no body.yaml yet: upload it first (or with these files)"));
    }

    private static void write(InputStreamSource file, Path target) {
        try (InputStream in = file.getInputStream()) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload " + target.getFileName(), e);
        }
    }
}
