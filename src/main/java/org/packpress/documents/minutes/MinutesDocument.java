package org.packpress.documents.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.packpress.model.Audience;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.Body;
import org.packpress.model.ExemptParagraphs;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.MinuteAction;
import org.packpress.model.minutes.MinuteItem;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.Resolution;
import org.packpress.model.minutes.ClauseLabels;
import org.packpress.model.style.MinutesStyle;
import org.packpress.model.style.Typography;
import org.packpress.model.style.MinutesStyle.ExemptInPublic;
import org.packpress.model.style.MinutesStyle.NotePlacement;
import org.packpress.model.style.StyleTemplates;
import org.packpress.common.DateStyles;
import org.packpress.documents.report.TableLayouts;
import org.packpress.render.text.Block;
import org.packpress.render.text.StyledText;
import org.packpress.render.jasper.TextWidths;
import org.packpress.render.jasper.WidenedColumn;
import org.packpress.store.minutes.MinutesRepository.Confirmation;

/**
 * A meeting's minutes as rows of its body's house style: the Panel's minutes (upper-case title,
 * PRESENT and ALSO PRESENT, numbered items, RESOLVED blocks, closing time and the Chair's signature)
 * or the Board's notes (heading, attendee table, apologies, notes, rows of {@code NNN/YY} items with
 * group headings and actions in bold). The public version leaves out every exempt item, or prints only its number,
 * title and exempt notice (the house style's {@code minutes.exemptInPublic}); the confidential version is the exempt
 * items alone, under a confidential heading.
 */
public final class MinutesDocument {

    /**
     * The Board's text column starts at least three indent steps (60pt) in, beside the layout's 56pt column of minute
     * numbers, and further in beside wider numbers (a house style's {@code OPCC/2024/015}).
     */
    private static final int BOARD_TEXT_COLUMN = 3;
    /** An indent step of the layouts ({@code leftIndent}), in points. */
    private static final int INDENT_STEP = 20;
    /** The room between the column of minute numbers and a Board's text beside it, in points. */
    private static final int COLUMN_GAP = 4;
    /** The width of both layouts' column, in points (A4 less 56pt margins each side). */
    static final int TEXT_WIDTH = 483;

    private final Body body;
    private final Meeting meeting;
    private final Minutes minutes;
    private final Confirmation confirmation;
    private final TextBlocks blocks;
    private final AttendanceWording wording;
    private final VoteRows votes;
    private final MinutesStyle style;
    private final TableLayouts tables;
    /** The words that open a table's caption ("Table"): the text block {@code caption-labels}, read once. */
    private final List<String> captionLabels;
    /** The tables printed so far: each table's cells are tagged with its number, unique in the PDF. */
    private int tableCount;
    /** The indent steps of the text beside the minute numbers: a Board's text column; 0 for a Panel's minutes. */
    private final int textColumn;
    /** The width the widest minute number of either version needs, in points. */
    private final int widestNumber;
    /** The wording of dates in the style's language. */
    private final DateStyles dates;

    public MinutesDocument(Body body, Meeting meeting, Minutes minutes, Confirmation confirmation, TextBlocks blocks,
            TableLayouts tables) {
        this.body = body.asOn(meeting.date());
        this.tables = tables;
        this.style = body.style(meeting.date()).minutes();
        this.dates = body.style(meeting.date()).dates();
        this.meeting = meeting;
        this.minutes = minutes;
        this.confirmation = confirmation;
        this.blocks = blocks;
        this.wording = new AttendanceWording(this.body, meeting.date(), style, blocks);
        this.votes = new VoteRows(this.body, blocks, wording, body.memberCount(meeting.date()), style.recordedVote());
        this.captionLabels = TextBlocks.lines(blocks.get(this.body, "caption-labels"));
        this.widestNumber = widestNumber();
        this.textColumn = body.kind() == BodyKind.BOARD
                ? Math.max(BOARD_TEXT_COLUMN, (widestNumber + COLUMN_GAP + INDENT_STEP - 1) / INDENT_STEP) : 0;
    }

    /**
     * How wide the column of minute numbers must be, in points: as the widest number of either version, so that
     * none breaks over two lines; in a Board's notes, all the room before the text column.
     */
    public int numberColumnWidth() {
        return textColumn > 0 ? textColumn * INDENT_STEP - COLUMN_GAP : widestNumber;
    }

