package org.packpress.ingest.minutes;

import org.packpress.common.FieldPaths;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.packpress.ingest.Problems;
import org.packpress.render.text.PartLanguage;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.model.Membership;
import org.packpress.model.minutes.ClauseLabels;
import org.packpress.model.minutes.MinuteAction;
import org.packpress.model.style.MinutesStyle;
import org.packpress.model.minutes.MinuteItem;
import org.packpress.model.ExemptParagraphs;
import org.packpress.model.ItemNumbers;
import org.packpress.model.minutes.MinuteContinuity;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.RecordedVote;
import org.packpress.model.minutes.Resolution;

/**
 * Checks one minutes file against its body and meeting: people and members, attendance, numbering
 * inside the file, agenda items, resolutions and the clauses actions refer to. Continuity with other
 * meetings is checked by {@link MinutesImporter}, which sees them all.
 */
final class MinutesChecks {

    static final Set<String> STANDARD_ITEMS = Set.of("apologies", "declarations", "next-meeting");

    private final Body body;
    private final String file;
    private final Problems problems;
    private final Set<String> rejected;

    MinutesChecks(Body body, String file, Problems problems) {
        this(body, file, problems, Set.of());
    }

    /** @param rejected the files of the body folder this import rejected before the minutes were read */
    MinutesChecks(Body body, String file, Problems problems, Set<String> rejected) {
        this.body = body;
        this.file = file;
        this.problems = problems;
        this.rejected = rejected;
    }

    /** Why the minutes' meeting is not in the store: its file was rejected by this import, or is not there. */
    private String noMeeting(LocalDate date) {
        String rejectedFile = rejected.stream().filter(name -> name.matches("meetings/" + date + "\\.(yaml|yml|json)"))
                .findFirst().orElse(null);
        return rejectedFile != null
                ? "the meeting of " + date + " is not stored, as " + rejectedFile + " was rejected"
                : "there is no meeting of " + body.id() + " on " + date + " (add meetings/" + date + ".yaml)";
    }

    void check(Minutes minutes, LocalDate fileDate, Meeting meeting) {
        if (minutes.meeting() == null) {
            problems.add(file, "meeting", "is required");
            return;
        }
        if (!minutes.meeting().equals(fileDate)) {
            problems.add(file, "meeting", minutes.meeting() + " does not match the file name (" + fileDate + ")");
        }
        if (meeting == null) {
            problems.add(file, "meeting", noMeeting(minutes.meeting()));
        }
        checkAttendance(minutes);
        checkDeclarations(minutes);
        checkItems(minutes, meeting);
        if (minutes.nextMeeting() != null && !minutes.nextMeeting().isAfter(minutes.meeting())) {
            problems.add(file, "nextMeeting", minutes.nextMeeting() + " is not after the meeting");
        }
        if (minutes.ended() != null && meeting != null && minutes.ended().isBefore(meeting.start())) {
            problems.add(file, "ended", minutes.ended() + " is before the start of the meeting (" + meeting.start() + ")");
        }
    }

    private void checkAttendance(Minutes minutes) {
        Map<String, String> seen = new HashMap<>();
        checkPeople(minutes.present(), "present", minutes.meeting(), true, seen);
        checkPeople(minutes.alsoPresent(), "alsoPresent", minutes.meeting(), false, seen);
        checkPeople(minutes.apologies(), "apologies", minutes.meeting(), false, seen);
        for (int i = 0; i < minutes.otherAttendees().size(); i++) {
            Minutes.OtherAttendees o = minutes.otherAttendees().get(i);
            if (o.count() == null || o.count() < 1) {
                problems.add(file, FieldPaths.entry("otherAttendees", i) + ".count", "must be at least 1");
            }
            if (o.kind() == null || o.kind().isBlank()) {
                problems.add(file, FieldPaths.entry("otherAttendees", i) + ".kind", "is required (e.g. observer)");
            }
        }
    }

