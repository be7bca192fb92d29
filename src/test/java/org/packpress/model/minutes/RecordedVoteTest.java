package org.packpress.model.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.model.minutes.RecordedVote.Majority;
import org.packpress.model.minutes.RecordedVote.Outcome;

/** The majorities a recorded vote is decided by: more for than against, or two-thirds of the members. */
class RecordedVoteTest {

    @Test
    void twoThirdsOfTheMembersIsRoundedUp() {
        assertThat(List.of(3, 9, 10, 11, 12, 15, 20).stream().map(RecordedVote::twoThirdsOf))
                .containsExactly(2, 6, 7, 8, 8, 10, 14);
    }

    @Test
    void aTwoThirdsVoteIsTakenOfTheMembersNotOfThoseVoting() {
        RecordedVote six = vote(Majority.TWO_THIRDS_OF_MEMBERS, 6, 1);
        assertThat(six.outcomeOfVotes(10)).isEqualTo(Outcome.LOST);
        assertThat(six.outcomeOfVotes(9)).isEqualTo(Outcome.CARRIED);
    }

    @Test
    void aSimpleMajorityNeedsMoreForThanAgainst() {
        assertThat(vote(null, 4, 4).outcomeOfVotes(10)).isEqualTo(Outcome.LOST);
        assertThat(vote(Majority.SIMPLE, 5, 4).outcomeOfVotes(10)).isEqualTo(Outcome.CARRIED);
    }

    @Test
    void theChairsCastingVoteDecidesATieOfASimpleMajorityOnly() {
        assertThat(vote(null, 4, 4, RecordedVote.Side.FOR).outcomeOfVotes(10)).isEqualTo(Outcome.CARRIED);
        assertThat(vote(null, 4, 4, RecordedVote.Side.AGAINST).outcomeOfVotes(10)).isEqualTo(Outcome.LOST);
        assertThat(vote(Majority.TWO_THIRDS_OF_MEMBERS, 5, 5, RecordedVote.Side.FOR).outcomeOfVotes(10))
                .isEqualTo(Outcome.LOST);
    }

    private static RecordedVote vote(Majority majority, int inFavour, int against) {
        return vote(majority, inFavour, against, null);
    }

    private static RecordedVote vote(Majority majority, int inFavour, int against, RecordedVote.Side casting) {
        return new RecordedVote("the motion", majority, people("f", inFavour), people("a", against), List.of(), List.of(),
                casting, Outcome.CARRIED);
    }

    private static List<String> people(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }
}
