package org.packpress.documents.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.packpress.model.Body;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.RecordedVote;
import org.packpress.render.text.Block;
import org.packpress.render.text.StyledText;
import org.packpress.render.text.TextBlocks;
import org.packpress.render.text.ValueWords;

/**
 * A recorded vote as the minutes print it: the sentence of its count and outcome (text block {@code minutes-vote}),
 * for a vote needing two-thirds of the members the number that is ({@code minutes-vote-two-thirds}), then a table of
 * how each member voted, in the order of the attendance, captioned {@code minutes-vote-caption}.
 */
final class VoteRows {

    /** How a member voted, in the order of the lines of the text block {@code minutes-vote-words}. */
    private enum Cast { FOR, AGAINST, ABSTAINED }

    /** The table's columns, in the order of the lines of the text block {@code minutes-vote-columns}. */
    private enum Column { MEMBER, VOTE }

    private final Body body;
    private final TextBlocks blocks;
    private final AttendanceWording wording;
    private final int members;

    /**
     * @param body the body as its papers of the meeting's date see it
     * @param members how many persons are members of the body on the meeting's date
     */
    VoteRows(Body body, TextBlocks blocks, AttendanceWording wording, int members) {
        this.body = body;
        this.blocks = blocks;
        this.wording = wording;
        this.members = members;
    }

    /** @param tables the row that prints a table (its layout and data, numbered in the document) */
    List<PaperRow> of(RecordedVote vote, List<Minutes.Attendee> present, Function<Block.Table, PaperRow> tables) {
        Map<RecordedVote.Outcome, String> outcomes = ValueWords.read("minutes-vote-outcomes",
                blocks.get(body, "minutes-vote-outcomes"), RecordedVote.Outcome.class);
        List<PaperRow> rows = new ArrayList<>();
        rows.add(paragraph("minutes-vote", Map.of("motion", vote.motion(), "outcome", outcomes.get(vote.outcome()),
                "for", String.valueOf(vote.inFavour().size()), "against", String.valueOf(vote.against().size()),
                "abstained", String.valueOf(vote.abstained().size()))));
        if (vote.majorityNeeded() == RecordedVote.Majority.TWO_THIRDS_OF_MEMBERS) {
            rows.add(paragraph("minutes-vote-two-thirds", Map.of("members", String.valueOf(members),
                    "needed", String.valueOf(RecordedVote.twoThirdsOf(members)))));
        }
        PaperRow table = tables.apply(table(vote, present));
        table.setCaption(StyledText.escape(blocks.get(body, "minutes-vote-caption", Map.of("motion", vote.motion()))));
        rows.add(table);
        return rows;
    }

    /** A sentence kept with the table it introduces. */
    private PaperRow paragraph(String key, Map<String, String> variables) {
        return PaperRow.leadIn(StyledText.escape(blocks.get(body, key, variables)));
    }

    /** Member | Vote, a row for each member who voted or abstained, in the order the minutes list those present. */
    private Block.Table table(RecordedVote vote, List<Minutes.Attendee> present) {
        Map<Cast, String> words = ValueWords.read("minutes-vote-words", blocks.get(body, "minutes-vote-words"), Cast.class);
        List<List<String>> rows = new ArrayList<>();
        for (Minutes.Attendee member : wording.membersInOrder(present)) {
            Cast cast = vote.inFavour().contains(member.person()) ? Cast.FOR
                    : vote.against().contains(member.person()) ? Cast.AGAINST
                    : vote.abstained().contains(member.person()) ? Cast.ABSTAINED : null;
            if (cast != null) {
                rows.add(List.of(StyledText.escape(wording.person(member.person()).displayName()),
                        StyledText.escape(words.get(cast))));
            }
        }
        List<String> header = ValueWords.read("minutes-vote-columns", blocks.get(body, "minutes-vote-columns"),
                Column.class).values().stream().map(StyledText::escape).toList();
        return new Block.Table(header, rows, List.of(Block.Alignment.LEFT, Block.Alignment.LEFT));
    }
}