    /** Each person once across present, alsoPresent and apologies; members present must be members. */
    private void checkPeople(List<Minutes.Attendee> list, String field, LocalDate date, boolean members,
            Map<String, String> seen) {
        for (int i = 0; i < list.size(); i++) {
            String at = FieldPaths.entry(field, i);
            String id = list.get(i).person();
            if (id == null) {
                problems.add(file, at + ".person", "is required");
                continue;
            }
            if (body.people().stream().noneMatch(p -> p.id().equals(id))) {
                problems.add(file, at + ".person", "'" + id + "' is not a person of " + body.id()
                        + " (add them to body.yaml)");
                continue;
            }
            if (members && membership(id, date) == null) {
                problems.add(file, at + ".person", "'" + id + "' is not a member of " + body.id() + " on " + date
                        + " (list non-members under alsoPresent)");
            }
            String earlier = seen.putIfAbsent(id, at);
            if (earlier != null) {
                boolean absentAndPresent = field.equals("apologies") != earlier.startsWith("apologies");
                problems.add(file, at + ".person", "'" + id + "' is also listed as " + earlier
                        + (absentAndPresent ? ": someone cannot be both present and giving apologies" : ""));
            }
        }
    }

    private void checkDeclarations(Minutes minutes) {
        for (int i = 0; i < minutes.declarations().size(); i++) {
            Minutes.Declaration d = minutes.declarations().get(i);
            String at = FieldPaths.entry("declarations", i);
            if (d.person() == null || minutes.present().stream().noneMatch(a -> d.person().equals(a.person()))) {
                problems.add(file, at + ".person", d.person() == null ? "is required"
                        : "'" + d.person() + "' is not among the members present");
            }
            if (d.description() == null || d.description().isBlank()) {
                problems.add(file, at + ".description", "is required");
            }
        }
    }

    private void checkItems(Minutes minutes, Meeting meeting) {
        if (minutes.items().isEmpty()) {
            problems.add(file, "items", "at least one minute item is required");
            return;
        }
        if (minutes.firstNumber() != null && !minutes.firstNumber().equals(minutes.items().get(0).number())) {
            problems.add(file, "firstNumber", "'" + minutes.firstNumber() + "' is not the number of the first item ("
                    + minutes.items().get(0).number() + ")");
        }
        Set<String> numbers = new HashSet<>();
        Map<Integer, MinuteContinuity.InMeeting> gaps = new HashMap<>();
        MinuteContinuity.inMeeting(body, minutes).forEach(gap -> gaps.put(gap.index(), gap));
        for (int i = 0; i < minutes.items().size(); i++) {
            MinuteItem item = minutes.items().get(i);
            String at = FieldPaths.entry("items", i);
            int sequence = MinuteNumbers.sequence(body, item.number(), minutes.meeting());
            if (item.number() == null) {
                problems.add(file, at + ".number", "is required");
            } else if (sequence < 0) {
                problems.add(file, at + ".number", "'" + item.number() + "' is not "
                        + MinuteNumbers.expectedForm(body, minutes.meeting()));
            } else if (!numbers.add(item.number())) {
                problems.add(file, at + ".number", item.number() + " is used twice");
            } else if (gaps.containsKey(i)) {
                MinuteContinuity.InMeeting gap = gaps.get(i);
                problems.add(file, at + ".number", item.number() + " does not follow "
                        + MinuteNumbers.format(body, gap.previous(), minutes.meeting())
                        + (gap.missing(body, minutes.meeting()) ? " (numbers are missing)" : ""));
            }
            checkItem(item, at, minutes, meeting);
        }
    }

