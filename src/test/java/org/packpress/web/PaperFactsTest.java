package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.testing.TestPdfs;

/** What the meeting page says of a paper: an encrypted PDF is named as such (it is never opened), a readable one counted. */
class PaperFactsTest {

    @TempDir
    Path folder;

    @Test
    void anEncryptedPaperIsNamedNotOpened() {
        TestPdfs.writeEncrypted(folder.resolve("locked.pdf"));

        PaperFacts facts = PaperFacts.of(folder, new MeetingYaml.Paper("Locked", "attachment", "locked.pdf"));

        assertThat(facts.pages()).isNull();
        assertThat(facts.accessibility()).isEqualTo("locked.pdf is encrypted; attach an unprotected copy");
    }

    @Test
    void aReadablePaperHasItsPagesAndWhetherItIsTagged() {
        TestPdfs.write(folder.resolve("open.pdf"), 3, "An open paper");

        PaperFacts facts = PaperFacts.of(folder, new MeetingYaml.Paper("Open", "attachment", "open.pdf"));

        assertThat(facts.pages()).isEqualTo(3);
        assertThat(facts.accessibility()).startsWith("untagged PDF");
    }
}
