package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.minutes.MinutesPublisher;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member present who did not vote (having withdrawn after declaring an interest) is named so in a recorded vote
 * ({@code notVoting}), and counts neither way: the made-up Fenmoor Panel's hearing ({@code fixtures/fm-pcp}), its
 * abstaining member made one who did not vote. Named twice, or not present, such a member is refused. Voters are
 * named in the style's name form.
 */
@PackPressTest
class NotVotingTest {

    private static final LocalDate HEARING = LocalDate.of(2025, 3, 10);
    private static final String HEARING_MINUTES = "minutes/2025-03-10.yaml";

    @Autowired
    ImportService imports;
    @Autowired
    MinutesPublisher publisher;

    @TempDir
    Path temp;

    @Test
    void aMemberWhoDidNotVoteIsNamedSoAndCountsNeitherWay() {
        Path input = panel("fm-nv");
        TestFolders.edit(input.resolve(HEARING_MINUTES), "      abstained: [colin-dace]\n",
                "      notVoting: [colin-dace]\n");
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        publisher.publishMinutes("fm-nv", HEARING, out, null);

        Path minutes = out.resolve("fm-nv/2025-03-10/minutes.pdf");
        assertThat(NorthshireStyleTest.oneLine(minutes)).containsSubsequence(
                "the motion to veto the proposed appointment was lost (3 for, 6 against, 0 abstaining)",
                "For (3): Cllr Alan Brook, Cllr Eric Flint and Cllr Imran Jacobs", "Against (6):",
                "Did not vote (1): Cllr Colin Dace", "RESOLVED:").doesNotContain("Abstained (1)");
        assertThat(VeraPdf.failedRules(minutes)).isEmpty();
    }

    /** A style that names members with initials names the voters so too, as it names those present. */
    @Test
    void theVotersAreNamedInTheStylesNameForm() {
        Path input = panel("fm-initials");
        TestFolders.edit(input.resolve("body.yaml"), "      recordedVote: names\n",
                "      recordedVote: names\n      names: initials\n");
        imports.importPaths(List.of(input));
        Path out = temp.resolve("out");
        publisher.publishMinutes("fm-initials", HEARING, out, null);

        assertThat(NorthshireStyleTest.oneLine(out.resolve("fm-initials/2025-03-10/minutes.pdf")))
                .contains("For (3): Cllr A Brook, Cllr E Flint and Cllr I Jacobs", "Abstained (1): Cllr C Dace")
                .doesNotContain("Cllr Alan Brook");
    }

    @Test
    void aMemberNamedAsVotingAndNotVotingIsRefused() {
        Path input = panel("fm-nv-twice");
        TestFolders.edit(input.resolve(HEARING_MINUTES), "      abstained: [colin-dace]\n",
                "      abstained: [colin-dace]\n      notVoting: [colin-dace]\n");

        assertThatThrownBy(() -> imports.importPaths(List.of(input))).isInstanceOfSatisfying(
                InputRejectedException.class, e -> assertThat(e.errors()).extracting(InputError::toString)
                        .anyMatch(m -> m.contains(".vote.notVoting[1]: 'colin-dace' also voted as")));
    }

    private Path panel(String id) {
        Path folder = TestFolders.copy(Path.of("src/test/resources/fixtures/fm-pcp"), temp.resolve("in/" + id));
        TestFolders.edit(folder.resolve("body.yaml"), "id: fm-pcp", "id: " + id);
        return folder;
    }
}
