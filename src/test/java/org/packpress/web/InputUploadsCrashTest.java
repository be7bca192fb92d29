package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.PackPressProperties;

/**
 * A crash while an upload replaces a body's input folder leaves the staging folder as it stood at that moment;
 * the next start (constructing {@link InputUploads}) finishes it: the accepted copy, whose import is stored,
 * becomes the body's folder, which is never left missing, and copies never accepted are deleted.
 */
class InputUploadsCrashTest {

    private static final String BODY = "crash-pcp";
    private static final String ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

    @TempDir
    Path root;

    @Test
    void aCrashBetweenTheTwoMovesLeavesNoBodyFolderAndTheNextStartInstallsTheAcceptedCopy() throws IOException {
        folder(".staging/" + BODY + "." + ID + ".old", "previous");
        folder(".staging/" + BODY + "." + ID + ".ready", "accepted");

        start();

        assertThat(Files.readString(root.resolve(BODY + "/meetings/2024-01-15.yaml"))).isEqualTo("accepted");
        assertThat(staging()).isEmpty();
    }

    @Test
    void aCrashAfterTheImportWasAcceptedButBeforeTheFolderMovedInstallsTheAcceptedCopy() throws IOException {
        folder(BODY, "previous");
        folder(".staging/" + BODY + "." + ID + ".ready", "accepted");

        start();

        assertThat(Files.readString(root.resolve(BODY + "/meetings/2024-01-15.yaml"))).isEqualTo("accepted");
        assertThat(staging()).isEmpty();
    }

    @Test
    void aCopyNeverAcceptedIsDeletedAndTheBodyFolderKept() throws IOException {
        folder(BODY, "previous");
        folder(".staging/" + BODY + "." + ID, "half written");
        folder(".staging/" + BODY + "." + ID + ".old", "older still");

        start();

        assertThat(Files.readString(root.resolve(BODY + "/meetings/2024-01-15.yaml"))).isEqualTo("previous");
        assertThat(staging()).isEmpty();
    }

    @Test
    void aPreviousFolderSetAsideWithNothingToReplaceItIsPutBack() throws IOException {
        folder(".staging/" + BODY + "." + ID + ".old", "previous");
        folder(".staging/not-ours", "someone else's");

        start();

        assertThat(Files.readString(root.resolve(BODY + "/meetings/2024-01-15.yaml"))).isEqualTo("previous");
        assertThat(staging()).containsExactly("not-ours");
    }

    private void start() {
        new InputUploads(null, new PackPressProperties(null, null, null, root, null, null, null, null, null, null, null,
                null));
    }

    private void folder(String path, String meeting) throws IOException {
        Path file = root.resolve(path).resolve("meetings/2024-01-15.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, meeting);
    }

    private List<String> staging() throws IOException {
        try (Stream<Path> list = Files.list(root.resolve(".staging"))) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
