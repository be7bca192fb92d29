package org.packpress.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.packpress.batch.DocumentJobProgress;
import org.packpress.batch.DocumentJobProgressBar;

class ProgressBarTest {

    @Test
    void drawsTheShareDoneAndWhatIsBeingBuilt() {
        String line = DocumentJobProgressBar.line(new DocumentJobProgress("buildAgendaPack", 5, 10, 50,
                "item 7: Tackling drugs", 1200));
        assertThat(line).startsWith("[" + "#".repeat(15) + "-".repeat(15) + "]  50%  5/10  item 7: Tackling drugs");
    }
}
