package org.packpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.common.Hashes;
import org.packpress.model.Audience;

/**
 * Every document a folder publishes keeps its earlier versions, whatever the document: minutes (or a
 * tracker, a workbook: one file each) re-issued twice keep versions 1 and 2, each file in the archive by its
 * hash; a rebuild that writes the same bytes is no new version; a pack's supplement stays listed with each
 * version that carried it; and nothing is ever removed from the archive.
 */
class PublishedVersionsKeptTest {

    private final Publisher publisher = new Publisher(event -> { });

    @Test
    void eachReissueKeepsTheVersionBeforeWithItsFiles(@TempDir Path out) throws Exception {
        Path folder = Publisher.folder(out, "wm-pcp", "2024-01-15");
        for (String text : List.of("minutes, first issue", "minutes, second issue", "minutes, second issue",
                "minutes, third issue")) {
            publisher.publishOne(folder, "wm-pcp", "minutes.pdf", 1, Audience.PUBLIC,
                    o -> o.write(text.getBytes(StandardCharsets.UTF_8)), publisher.dating(folder, "minutes"),
                    Map.of("minutes", Hashes.sha256(text)), null);
        }

        Manifest manifest = publisher.read(folder).orElseThrow();
        assertThat(manifest.currentVersion("minutes")).as("the same bytes again are no new version").isEqualTo(3);
        assertThat(manifest.earlier("minutes")).extracting(e -> e.outputs().get(0).sha256()).containsExactly(
                Hashes.sha256("minutes, first issue"), Hashes.sha256("minutes, second issue"));
        for (Manifest.Entry version : manifest.earlier("minutes")) {
            Manifest.OutputFile file = version.outputs().get(0);
            assertThat(Archive.stored(folder, file.file(), file.sha256())).get()
                    .satisfies(kept -> assertThat(Hashes.sha256(kept)).isEqualTo(file.sha256()));
        }
        assertThat(manifest.earlierOutput(1, "minutes.pdf")).get().extracting(Manifest.OutputFile::sha256)
                .isEqualTo(Hashes.sha256("minutes, first issue"));
        assertThat(folder.resolve("minutes.pdf")).hasContent("minutes, third issue");
        try (var kept = Files.list(folder.resolve(Archive.FOLDER))) {
            assertThat(kept).as("every issue is in the archive, none removed").hasSize(3);
        }
    }

    @Test
    void aSupplementStaysListedWithEveryVersionThatCarriedIt(@TempDir Path out) throws Exception {
        Path folder = Publisher.folder(out, "wm-pcp", "2024-01-15");
        publishPack(folder, "pack 1", null);
        publishPack(folder, "pack 2", "supplement 1");
        publishPack(folder, "pack 3", null);

        Manifest manifest = publisher.read(folder).orElseThrow();
        assertThat(manifest.documents().get("agenda-pack").files()).containsOnlyKeys("agenda-pack.pdf",
                "supplementary-agenda-1.pdf");
        assertThat(manifest.earlier("agenda-pack")).extracting(e -> e.files().keySet()).containsExactly(
                java.util.Set.of("agenda-pack.pdf"), java.util.Set.of("agenda-pack.pdf", "supplementary-agenda-1.pdf"));
        assertThat(manifest.issuedIn("agenda-pack", Hashes.sha256("pack 1"))).get()
                .isEqualTo(manifest.earlier("agenda-pack").get(0));
    }

    private void publishPack(Path folder, String pack, String supplement) throws Exception {
        List<Publisher.StagedFile> files = new java.util.ArrayList<>();
        files.add(staged(folder, "agenda-pack.pdf", pack, null));
        if (supplement != null) {
            files.add(staged(folder, "supplementary-agenda-1.pdf", supplement, 1));
        }
        publisher.publish(folder, "wm-pcp", "agenda-pack", files, new Publisher.Build(Map.of(), null, null, List.of()));
    }

    private Publisher.StagedFile staged(Path folder, String name, String text, Integer supplement) throws Exception {
        Path temp = publisher.stage(folder, name);
        Files.writeString(temp, text);
        return new Publisher.StagedFile(name, temp, 1, Audience.PUBLIC, supplement);
    }
}