    private int widestNumber() {
        Typography typography = typography();
        List<String> numbers = Stream.concat(minutes.publicItems().stream(), minutes.exemptItems().stream())
                .map(MinuteItem::number).toList();
        return (int) Math.ceil(TextWidths.widest(typography.fontFamily(), true, typography.baseSize(), numbers))
                + WidenedColumn.SLACK;
    }

    /** The language of the house style in force on the meeting's date (a BCP 47 tag). */
    public String language() {
        return body.style(meeting.date()).language().tag();
    }

    /** The font and sizes of the house style in force on the meeting's date. */
    /** The house style's security marking of the minutes' pages, confidential (with exempt items) or not, or null. */
    public String securityMarking(boolean confidential) {
        return body.style(meeting.date()).securityMarking(confidential);
    }

    public Typography typography() {
        return body.style(meeting.date()).typography();
    }

    /** The layout of the body's house style. */
    public String layout() {
        return body.kind() == BodyKind.BOARD ? "minutes-board" : "minutes-panel";
    }

    /**
     * The title a viewer shows, "Minutes of the meeting of … held on 13 November 2023": the text block
     * {@code minutes-document-title} (a Board's {@code board-document-title}), or its {@code -confidential} form.
     */
    public String title(Audience audience) {
        boolean confidential = audience == Audience.CONFIDENTIAL;
        String key = body.kind() == BodyKind.BOARD
                ? confidential ? "board-document-title-confidential" : "board-document-title"
                : confidential ? "minutes-document-title-confidential" : "minutes-document-title";
        return blocks.get(body, key, Map.of(), dates, Map.of("date", d -> d.longDate(meeting.date())));
    }

    /** The subject a viewer shows for the minutes: the text block {@code document-subject-minutes} ("Minutes"). */
    public String subject() {
        return blocks.get(body, "document-subject-minutes");
    }

    /** Whether a confidential version exists: some items were held in private. */
    public boolean hasExemptItems() {
        return !minutes.exemptItems().isEmpty();
    }

    /**
     * The rows of one version.
     *
     * @param confidentialOnly the confidential minutes: exempt items only
     */
    public List<PaperRow> rows(boolean confidentialOnly) {
        List<PaperRow> rows = body.kind() == BodyKind.BOARD ? boardHead(confidentialOnly) : panelHead(confidentialOnly);
        List<MinuteItem> items = confidentialOnly ? minutes.exemptItems()
                : style.exemptInPublic() == ExemptInPublic.TITLE_AND_NOTICE ? minutes.items() : minutes.publicItems();
        String group = null;
        for (MinuteItem item : items) {
            boolean withheld = !confidentialOnly && !item.exempt().isEmpty();
            if (body.kind() == BodyKind.BOARD) {
                if (item.group() != null && !item.group().equals(group)) {
                    rows.add(PaperRow.of(PaperRow.SUBHEADING, esc(item.group())));
                }
                group = item.group() != null ? item.group() : group;
                boardItem(item, withheld, rows);
            } else {
                panelItem(item, withheld, rows);
            }
        }
        if (body.kind() == BodyKind.PANEL) {
            panelClose(rows);
        } else if (confirmation != null) {
            rows.add(PaperRow.paragraph(StyledText.italic(StyledText.escape(confirmedLine())), 0));
        }
        return rows;
    }

    private List<PaperRow> panelHead(boolean confidentialOnly) {
        List<PaperRow> rows = new ArrayList<>();
        if (confidentialOnly) {
            rows.add(PaperRow.of(PaperRow.HEADING, esc(blocks.get(body, "minutes-confidential-heading"))));
        }
        rows.add(PaperRow.of(PaperRow.TITLE, esc(panelTitle())));
        rows.add(PaperRow.of(PaperRow.HEADING, esc(blocks.get(body, "minutes-present-heading"))));
        if (!minutes.present().isEmpty()) {
            rows.add(PaperRow.of(PaperRow.SUBHEADING, esc(blocks.get(body, "minutes-members-heading"))));
            membersPresent(rows);
        }
        if (!minutes.alsoPresent().isEmpty()) {
            rows.add(PaperRow.of(PaperRow.HEADING, esc(blocks.get(body, "minutes-also-present-heading"))));
            alsoPresent(rows);
        }
        otherAttendees(rows);
        return rows;
    }

    /**
     * The members present, each worded by the style's member line: a line each, or one run-on paragraph (the house
     * style's {@code minutes.membersPresent}).
     */
    private void membersPresent(List<PaperRow> rows) {
        List<String> lines = wording.membersInOrder(minutes.present()).stream().map(wording::memberLine).toList();
        if (style.membersPresent() == MinutesStyle.MembersPresent.RUN_ON) {
            rows.add(PaperRow.of(PaperRow.LINE, esc(String.join(style.membersSeparator(), lines))));
        } else {
            lines.forEach(line -> rows.add(PaperRow.of(PaperRow.LINE, esc(line))));
        }
    }