    /** An item of the meeting's agenda, written in the body's form on its date (7a, 7.1). */
    private void checkAgendaItem(String written, String field, LocalDate date, Meeting meeting) {
        if (written == null) {
            return;
        }
        ItemNumbers numbers = ItemNumbers.of(body, date);
        String number = numbers.read(written);
        if (number == null) {
            problems.add(file, field, "'" + written + "' is not " + numbers.expectedForm());
        } else if (meeting != null) {
            Optional<AgendaItem> item = meeting.agenda().stream()
                    .filter(i -> ItemNumbers.sameItem(i.number(), number)).findFirst();
            if (item.isEmpty()) {
                problems.add(file, field, "'" + written + "' is not an item of the agenda of " + date);
            } else if (item.get().privateSession()) {
                problems.add(file, field, "'" + written + "' is the members' private session (type: private-session),"
                        + " which is not minuted: leave it out of the minutes");
            }
        }
    }

    private void checkItem(MinuteItem item, String at, Minutes minutes, Meeting meeting) {
        if (item.title() == null || item.title().isBlank()) {
            problems.add(file, at + ".title", "is required");
        }
        checkAgendaItem(item.agendaItem(), at + ".agendaItem", minutes.meeting(), meeting);
        if (item.standard() != null && !STANDARD_ITEMS.contains(item.standard())) {
            problems.add(file, at + ".standard", "'" + item.standard() + "' is not one of: apologies, declarations, next-meeting");
        }
        if ("next-meeting".equals(item.standard()) && minutes.nextMeeting() == null) {
            problems.add(file, at + ".standard", "next-meeting needs the date of the next meeting (field nextMeeting)");
        }
        if (ExemptParagraphs.problem(item.exempt()) != null) {
            problems.add(file, at + ".exempt", ExemptParagraphs.problem(item.exempt()));
        }
        if (item.confirms() != null && !item.confirms().isBefore(minutes.meeting())) {
            problems.add(file, at + ".confirms", item.confirms() + " is not an earlier meeting");
        }
        checkLanguageMarks(item.text(), at + ".text");
        checkResolution(item.resolution(), at + ".resolution");
        if (item.vote() != null) {
            checkVote(item.vote(), at + ".vote", minutes);
        }
        for (int a = 0; a < item.actions().size(); a++) {
            checkAction(item, item.actions().get(a), FieldPaths.entry(at + ".actions", a), minutes.meeting());
        }
    }

    private void checkResolution(Resolution resolution, String at) {
        if (resolution == null) {
            return;
        }
        checkLanguageMarks(resolution.text(), at + ".text");
        boolean hasText = resolution.text() != null && !resolution.text().isBlank();
        if (hasText == !resolution.clauses().isEmpty()) {
            problems.add(file, at, "give either text (one resolution) or clauses (numbered resolutions)");
        }
        for (int c = 0; c < resolution.clauses().size(); c++) {
            Resolution.Clause clause = resolution.clauses().get(c);
            String clauseAt = FieldPaths.entry(at + ".clauses", c);
            if (clause.text() == null || clause.text().isBlank()) {
                problems.add(file, clauseAt + ".text", "is required");
            }
            for (int s = 0; s < clause.clauses().size(); s++) {
                Resolution.Clause sub = clause.clauses().get(s);
                if (sub.text() == null || sub.text().isBlank()) {
                    problems.add(file, FieldPaths.entry(clauseAt + ".clauses", s) + ".text", "is required");
                }
                if (!sub.clauses().isEmpty()) {
                    problems.add(file, FieldPaths.entry(clauseAt + ".clauses", s) + ".clauses",
                            "lettered sub-clauses cannot have clauses of their own");
                }
            }
        }
    }

