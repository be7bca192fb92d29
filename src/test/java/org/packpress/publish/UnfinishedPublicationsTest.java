package org.packpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.AtomicFiles;
import org.packpress.model.Audience;

/**
 * A process killed while it publishes (after writing the folder's new manifest beside the old one, before all its
 * files were moved into place, or the manifest) leaves a folder whose files are not those its manifest records;
 * the next process completes the publication from the archive (until 7 December 2026 the folder kept the files of
 * one version and the manifest of another until the document was built again).
 */
class UnfinishedPublicationsTest {

    private final Publisher publisher = new Publisher(event -> { });

    @Test
    void aPublicationStoppedBeforeItsFilesAndManifestWereInPlaceIsCompletedByTheNextProcess(@TempDir Path out)
            throws Exception {
        Path folder = Publisher.folder(out, "wm-pcp", "2024-01-15");
        publishPack(folder, "pack 1", null);
        byte[] firstManifest = Files.readAllBytes(folder.resolve(Publisher.MANIFEST));
        publishPack(folder, "pack 2", "supplement 1");
        // as the killed process left it: its new manifest beside the old one, neither file moved yet
        Path next = leftByADeadProcess(folder.resolve(Publisher.MANIFEST));
        Files.move(folder.resolve(Publisher.MANIFEST), next);
        Files.write(folder.resolve(Publisher.MANIFEST), firstManifest);
        Files.delete(folder.resolve("agenda-pack.pdf")); // a hard link to the archive's copy: not written through
        Files.writeString(folder.resolve("agenda-pack.pdf"), "pack 1");
        Files.delete(folder.resolve("supplementary-agenda-1.pdf"));

        String recovered = new UnfinishedPublications(publisher, out).recover();

        assertThat(recovered).contains("wm-pcp/2024-01-15");
        assertThat(folder.resolve("agenda-pack.pdf")).hasContent("pack 2");
        assertThat(folder.resolve("supplementary-agenda-1.pdf")).hasContent("supplement 1");
        Manifest manifest = publisher.read(folder).orElseThrow();
        assertThat(manifest.currentVersion("agenda-pack")).isEqualTo(2);
        assertThat(manifest.documents().get("agenda-pack").files()).containsOnlyKeys("agenda-pack.pdf",
                "supplementary-agenda-1.pdf");
        assertThat(next).doesNotExist();
    }

    @Test
    void aManifestLeftHalfWrittenOrStillBeingWrittenIsNotTaken(@TempDir Path out) throws Exception {
        Path folder = Publisher.folder(out, "wm-pcp", "2024-01-15");
        publishPack(folder, "pack 1", null);
        byte[] manifest = Files.readAllBytes(folder.resolve(Publisher.MANIFEST));
        Path halfWritten = leftByADeadProcess(folder.resolve(Publisher.MANIFEST));
        Files.writeString(halfWritten, "{\"body\" : \"wm-pcp\", \"folder\" : \"2024-01-15\", \"documents\" : {");
        Path beingWritten = AtomicFiles.tempBeside(folder.resolve(Publisher.MANIFEST));
        Files.writeString(beingWritten, new String(manifest).replace("pack", "another pack"));

        assertThat(new UnfinishedPublications(publisher, out).recover()).isNull();

        assertThat(folder.resolve(Publisher.MANIFEST)).hasBinaryContent(manifest);
        assertThat(beingWritten).as("a running process's own").exists();
    }

    private void publishPack(Path folder, String pack, String supplement) throws Exception {
        List<Publisher.StagedFile> files = new ArrayList<>();
        files.add(staged(folder, "agenda-pack.pdf", pack, null));
        if (supplement != null) {
            files.add(staged(folder, "supplementary-agenda-1.pdf", supplement, 1));
        }
        publisher.publish(folder, "wm-pcp", "agenda-pack", files, new Publisher.Build(java.util.Map.of(), null, null,
                List.of()));
    }

    private Publisher.StagedFile staged(Path folder, String name, String text, Integer supplement) throws Exception {
        Path temp = publisher.stage(folder, name);
        Files.writeString(temp, text);
        return new Publisher.StagedFile(name, temp, 1, Audience.PUBLIC, supplement);
    }

    /** A temporary file's name for {@code target} as a process that has ended named it (its pid no longer runs). */
    private static Path leftByADeadProcess(Path target) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path mine = AtomicFiles.tempBeside(target);
        Files.delete(mine);
        String name = mine.getFileName().toString().replaceFirst("-" + ProcessHandle.current().pid() + "-\\d+~",
                "-" + ended.pid() + "-0~");
        return mine.resolveSibling(name);
    }
}