    /**
     * Those also present: one list, or under a heading of each organisation in the order they first appear (those of
     * none first), as the house style's {@code minutes.alsoPresent} says.
     */
    private void alsoPresent(List<PaperRow> rows) {
        if (body.style(meeting.date()).minutes().alsoPresent() == MinutesStyle.AlsoPresent.LIST) {
            minutes.alsoPresent().forEach(a -> rows.add(PaperRow.of(PaperRow.LINE, esc(wording.officerLine(a)))));
            return;
        }
        Map<String, List<Minutes.Attendee>> byOrganisation = new LinkedHashMap<>();
        byOrganisation.put("", new ArrayList<>()); // those of no organisation first
        minutes.alsoPresent().forEach(a -> byOrganisation.computeIfAbsent(
                Objects.requireNonNullElse(wording.organisation(a), ""), k -> new ArrayList<>()).add(a));
        byOrganisation.forEach((organisation, attendees) -> {
            if (!organisation.isEmpty()) {
                rows.add(PaperRow.of(PaperRow.SUBHEADING, esc(organisation)));
            }
            attendees.forEach(a -> rows.add(PaperRow.of(PaperRow.LINE, esc(wording.officerLineWithoutOrganisation(a)))));
        });
    }

    /**
     * "MINUTES OF THE MEETING OF THE … HELD ON 13 NOVEMBER 2023 AT 14:00 HOURS – WALSALL COUNCIL OFFICES": the
     * text block {@code minutes-title} ({@code minutes-title-extraordinary} for an extraordinary meeting), given
     * the body's name, the date, the start (as the front sheet writes the meeting's time) and the venue both as
     * written and in capitals.
     */
    private String panelTitle() {
        String venue = meeting.venueShort() != null ? meeting.venueShort() : meeting.venue();
        String date = dates.longDate(meeting.date());
        String time = body.style(meeting.date()).frontSheet().time(dates, meeting.start());
        return blocks.get(body, meeting.type() == Meeting.MeetingType.EXTRAORDINARY ? "minutes-title-extraordinary"
                : "minutes-title", Map.of("NAME", capitals(body.name()), "DATE", capitals(date),
                "time", time, "TIME", capitals(time), "venue", venue, "VENUE", capitals(venue)), dates,
                Map.of("date", d -> d.longDate(meeting.date())));
    }

    /** "Plus, one webcaster and four observers." (the text block {@code minutes-other-attendees}), if any. */
    private void otherAttendees(List<PaperRow> rows) {
        if (!minutes.otherAttendees().isEmpty()) {
            rows.add(PaperRow.paragraph(esc(blocks.get(body, "minutes-other-attendees",
                    Map.of("others", AttendanceWording.others(minutes.otherAttendees())))), 0));
        }
    }

    /** @param withheld an exempt minute in the public minutes: its number, title and the exempt notice only */
    private void panelItem(MinuteItem item, boolean withheld, List<PaperRow> rows) {
        rows.add(PaperRow.minute(esc(item.number()), esc(item.title())));
        if (!item.exempt().isEmpty()) {
            rows.add(exemptNotice(item));
        }
        if (!withheld) {
            rows.addAll(content(item));
        }
    }

    /** "Not for publication: this item contains exempt information under paragraph 3 …" (text block exempt-notice). */
    private PaperRow exemptNotice(MinuteItem item) {
        return PaperRow.paragraph(StyledText.italic(StyledText.inline(blocks.get(body, "exempt-notice",
                ExemptParagraphs.citation(item.exempt())))), 0);
    }

    /** The standard sentences, the text and the resolution, with each procedural note where it belongs. */
    private List<PaperRow> content(MinuteItem item) {
        List<PaperRow> rows = new ArrayList<>(standardText(item));
        rows.addAll(proceduralNotes(item, NotePlacement.BEFORE_TEXT));
        rows.addAll(MarkdownRows.of(item.text(), captionLabels, this::table));
        rows.addAll(proceduralNotes(item, NotePlacement.AFTER_TEXT));
        if (item.vote() != null) {
            rows.addAll(votes.of(item.vote(), minutes.present(), this::table));
        }
        resolution(item.resolution(), rows, 0);
        rows.addAll(proceduralNotes(item, NotePlacement.AFTER_RESOLUTION));
        unlinkedActions(item, rows, 0);
        return rows;
    }