    /**
     * A recorded vote: its motion and outcome are given, each voter is a member present who votes once, and the
     * outcome stated is what the votes decide (two-thirds of the body's members on the day, when the vote needs it).
     */
    private void checkVote(RecordedVote vote, String at, Minutes minutes) {
        if (vote.motion() == null || vote.motion().isBlank()) {
            problems.add(file, at + ".motion", "is required: what was voted on (the motion to veto the proposed precept)");
        }
        Map<String, String> seen = new HashMap<>();
        checkVoters(vote.inFavour(), at + ".for", minutes, seen);
        checkVoters(vote.against(), at + ".against", minutes, seen);
        checkVoters(vote.abstained(), at + ".abstained", minutes, seen);
        checkVoters(vote.notVoting(), at + ".notVoting", minutes, seen);
        if (vote.castingVote() != null && !vote.tied()) {
            problems.add(file, at + ".castingVote", "a casting vote is given only when the votes of a simple majority"
                    + " are equal (" + vote.inFavour().size() + " for, " + vote.against().size() + " against)");
        }
        if (vote.outcome() == null) {
            problems.add(file, at + ".outcome", "is required: carried or lost");
            return;
        }
        int members = body.memberCount(minutes.meeting());
        RecordedVote.Outcome decided = vote.outcomeOfVotes(members);
        if (vote.outcome() != decided) {
            problems.add(file, at + ".outcome", vote.outcome().name().toLowerCase(Locale.ROOT) + " does not follow from"
                    + " the votes: " + voteCount(vote, members, minutes) + ", so the motion was "
                    + decided.name().toLowerCase(Locale.ROOT));
        }
    }

    private void checkVoters(List<String> voters, String field, Minutes minutes, Map<String, String> seen) {
        for (int i = 0; i < voters.size(); i++) {
            String at = FieldPaths.entry(field, i);
            String id = voters.get(i);
            if (minutes.present().stream().noneMatch(a -> a.person() != null && a.person().equals(id))) {
                problems.add(file, at, "'" + id + "' is not among the members present, so cannot have voted");
            }
            String earlier = seen.putIfAbsent(String.valueOf(id), at);
            if (earlier != null) {
                problems.add(file, at, "'" + id + "' also voted as " + earlier);
            }
        }
    }

    /** "6 for and 3 against; two-thirds of the 10 members of fm-pcp on 2025-02-03 is 7". */
    private String voteCount(RecordedVote vote, int members, Minutes minutes) {
        String count = vote.inFavour().size() + " for and " + vote.against().size() + " against";
        return vote.majorityNeeded() == RecordedVote.Majority.TWO_THIRDS_OF_MEMBERS
                ? count + "; two-thirds of the " + members + " members of " + body.id() + " on " + minutes.meeting()
                        + " is " + RecordedVote.twoThirdsOf(members)
                : count;
    }

    /** Every passage of a text marked in another language ({@link PartLanguage}) names a language. */
    private void checkLanguageMarks(String markdown, String field) {
        PartLanguage.badMarks(markdown).forEach(mark -> problems.add(file, field, "line " + (mark.line() + 1)
                + " of the text, {lang=" + mark.tag() + "}: " + mark.message()));
    }

    private void checkAction(MinuteItem item, MinuteAction action, String at, LocalDate meeting) {
        if (action.clause() != null) {
            Resolution resolution = item.resolution();
            MinutesStyle.ClauseLabels labels = body.style(meeting).minutes().clauseLabels();
            if (resolution == null || resolution.clauseText(labels, action.clause()) == null) {
                problems.add(file, at + ".clause", "'" + action.clause() + "' is not a clause of the resolution of minute "
                        + item.number() + " (" + describeClauses(resolution, labels) + ")");
            }
        } else if (action.text() == null || action.text().isBlank()) {
            problems.add(file, at + ".text", "is required when the action does not name a resolution clause");
        }
        if (action.due() != null && action.targetMeeting() != null) {
            problems.add(file, at, "give a due date or a target meeting, not both");
        }
    }

    private static String describeClauses(Resolution resolution, MinutesStyle.ClauseLabels labels) {
        if (resolution == null) {
            return "it has no resolution";
        }
        if (resolution.clauses().isEmpty()) {
            return "its resolution has no numbered clauses";
        }
        return "it has clauses " + ClauseLabels.numeral(labels, 1, 1) + " to "
                + ClauseLabels.numeral(labels, 1, resolution.clauses().size());
    }

    private Membership membership(String personId, LocalDate date) {
        return body.memberships().stream().filter(m -> m.personId().equals(personId) && m.activeOn(date))
                .findFirst().orElse(null);
    }
}
