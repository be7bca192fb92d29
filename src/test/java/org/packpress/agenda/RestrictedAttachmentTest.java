package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StoreSnapshot;
import org.packpress.testing.TestFolders;
import org.packpress.testing.TestPdfs;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published paper that opens without a password but carries permission restrictions (an owner password) is attached
 * as a copy without them, and the pack still passes PDF/UA-1 and PDF/A-2a; one that needs a password to open is
 * refused, naming the file.
 */
@PackPressTest
class RestrictedAttachmentTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 3, 4);
    /** Accessible slides: they pass both profiles on their own (SamplePackAccessibilityTest). */
    private static final Path ACCESSIBLE = Path.of("examples/wm-pcp/papers/07-drugs-slides.pdf");

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @AfterEach
    void forgetTheMeeting() {
        jdbc.update("DELETE FROM meeting WHERE body_id = 'test-panel'");
    }

    @Test
    void anAccessiblePaperWithAnOwnerPasswordOnlyIsAttachedWithoutItsRestrictions() {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        TestPdfs.writeRestricted(ACCESSIBLE, input.resolve("papers/07b-slides.pdf"), 256, true);

        List<String> summary = imports.importPaths(List.of(input));
        AgendaPackBuilder.Result result = builder.build("test-panel", MEETING, temp.resolve("out"), null,
                AgendaPackBuilder.Progress.NONE);

        assertThat(summary).contains("meetings/2024-03-04.yaml: papers/07b-slides.pdf: permission restrictions (an"
                + " owner password) removed; the pack attaches a copy without them");
        Path pack = result.files().get(0);
        assertThat(VeraPdf.failedRules(pack)).isEmpty();
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            assertThat(pdf.document().isEncrypted()).isFalse();
            assertThat(pdf.text()).contains("Data around drug-related homicides");
        }
        assertThat(imports.importPaths(List.of(input))).contains("meetings/2024-03-04.yaml: meeting 2024-03-04 unchanged");
    }

    @Test
    void aPaperThatNeedsAPasswordToOpenIsRefusedNamingTheFile() {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        TestPdfs.writeEncrypted(input.resolve("papers/07b-slides.pdf"));
        Map<String, List<String>> before = StoreSnapshot.take(jdbc);

        assertThatThrownBy(() -> imports.importPaths(List.of(input))).isInstanceOfSatisfying(
                InputRejectedException.class, e -> assertThat(e.errors()).extracting(InputError::toString)
                        .containsExactly("meetings/2024-03-04.yaml: agenda[4].documents[1].appendices[1].file:"
                                + " 07b-slides.pdf needs a password to open; attach a copy that opens without one (line 36)"));
        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(before);
    }
}