    private void panelClose(List<PaperRow> rows) {
        if (minutes.ended() != null) {
            rows.add(PaperRow.paragraph(esc(StyleTemplates.fill(style.closingLine(), Map.of("time",
                    dates.pattern(minutes.ended(), style.closingTimeFormat())))), 0));
        }
        rows.add(PaperRow.of(PaperRow.SIGNATURE, esc(style.signature())));
        if (confirmation != null) {
            rows.add(PaperRow.paragraph(StyledText.italic(esc(confirmedLine())), 0));
        }
    }

    private String confirmedLine() {
        return blocks.get(body, "minutes-confirmed", Map.of("minute", confirmation.minuteNumber()), dates,
                Map.of("date", d -> d.longDate(confirmation.confirmedAt())));
    }

    private List<PaperRow> boardHead(boolean confidentialOnly) {
        List<PaperRow> rows = new ArrayList<>();
        if (confidentialOnly) {
            rows.add(PaperRow.of(PaperRow.HEADING, esc(blocks.get(body, "minutes-confidential-heading"))));
        }
        rows.add(PaperRow.of(PaperRow.TITLE, esc(blocks.get(body, "board-title",
                Map.of("NAME", capitals(body.name()))))));
        rows.add(PaperRow.of(PaperRow.SUBHEADING, esc(dates.boardMeetingTimes(meeting.date(), meeting.start(),
                minutes.ended()))));
        rows.add(PaperRow.of(PaperRow.HEADING, esc(blocks.get(body, "board-attendees-heading"))));
        minutes.present().forEach(a -> rows.add(attendeeRow(a)));
        minutes.alsoPresent().forEach(a -> rows.add(attendeeRow(a)));
        otherAttendees(rows);
        if (!minutes.apologies().isEmpty()) {
            rows.add(PaperRow.of(PaperRow.HEADING, esc(blocks.get(body, "board-apologies-heading"))));
            minutes.apologies().forEach(a -> rows.add(attendeeRow(a)));
        }
        for (int i = 0; i < minutes.notes().size(); i++) {
            rows.add(PaperRow.item((i + 1) + ".", StyledText.italic(StyledText.inline(minutes.notes().get(i))), 0));
        }
        return rows;
    }

    private PaperRow attendeeRow(Minutes.Attendee a) {
        return PaperRow.attendee(esc(wording.person(a.person()).nameWithPostNominals()), esc(wording.boardRole(a)));
    }

    /** @param withheld an exempt minute in the public notes: its number, title and the exempt notice only */
    private void boardItem(MinuteItem item, boolean withheld, List<PaperRow> rows) {
        rows.add(PaperRow.minute(esc(item.number()), esc(item.title())));
        List<PaperRow> content = withheld ? List.of(exemptNotice(item)) : content(item);
        content.forEach(r -> rows.add(r.shifted(textColumn)));
    }

    /** The sentences built from data for the apologies, declarations and next-meeting items. */
    private List<PaperRow> standardText(MinuteItem item) {
        List<PaperRow> rows = new ArrayList<>();
        if ("apologies".equals(item.standard())) {
            if (body.kind() == BodyKind.BOARD) {
                if (!minutes.apologies().isEmpty()) {
                    rows.add(PaperRow.paragraph(esc(blocks.get(body, "board-apologies",
                            Map.of("names", wording.boardApologies(minutes.apologies())))), 0));
                }
            } else {
                String members = wording.memberApologies(minutes.apologies());
                String others = wording.otherApologies(minutes.apologies());
                if (members != null) {
                    rows.add(PaperRow.paragraph(esc(blocks.get(body, "minutes-apologies", Map.of("names", members))), 0));
                }
                if (others != null) {
                    rows.add(PaperRow.paragraph(esc(blocks.get(body, "minutes-apologies-others",
                            Map.of("names", others))), 0));
                }
                if (members == null && others == null) {
                    rows.add(PaperRow.paragraph(esc(blocks.get(body, "minutes-no-apologies")), 0));
                }
            }
        } else if ("declarations".equals(item.standard())) {
            if (minutes.declarations().isEmpty()) {
                rows.add(PaperRow.paragraph(esc(blocks.get(body, "minutes-no-declarations")), 0));
            }
            minutes.declarations().forEach(d -> rows.add(PaperRow.paragraph(esc(wording.declaration(d)), 0)));
        } else if ("next-meeting".equals(item.standard()) && minutes.nextMeeting() != null) {
            rows.add(PaperRow.paragraph(esc(blocks.get(body, "board-next-meeting", Map.of(), dates,
                    Map.of("date", d -> d.dayOrdinalDate(minutes.nextMeeting())))), 0));
        }
        return rows;
    }

