package org.packpress.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.packpress.documents.minutes.MinutesPapers;
import org.packpress.model.Audience;
import org.packpress.model.Body;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.TestFolders;
import org.packpress.ingest.ImportService;

/** Copies of the example body folders that a test may change, and the text of their files. */
final class MinutesTestSupport {

    static final Path PANEL = Path.of("examples/wm-pcp");
    static final Path BOARD = Path.of("examples/wm-spcb");

    private MinutesTestSupport() {
    }

    static void importExamples(ImportService imports) {
        imports.importPaths(List.of(PANEL, BOARD));
    }

    /** The body with its own text blocks, as {@code body.yaml}'s {@code textBlocks} would give them. */
    static Body withTextBlocks(Body body, Map<String, String> textBlocks) {
        return new Body(body.id(), body.name(), body.shortName(), body.kind(), body.website(), body.email(),
                body.phone(), textBlocks, body.people(), body.memberships(), body.styles());
    }

    /** The public minutes of a meeting rendered to {@code pdf} for the body with its own text blocks, opened. */
    static PdfInspection renderWithTextBlocks(MinutesPapers minutes, Body body, Map<String, String> textBlocks,
            LocalDate date, Path pdf) {
        minutes.render(withTextBlocks(body, textBlocks), date, Audience.PUBLIC, false, pdf);
        return PdfInspection.open(pdf);
    }

    /** A copy of an example body folder under {@code dir}. */
    static Path copy(Path example, Path dir) {
        return TestFolders.copy(example, dir.resolve(example.getFileName()));
    }

    /**
     * A copy of the example Board under {@code dir} as a body of its own ({@code id}), without the Board's performance
     * plan, which stays the example Board's in the shared store.
     */
    static Path boardAs(String id, Path dir) {
        Path board = TestFolders.copy(BOARD, dir.resolve(id));
        edit(board.resolve("body.yaml"), "id: wm-spcb", "id: " + id);
        try {
            org.springframework.util.FileSystemUtils.deleteRecursively(board.resolve("performance"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return board;
    }

    /** Keeps a copy of a generated file under target/minutes-samples/ for people to look at. */
    /**
     * Copies of the example Panel (as {@code panelId}) and Board (as {@code boardId}) whose minutes of 18 December
     * 2023 and notes of 27 September 2022 give one minute this Markdown text.
     */
    static List<Path> withMinuteText(Path dir, String panelId, String boardId, String markdown) {
        Path panel = copy(PANEL, dir);
        edit(panel.resolve("body.yaml"), "id: wm-pcp", "id: " + panelId);
        edit(panel.resolve("minutes/2023-12-18.yaml"), "    text: There was no urgent business.\n",
                "    text: |\n" + markdown.indent(6));
        Path board = boardAs(boardId, dir);
        edit(board.resolve("minutes/2022-09-27.yaml"), "    text: There were no questions from members of the public.\n",
                "    text: |\n" + markdown.indent(6));
        return List.of(panel, board);
    }

    static void keep(Path file) {
        try {
            Path samples = Path.of("target/minutes-samples");
            Files.createDirectories(samples);
            Files.copy(file, samples.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file, failing if the text is not there. */
    static void edit(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain: " + from);
        }
        try {
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
