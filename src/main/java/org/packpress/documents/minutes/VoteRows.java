package org.packpress.documents.minutes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.packpress.model.Body;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.RecordedVote;
import org.packpress.model.style.MinutesStyle;
import org.packpress.render.text.Block;
import org.packpress.render.text.StyledText;
import org.packpress.render.text.TextBlocks;
import org.packpress.render.text.ValueWords;

/**
 * A recorded vote as the minutes print it: the sentence of its count and outcome (text block {@code minutes-vote}),
 * for a vote needing two-thirds of the members the number that is ({@code minutes-vote-two-thirds}), the chair's casting
 * vote in a tie ({@code minutes-vote-casting}), then how each
 * member voted, in the order of the attendance: a table captioned {@code minutes-vote-caption}, or, as the house style's
 * {@code minutes.recordedVote} says, a line of names for each way of voting ({@code minutes-vote-names}).
 */
final class VoteRows {

    /** How a member voted, in the order of the lines of the text block {@code minutes-vote-words}. */
    private enum Cast { FOR, AGAINST, ABSTAINED, NOT_VOTING }

    /** The table's columns, in the order of the lines of the text block {@code minutes-vote-columns}. */
    private enum Column { MEMBER, VOTE }

    private final Body body;
    private final TextBlocks blocks;
    private final AttendanceWording wording;
    private final int members;
    private final MinutesStyle.RecordedVoteForm form;

    /**
     * @param body the body as its papers of the meeting's date see it
     * @param members how many persons are members of the body on the meeting's date
     */
    VoteRows(Body body, TextBlocks blocks, AttendanceWording wording, int members, MinutesStyle.RecordedVoteForm form) {
        this.body = body;
        this.form = form;
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
        if (vote.castingVote() != null) {
            String casting = blocks.get(body, "minutes-vote-casting", Map.of("motion", vote.motion()));
            rows.add(PaperRow.leadIn(StyledText.escape(ValueWords.read("minutes-vote-casting", casting,
                    RecordedVote.Side.class).get(vote.castingVote()))));
        }
        List<Map.Entry<String, Cast>> votes = votes(vote, present);
        if (form == MinutesStyle.RecordedVoteForm.NAMES) {
            rows.addAll(names(votes));
        } else {
            PaperRow table = tables.apply(table(votes));
            table.setCaption(StyledText.escape(blocks.get(body, "minutes-vote-caption", Map.of("motion", vote.motion()))));
            rows.add(table);
        }
        return rows;
    }

    /** Each member's name and vote, in the order the minutes list those present (two may share a name). */
    private List<Map.Entry<String, Cast>> votes(RecordedVote vote, List<Minutes.Attendee> present) {
        List<Map.Entry<String, Cast>> votes = new ArrayList<>();
        for (Minutes.Attendee member : wording.membersInOrder(present)) {
            String id = member.person();
            Cast cast = vote.inFavour().contains(id) ? Cast.FOR : vote.against().contains(id) ? Cast.AGAINST
                    : vote.abstained().contains(id) ? Cast.ABSTAINED : vote.notVoting().contains(id) ? Cast.NOT_VOTING
                    : null;
            if (cast != null) {
                votes.add(Map.entry(wording.memberName(id), cast));
            }
        }
        return votes;
    }

    /** "For (7): Cllr Gwen Hardy, …, Owen Pratt JP", a line for each way of voting that someone voted. */
    private List<PaperRow> names(List<Map.Entry<String, Cast>> votes) {
        Map<Cast, String> words = words();
        Map<Cast, List<String>> byCast = new EnumMap<>(Cast.class);
        votes.forEach(v -> byCast.computeIfAbsent(v.getValue(), c -> new ArrayList<>()).add(v.getKey()));
        List<PaperRow> rows = new ArrayList<>();
        byCast.forEach((cast, names) -> {
            rows.add(paragraph("minutes-vote-names", Map.of("vote", words.get(cast),
                    "count", String.valueOf(names.size()), "names", AttendanceWording.joinList(names))));
        });
        if (!rows.isEmpty()) { // the last line ends the block the sentences before it open
            rows.add(PaperRow.paragraph(rows.remove(rows.size() - 1).getText(), 0));
        }
        return rows;
    }

    /** A sentence kept with what follows it (the table or the names it introduces). */
    private PaperRow paragraph(String key, Map<String, String> variables) {
        return PaperRow.leadIn(StyledText.escape(blocks.get(body, key, variables)));
    }

    /**
     * Member | Vote, a row for each member who voted, abstained or is named as not voting, in the order the minutes
     * list those present.
     */
    private Block.Table table(List<Map.Entry<String, Cast>> votes) {
        Map<Cast, String> words = words();
        List<List<String>> rows = new ArrayList<>();
        votes.forEach(v -> rows.add(List.of(StyledText.escape(v.getKey()), StyledText.escape(words.get(v.getValue())))));
        List<String> header = ValueWords.read("minutes-vote-columns", blocks.get(body, "minutes-vote-columns"),
                Column.class).values().stream().map(StyledText::escape).toList();
        return new Block.Table(header, rows, List.of(Block.Alignment.LEFT, Block.Alignment.LEFT));
    }

    private Map<Cast, String> words() {
        return ValueWords.read("minutes-vote-words", blocks.get(body, "minutes-vote-words"), Cast.class);
    }
}