    private List<PaperRow> proceduralNotes(MinuteItem item, NotePlacement placement) {
        return item.proceduralNotes().stream().filter(n -> (n.at() == null ? style.proceduralNotes() : n.at()) == placement)
                .map(n -> PaperRow.paragraph(StyledText.italic(StyledText.inline(n.text())), 0)).toList();
    }

    /**
     * The style's lead-in ("RESOLVED:-") then one bold "That …" paragraph, or bold clauses with the
     * style's labels (i. with a., a) with i., 1. with a.), optionally ending "; and" and ".".
     */
    private void resolution(Resolution resolution, List<PaperRow> rows, int indent) {
        if (resolution == null) {
            return;
        }
        rows.add(PaperRow.of(PaperRow.HEADING, esc(style.resolved())).shifted(indent));
        if (resolution.text() != null && !resolution.text().isBlank()) {
            MarkdownRows.of(resolution.text(), captionLabels, this::table).forEach(r -> rows.add(bold(r).shifted(indent)));
            return;
        }
        if (resolution.preamble() != null && !resolution.preamble().isBlank()) {
            rows.add(PaperRow.paragraph(StyledText.bold(StyledText.inline(resolution.preamble())), indent));
        }
        List<Resolution.Clause> clauses = resolution.clauses();
        int leaves = clauses.stream().mapToInt(c -> Math.max(1, c.clauses().size())).sum();
        int leaf = 0;
        for (int c = 0; c < clauses.size(); c++) {
            Resolution.Clause clause = clauses.get(c);
            String text = clause.clauses().isEmpty() ? ending(clause.text(), leaf++, leaves) : clause.text();
            rows.add(PaperRow.item(ClauseLabels.clause(style.clauseLabels(), c + 1),
                    StyledText.bold(StyledText.inline(text)), indent));
            for (int s = 0; s < clause.clauses().size(); s++) {
                rows.add(PaperRow.item(ClauseLabels.subClause(style.clauseLabels(), s + 1), StyledText.bold(
                        StyledText.inline(ending(clause.clauses().get(s).text(), leaf++, leaves))), indent + 1));
            }
        }
    }

    /**
     * With the style's clause endings, "; and" after the last but one clause and "." after the last
     * (counting clauses without sub-clauses and sub-clauses, in order).
     */
    private String ending(String text, int leaf, int leaves) {
        boolean last = leaf == leaves - 1;
        if (!style.clauseEndings() || leaf < leaves - 2) {
            return text;
        }
        String bare = text.strip().replaceFirst("(;\\s*and|[;,.:])$", "").strip();
        return bare + (last ? "." : "; and");
    }

    /**
     * Actions that do not repeat a resolution clause print in bold after the discussion, worded by the text block
     * {@code minutes-action} ("Action: {{action}}"): the block as plain text, the action's text as Markdown.
     */
    private void unlinkedActions(MinuteItem item, List<PaperRow> rows, int indent) {
        for (MinuteAction action : item.actions()) {
            if (action.clause() == null) {
                String block = esc(blocks.get(body, "minutes-action"));
                rows.add(PaperRow.paragraph(StyledText.bold(block.replace("{{action}}",
                        StyledText.inline(action.text()))), indent));
            }
        }
    }

    /**
     * A Markdown table (a recorded vote) as wide as the text column: the whole width in a Panel's minutes, the
     * column beside the minute numbers in a Board's notes, where the layout prints it.
     */
    private PaperRow table(Block.Table table) {
        return PaperRow.table(tables.fill(table, ++tableCount, TEXT_WIDTH - INDENT_STEP * textColumn, typography()));
    }

    private static PaperRow bold(PaperRow row) {
        if (PaperRow.TABLE.equals(row.getKind())) {
            return row;
        }
        PaperRow bold = PaperRow.PARAGRAPH.equals(row.getKind()) ? PaperRow.paragraph(StyledText.bold(row.getText()),
                row.getIndent()) : PaperRow.item(row.getMarker(), StyledText.bold(row.getText()), row.getMarkerIndent());
        return bold.inLanguage(row.getLanguage());
    }

    private static String capitals(String text) {
        return text.toUpperCase(Locale.UK);
    }

    private static String esc(String plain) {
        return StyledText.escape(plain);
    }
}
