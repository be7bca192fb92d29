package org.packpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/** Copies of input folders that a test may change freely. */
public final class TestFolders {

    private TestFolders() {
    }

    /** A copy of {@code src/test/resources/fixtures/test-panel} with its attachment PDFs written. */
    public static Path testPanel(Path into) {
        Path folder = copy(Path.of("src/test/resources/fixtures/test-panel"), into.resolve("test-panel"));
        TestPdfs.write(folder.resolve("papers/07b-slides.pdf"), 3, "Road safety slide");
        return folder;
    }

    /** A copy of a folder and everything in it. */
    public static Path copy(Path source, Path target) {
        try {
            FileSystemUtils.copyRecursively(source, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a copy of a file written in a temporary folder under {@code folder}, for people to look at. */
    public static void keep(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.copy(file, folder.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
