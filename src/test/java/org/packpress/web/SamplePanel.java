package org.packpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.packpress.testing.TestFolders;
import org.springframework.util.FileSystemUtils;

/** A copy of the sample Panel (examples/wm-pcp) in a temporary folder, which tests may change. */
public final class SamplePanel {

    public static final String BODY = "wm-pcp";
    public static final String MEETING = "2024-01-15";

    private final Path root;

    private SamplePanel(Path root) {
        this.root = root;
    }

    public static SamplePanel copy(Path into) {
        return copy(into, BODY);
    }

    /** A copy whose body has another id (so that tests sharing a store do not disturb each other). */
    public static SamplePanel copy(Path into, String bodyId) {
        Path source = Path.of("examples", BODY).toAbsolutePath();
        Path target = TestFolders.copy(source, into.resolve(bodyId));
        try {
            FileSystemUtils.deleteRecursively(target.resolve("sources")); // the published originals are no input
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SamplePanel panel = new SamplePanel(target);
        if (!bodyId.equals(BODY)) {
            try {
                Path body = target.resolve("body.yaml");
                write(body, Files.readString(body, StandardCharsets.UTF_8).replaceFirst("(?m)^id: .*$", "id: " + bodyId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return panel;
    }

    /** A body folder kept elsewhere (a test fixture), uploaded as it is. */
    public static SamplePanel of(Path root) {
        return new SamplePanel(root);
    }

    public Path root() {
        return root;
    }

    public Path meetingFile() {
        return root.resolve("meetings/" + MEETING + ".yaml");
    }

    /** Adds an exempt item at the end of the sample meeting, so that a confidential pack is built. */
    public SamplePanel withExemptItem() {
        append(meetingFile(), """

                  - number: "12"
                    type: report
                    title: EXEMPT ITEM FOR TESTS
                    exempt: 3
                    documents:
                      - title: Confidential annex
                        report: papers/09b-pcc-update.md
                """);
        return this;
    }

    public SamplePanel withDistributionList(String yaml) {
        write(root.resolve("distribution.yaml"), yaml);
        return this;
    }

    /** Another meeting of the Panel: the sample meeting's file with another date. */
    public SamplePanel withMeetingOn(String date) {
        try {
            String text = Files.readString(meetingFile(), StandardCharsets.UTF_8).replace("date: " + MEETING, "date: " + date);
            write(root.resolve("meetings/" + date + ".yaml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Marks a meeting as a draft ({@code draft: true}): the nightly run leaves it alone. */
    public SamplePanel asDraft(String meetingDate) {
        return replaceLine("meetings/" + meetingDate + ".yaml", "^venue: ", "draft: true\nvenue: ");
    }

    /** Gives a meeting another status line (and what goes with it), e.g. "status: cancelled". */
    public SamplePanel withStatus(String meetingDate, String yaml) {
        return replaceLine("meetings/" + meetingDate + ".yaml", "^status: .*$", yaml.strip());
    }

    /** Adds a text block of the body's own ({@code textBlocks} in body.yaml). */
    public SamplePanel withTextBlock(String key, String text) {
        return replaceLine("body.yaml", "^people:", "textBlocks:\n  " + key + ": \"" + text + "\"\npeople:");
    }

    private SamplePanel replaceLine(String file, String line, String replacement) {
        Path path = root.resolve(file);
        try {
            write(path, Files.readString(path, StandardCharsets.UTF_8).replaceFirst("(?m)" + line,
                    java.util.regex.Matcher.quoteReplacement(replacement)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public void changeVenue(String meetingDate, String venue) {
        Path file = root.resolve("meetings/" + meetingDate + ".yaml");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            write(file, text.replaceFirst("(?m)^venue: .*$", "venue: " + venue));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file, relative to the body folder, in name order. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).stripTrailing() + "\n" + text,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
