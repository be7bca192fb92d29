package org.packpress.model.minutes;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Stream;
import org.packpress.model.Limit;
import org.packpress.model.TextLimit;

/**
 * A recorded vote: what was voted on, how each member present voted (by person id), the majority the motion needed
 * and the outcome the minutes state, which the import checks against the votes. A Police and Crime Panel's veto of a
 * proposed precept or of a Chief Constable's appointment needs two-thirds of the persons who are members of the
 * Panel at the time, not of those present or voting (Police Reform and Social Responsibility Act 2011).
 *
 * @param motion what was voted on, as a phrase ("the motion to veto the proposed precept")
 * @param majority what carries the motion; null for a simple majority of those voting
 * @param inFavour those who voted for the motion (written {@code for} in a minutes file)
 * @param notVoting members present who did not vote (having withdrawn after declaring an interest, say), named so
 * @param castingVote how the chair gave a casting vote, the votes of a simple majority being equal; or null
 * @param outcome what the minutes state: carried or lost
 */
public record RecordedVote(@Limit(TextLimit.LINE) String motion, Majority majority,
        @JsonProperty("for") @Limit(TextLimit.ID) List<String> inFavour, @Limit(TextLimit.ID) List<String> against,
        @Limit(TextLimit.ID) List<String> abstained, @Limit(TextLimit.ID) List<String> notVoting, Side castingVote,
        Outcome outcome) {

    public RecordedVote {
        inFavour = Minutes.copy(inFavour);
        against = Minutes.copy(against);
        abstained = Minutes.copy(abstained);
        notVoting = Minutes.copy(notVoting);
    }

    public enum Majority {
        /** more votes for than against */
        SIMPLE,
        /** at least two-thirds of the body's members on the day (appointed and independent, not substitutes) */
        TWO_THIRDS_OF_MEMBERS
    }

    public enum Outcome { CARRIED, LOST }

    /** For or against the motion. */
    public enum Side { FOR, AGAINST }

    /** Whether a casting vote may decide it: a simple majority whose votes for and against are equal. */
    public boolean tied() {
        return majorityNeeded() == Majority.SIMPLE && inFavour.size() == against.size();
    }

    /** The majority the motion needed: a simple majority unless the minutes say otherwise. */
    public Majority majorityNeeded() {
        return majority == null ? Majority.SIMPLE : majority;
    }

    /** Everyone who voted or abstained, for, against, then abstaining. */
    public Stream<String> voters() {
        return Stream.of(inFavour, against, abstained).flatMap(List::stream);
    }

    /** The votes for that two-thirds of {@code members} members needs: 7 of 10, 6 of 9. */
    public static int twoThirdsOf(int members) {
        return (2 * members + 2) / 3;
    }

    /** What the votes decide (with the casting vote, if any), when the body has {@code members} members on the day. */
    public Outcome outcomeOfVotes(int members) {
        boolean carried = majorityNeeded() == Majority.TWO_THIRDS_OF_MEMBERS ? inFavour.size() >= twoThirdsOf(members)
                : tied() ? castingVote == Side.FOR : inFavour.size() > against.size();
        return carried ? Outcome.CARRIED : Outcome.LOST;
    }
}
