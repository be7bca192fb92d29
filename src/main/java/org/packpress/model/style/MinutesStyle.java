package org.packpress.model.style;

import java.util.List;
import org.packpress.model.Limit;
import org.packpress.model.NameForm;
import org.packpress.model.TextLimit;

/**
 * Minutes and notes of meetings.
 *
 * @param attendanceOrder the order of the members present
 * @param memberLine how a member's attendance line reads
 * @param clauseLabels the labels of resolution clauses and their sub-clauses
 * @param clauseEndings whether the clauses of a resolution end "; and" (the last but one) and "."
 *     (the last), whatever their text ends with
 * @param proceduralNotes where procedural notes print when a note does not say
 * @param resolved the lead-in line of a resolution ("RESOLVED:-")
 * @param closingLine the closing line, {@code {time}} being the time the meeting ended
 * @param closingTimeFormat the pattern of that time ({@code HH:mm} → 16:24, {@code HH.mm} → 17.03)
 * @param signature the signature line under the minutes
 * @param leadingRoles the roles, as the body's memberships name them, whose holders are listed before the other
 *     members: the first (the chair's) in every attendance order but by name, all of them, in this order, by role
 * @param numberingYearStarts the first month of the numbering year, when minute numbers start again at 1 ("April",
 *     or 4), or {@code never}; null for the body's kind's rule (a Board's January, a Panel's never); read by
 *     {@link org.packpress.model.minutes.MinuteNumbers}, as written, so that the numbers' one home reads it
 * @param numberForm how a minute number is written: {@code {n}} (the running number), {@code {nnn}} (it in three
 *     digits), {@code {yy}} and {@code {yyyy}} (the year its numbering year starts in) among text of the body's own
 *     ("PCP/{yy}/{n}": PCP/24/15); null for the body's kind's form (a Panel's {@code {n}}, a Board's
 *     {@code {nnn}/{yy}}); read by {@link org.packpress.model.minutes.MinuteNumbers}, as written
 * @param exemptInPublic what the public minutes print of a minute held in private: nothing, or its number and title
 *     with the exempt notice
 * @param alsoPresent how a Panel's minutes list those also present: one list, or grouped under their organisations
 * @param names how the members' given names are written where the minutes name them (the members present and the
 *     members' apologies): in full, or as initials
 * @param membersPresent how a Panel's minutes print the members present: a line each, or one run-on paragraph
 * @param membersSeparator what separates the members of a run-on paragraph (", "; "; " where the lines hold commas)
 * @param recordedVote how a recorded vote ({@code vote:} of a minute) lists each member's vote: a table, or a line
 *     of names for each way of voting
 */
public record MinutesStyle(AttendanceOrder attendanceOrder, MemberLine memberLine, ClauseLabels clauseLabels,
        Boolean clauseEndings, NotePlacement proceduralNotes, String resolved, String closingLine,
        String closingTimeFormat, String signature, List<String> leadingRoles, String numberingYearStarts,
        @Limit(TextLimit.WORD) String numberForm, ExemptInPublic exemptInPublic, AlsoPresent alsoPresent,
        NameForm names, MembersPresent membersPresent, @Limit(TextLimit.WORD) String membersSeparator,
        RecordedVoteForm recordedVote) {

    public static final MinutesStyle DEFAULT = new MinutesStyle(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    public MinutesStyle {
        attendanceOrder = Defaults.or(attendanceOrder, AttendanceOrder.CHAIR_FIRST);
        memberLine = Defaults.or(memberLine, MemberLine.ROLE_THEN_AUTHORITY);
        clauseLabels = Defaults.or(clauseLabels, ClauseLabels.ROMAN_THEN_LETTER);
        clauseEndings = Defaults.or(clauseEndings, Boolean.FALSE);
        proceduralNotes = Defaults.or(proceduralNotes, NotePlacement.BEFORE_TEXT);
        resolved = Defaults.or(resolved, "RESOLVED:-");
        closingLine = Defaults.or(closingLine, "The meeting ended at {time} hours.");
        closingTimeFormat = Defaults.or(closingTimeFormat, "HH:mm");
        signature = Defaults.or(signature, "CHAIR");
        leadingRoles = List.copyOf(Defaults.or(leadingRoles, List.of("Chair", "Vice Chair")));
        exemptInPublic = Defaults.or(exemptInPublic, ExemptInPublic.LEFT_OUT);
        alsoPresent = Defaults.or(alsoPresent, AlsoPresent.LIST);
        names = Defaults.or(names, NameForm.FULL);
        membersPresent = Defaults.or(membersPresent, MembersPresent.LINES);
        membersSeparator = Defaults.or(membersSeparator, ", ");
        recordedVote = Defaults.or(recordedVote, RecordedVoteForm.TABLE);
    }

    /** How a Panel's minutes print the members present, each worded by {@link #memberLine()}. */
    public enum MembersPresent {
        /** a line each */
        LINES,
        /** one paragraph, the members separated by {@link #membersSeparator()} ("Mrs R Marsden (Chair), Mr K Asante, …") */
        RUN_ON
    }

    /** How a recorded vote lists each member's vote, after the sentence of its count and outcome. */
    public enum RecordedVoteForm {
        /** a table of Member | Vote, a row per member in the order of the attendance */
        TABLE,
        /** a line for each way of voting, "For (7): Cllr Gwen Hardy, …", the members in the order of the attendance */
        NAMES
    }

    /** How a Panel's minutes list those also present (officers, auditors, the Commissioner). */
    public enum AlsoPresent {
        /** one list in the minutes file's order, each "Name – job title, organisation" */
        LIST,
        /** under a heading of each organisation, in the order they first appear, each "Name – job title" */
        BY_ORGANISATION
    }

    /** What the public minutes print of a minute held after the exclusion of the press and public. */
    public enum ExemptInPublic {
        /** nothing: the public minutes leave the minute out */
        LEFT_OUT,
        /** its number and title, then the exempt notice (the text block {@code exempt-notice}); not its text */
        TITLE_AND_NOTICE
    }

    public enum AttendanceOrder {
        /** the Chair (the first leading role), then everyone else by family and given name */
        CHAIR_FIRST,
        /** the leading roles (the Chair, the Vice Chair), councillors by authority and name, then independent members by name */
        BY_ROLE,
        /** everyone by family and given name */
        BY_NAME
    }

    public enum MemberLine {
        /** "Cllr Jasbir Jaspal – Chair (City of Wolverhampton)" */
        ROLE_THEN_AUTHORITY,
        /** "Cllr Jasbir Jaspal (City of Wolverhampton – Chair)" */
        AUTHORITY_THEN_ROLE,
        /** "Cllr Jasbir Jaspal (Chair, City of Wolverhampton)"; "Mrs Ruth Marsden FCA (Chair)" with no authority */
        IN_BRACKETS
    }

    /** Labels of clauses and sub-clauses. */
    public enum ClauseLabels {
        /** i., ii. with a., b. */
        ROMAN_THEN_LETTER,
        /** a), b) with i., ii. */
        LETTER_THEN_ROMAN,
        /** 1., 2. with a., b. */
        NUMBER_THEN_LETTER
    }

    /** Where a procedural note (an arrival, a departure, an adjournment) prints within its minute. */
    public enum NotePlacement {
        BEFORE_TEXT, AFTER_TEXT, AFTER_RESOLUTION
    }
}
