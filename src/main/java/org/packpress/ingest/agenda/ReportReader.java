package org.packpress.ingest.agenda;

import org.packpress.common.FieldPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.packpress.ingest.BodyFolder;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.ingest.Problems;
import org.packpress.ingest.StructuredFiles;
import org.packpress.model.AuthoredReport;
import org.packpress.model.TextLimit;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.model.AuthoredReport.ReportImage;
import org.packpress.common.Hashes;
import org.packpress.render.text.Block;
import org.packpress.render.text.PartLanguage;

/** Reads an authored report: a Markdown file with a YAML front matter between {@code ---} lines. */
final class ReportReader {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** A report and the image files it shows, by the path written in the Markdown. */
    record ReadReport(AuthoredReport report, String sha256, Map<String, Path> imageFiles) {
    }

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);
    private static final List<String> IMPLICATION_KEYS = List.of("finance", "legal", "equalities");

    private final BodyFolder folder;

    ReportReader(BodyFolder folder) {
        this.folder = folder;
    }

    ReadReport read(Path file) {
        String name = folder.relative(file);
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException(new InputError(name, null, "file does not exist"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException(new InputError(name, null, "cannot be read: " + e.getMessage()));
        }
        Matcher matcher = FRONT_MATTER.matcher(new String(bytes, StandardCharsets.UTF_8));
        if (!matcher.matches()) {
            throw new InputRejectedException(new InputError(name, "front matter",
                    "a report must start with a YAML front matter between '---' lines"));
        }
        Problems problems = new Problems();
        // read from the file's first line, so that a field's line is the file's
        ReportFrontMatter front = StructuredFiles.readYaml(matcher.group(0).substring(0, matcher.end(1)), name,
                ReportFrontMatter.class, problems);
        if (front == null) {
            problems.throwIfAny();
        }
        String markdown = matcher.group(2).strip();
        AuthoredReport report = toReport(front, markdown, name, problems);
        int firstLine = (int) matcher.group(0).substring(0, matcher.start(2)).lines().count() + 1;
        Node parsed = PARSER.parse(matcher.group(2));
        Map<String, Path> images = images(file, parsed, firstLine, name, problems);
        checkLanguageMarks(matcher.group(2), firstLine, name, problems);
        problems.throwIfAny();
        List<ReportImage> imageRecords = new ArrayList<>();
        images.forEach((path, imageFile) ->
                imageRecords.add(new ReportImage(path, Hashes.sha256(imageFile), mediaType(imageFile))));
        AuthoredReport withImages = report.withImages(imageRecords);
        return new ReadReport(withImages, Hashes.sha256(bytes), images);
    }

    private static AuthoredReport toReport(ReportFrontMatter front, String markdown, String name, Problems problems) {
        if (front.title() == null || front.title().isBlank()) {
            problems.add(name, "title", "is required");
        }
        ParagraphNumbering numbering = ParagraphNumbering.CONTINUOUS;
        if (front.numbering() != null) {
            try {
                numbering = ParagraphNumbering.valueOf(front.numbering().toUpperCase());
            } catch (IllegalArgumentException e) {
                problems.add(name, "numbering", "'" + front.numbering() + "' is not one of continuous, sectioned, none");
            }
        }
        List<String> implications = front.implications() == null ? List.of() : front.implications();
        for (int i = 0; i < implications.size(); i++) {
            if (!IMPLICATION_KEYS.contains(implications.get(i))) {
                problems.add(name, FieldPaths.entry("implications", i),
                        "'" + implications.get(i) + "' is not one of " + String.join(", ", IMPLICATION_KEYS));
            }
        }
        if (markdown.isEmpty()) {
            problems.add(name, null, "the report has no text after its front matter");
        }
        return new AuthoredReport(front.title(), front.date(), front.reportOf(), authors(front, name, problems),
                front.email(), front.telephone(), front.recommendations() == null ? List.of() : front.recommendations(),
                numbering,
                front.runningHeader(), implications, markdown, List.of());
    }

    /** {@code author: one name} or {@code authors: [names]}: the authors as given, never split inside a name. */
    private static List<String> authors(ReportFrontMatter front, String name, Problems problems) {
        if (front.author() != null && front.authors() != null) {
            problems.add(name, "authors", "give either author (one) or authors (a list), not both");
        }
        List<String> authors = front.author() != null ? List.of(front.author())
                : front.authors() == null ? List.of() : front.authors();
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i) == null || authors.get(i).isBlank()) {
                problems.add(name, FieldPaths.entry("authors", i), "is empty");
            }
        }
        return authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
    }

    /**
     * The image files the report shows. Every image needs alternative text, or the marker
     * {@value Block.Image#DECORATIVE} as its alternative text when it only decorates.
     *
     * @param firstLine the line of the file on which {@code markdown} starts (1-based)
     */
    private Map<String, Path> images(Path reportFile, Node markdown, int firstLine, String name, Problems problems) {
        Map<String, Path> images = new LinkedHashMap<>();
        markdown.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String written = image.getDestination();
                String tooLong = TextLimit.TITLE.problem(written);
                if (tooLong != null) {
                    problems.add(name, "line " + (firstLine + image.getSourceSpans().get(0).getLineIndex())
                            + ", image path", tooLong);
                    return;
                }
                if (alternativeText(image).isBlank()) {
                    problems.add(name, "line " + (firstLine + image.getSourceSpans().get(0).getLineIndex())
                            + ", image " + written, "has no alternative text: write what it shows, ![…](" + written
                            + "), or ![" + Block.Image.DECORATIVE + "](" + written + ") if it only decorates");
                }
                Path resolved = problems.collect(() ->
                        folder.resolve(reportFile.getParent(), written, name, "image " + written));
                if (resolved == null) {
                    return;
                }
                if (!Files.isRegularFile(resolved)) {
                    problems.add(name, "image " + written, "file does not exist");
                } else if (mediaType(resolved) == null) {
                    problems.add(name, "image " + written, "is not a PNG or JPEG image");
                } else {
                    images.put(written, resolved);
                }
            }
        });
        return images;
    }

    /** Every passage marked in another language ({@link PartLanguage}) names a language. */
    private static void checkLanguageMarks(String markdown, int firstLine, String name, Problems problems) {
        PartLanguage.badMarks(markdown).forEach(mark -> problems.add(name, "line " + (firstLine + mark.line())
                + ", {lang=" + mark.tag() + "}", mark.message()));
    }

    private static String alternativeText(Node image) {
        StringBuilder text = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text literal ? literal.getLiteral() : alternativeText(child));
        }
        return text.toString();
    }

    private static String mediaType(Path image) {
        String lower = image.getFileName().toString().toLowerCase();
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return null;
    }
}
