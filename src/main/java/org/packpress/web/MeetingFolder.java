package org.packpress.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.packpress.ingest.BodyFolder;

/**
 * A meeting as its YAML folder: a zip of {@code <body>/} holding the body file, the meeting file, every
 * paper it refers to (and the images its Markdown reports show), and the body's minutes, tracker, key
 * decisions and work programme files that its generated papers are made from. Imported into any store it
 * gives the same meeting; imported back where it came from, nothing changes.
 */
final class MeetingFolder {

    private static final List<String> BODY_DATA = List.of("action-tracker", "key-decisions", "work-programme");

    private MeetingFolder() {
    }

    static void write(Path bodyFolder, String body, String date, OutputStream out) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        BodyFolder.BODY_FILE_NAMES.stream().filter(n -> Files.isRegularFile(bodyFolder.resolve(n))).forEach(files::add);
        for (String name : BODY_DATA) {
            for (String ext : List.of(".yaml", ".yml", ".json")) {
                if (Files.isRegularFile(bodyFolder.resolve(name + ext))) {
                    files.add(name + ext);
                }
            }
        }
        files.addAll(under(bodyFolder, "minutes"));
        String meetingFile = "meetings/" + date + ".yaml";
        files.add(meetingFile);
        for (String paper : MeetingYaml.referencedFiles(Files.readAllBytes(bodyFolder.resolve(meetingFile)))) {
            files.add(paper);
            if (paper.toLowerCase().endsWith(".md")) {
                files.addAll(images(bodyFolder, paper));
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String file : files) {
                Path path = bodyFolder.resolve(file).normalize();
                if (path.startsWith(bodyFolder) && Files.isRegularFile(path)) {
                    zip.putNextEntry(new ZipEntry(body + "/" + file));
                    Files.copy(path, zip);
                    zip.closeEntry();
                }
            }
        }
    }

    private static List<String> under(Path bodyFolder, String folder) throws IOException {
        Path dir = bodyFolder.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> bodyFolder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** The images a Markdown report shows, relative to the body folder. */
    private static Set<String> images(Path bodyFolder, String report) {
        Path file = bodyFolder.resolve(report).normalize();
        Set<String> images = new LinkedHashSet<>();
        if (!Files.isRegularFile(file)) {
            return images;
        }
        try {
            Parser.builder().build().parse(Files.readString(file)).accept(new AbstractVisitor() {
                @Override
                public void visit(Image image) {
                    Path resolved = file.getParent().resolve(image.getDestination()).normalize();
                    images.add(bodyFolder.relativize(resolved).toString().replace('\\', '/'));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + report, e);
        }
        return images;
    }
}
