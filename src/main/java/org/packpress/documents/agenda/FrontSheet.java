package org.packpress.documents.agenda;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.packpress.model.Audience;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.ExemptParagraphs;
import org.packpress.model.Meeting;
import org.packpress.model.Person;
import org.packpress.model.PrivateBusiness;
import org.packpress.model.style.FrontSheetStyle;
import org.packpress.model.style.HouseStyle;
import org.packpress.model.style.MembershipList;
import org.packpress.model.style.StyleTemplates;
import org.packpress.model.style.Typography;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.render.text.StyledText;
import org.springframework.stereotype.Component;

/**
 * The agenda front sheet of a pack (or of a supplement): the meeting's header block (with the list of members when
 * the house style prints it), the agenda table and the list of papers with their pack pages.
 */
@Component
public class FrontSheet {

    static final String LAYOUT = "agenda-front-sheet";
    static final String CONTENTS_LAYOUT = "agenda-contents";
    static final String MEMBERSHIP_LAYOUT = "agenda-membership";
    static final String MEMBERSHIP_RUN_ON_LAYOUT = "agenda-membership-run-on";
    /** The text blocks of the agenda table's column headers, of the list of papers and of the list of members. */
    static final List<String> LABELS = List.of("agenda-column-document", "agenda-column-item", "agenda-column-topic",
            "agenda-column-time", "pack-contents-heading", "pack-contents-item", "pack-contents-paper",
            "pack-contents-page", "agenda-membership-heading");

    private final JasperRenderer renderer;
    private final TextBlocks textBlocks;

    public FrontSheet(JasperRenderer renderer, TextBlocks textBlocks) {
        this.renderer = renderer;
        this.textBlocks = textBlocks;
    }

    /**
     * @param heading the text blocks {@code agenda-heading} ("AGENDA") or {@code supplement-heading}
     * @param introduction styled text printed above the heading (a supplement's explanation), or null
     * @param items the items to list
     * @param contents the papers and their pages
     * @param audience in the public pack, exempt items are listed but their papers are not attached
     */
    public record Content(String heading, String introduction, List<AgendaItem> items, List<ContentsRow> contents,
            Audience audience) {

        public Content withContents(List<ContentsRow> rows) {
            return new Content(heading, introduction, items, rows, audience);
        }
    }

    /**
     * Fills the front sheet; when its header block leaves no room on the page for the agenda table's first row, so
     * that the page would end with the agenda's heading and header row alone, fills it again with the agenda
     * starting on a new page.
     */
    public JasperPrint fill(Body undated, Meeting meeting, Content content) {
        Body body = undated.asOn(meeting.date());
        Typography typography = body.style(meeting.date()).typography();
        List<AgendaRow> rows = rows(body, meeting.date(), content);
        boolean times = body.style(meeting.date()).frontSheet()
                .printsTimes(meeting.agenda().stream().anyMatch(item -> item.time() != null));
        JasperReport layout = ItemColumn.layout(renderer.templates(), LAYOUT, typography,
                textBlocks.get(body, "agenda-column-item"), rows.stream().map(AgendaRow::getItem).toList(), times);
        JasperPrint print = renderer.fill(layout, typography, params(body, meeting, content, false),
                new JRBeanCollectionDataSource(rows));
        if (AgendaStart.endsPageAlone(print)) {
            print = renderer.fill(layout, typography, params(body, meeting, content, true),
                    new JRBeanCollectionDataSource(rows));
        }
        return print;
    }

    /** @param body the body as the meeting's papers see it ({@link Body#asOn}) */
    private Map<String, Object> params(Body body, Meeting meeting, Content content, boolean agendaOnNewPage) {
        Map<String, Object> params = new HashMap<>();
        params.put("BODY_NAME", body.name());
        HouseStyle style = body.style(meeting.date());
        params.put("MEETING_DATE_TIME", style.frontSheet().dateTime(style.dates(), meeting.date(), meeting.start()));
        params.put("VENUE", meeting.venue());
        params.put("BROADCAST_NOTICE", broadcastNotice(body, meeting));
        params.put("WEBSITE_NOTICE", body.website() == null ? null
                : StyledText.inline(textBlocks.get(body, "website-notice")));
        params.put("CONTACT_LINE", contactLine(body, meeting));
        List<String> members = MembershipLines.of(body, meeting.date(), style,
                textBlocks.get(body, "agenda-membership-independent"));
        if (!members.isEmpty()) {
            MembershipList list = style.frontSheet().membership();
            boolean runOn = list.layout() == MembershipList.Layout.RUN_ON;
            List<String> lines = runOn ? List.of(String.join(list.separator(), members)) : members;
            params.put("MEMBERSHIP", new JRMapCollectionDataSource(lines.stream()
                    .<Map<String, ?>>map(line -> Map.of("line", line)).toList()));
            params.put("MEMBERSHIP_REPORT", renderer.templates().get(runOn ? MEMBERSHIP_RUN_ON_LAYOUT : MEMBERSHIP_LAYOUT));
        }
        params.put("HEADING", content.heading());
        params.put("LABELS", textBlocks.labels(body, LABELS));
        params.put("INTRODUCTION", introduction(notice(body, meeting), content.introduction()));
        params.put("AGENDA_ON_NEW_PAGE", agendaOnNewPage);
        if (!content.contents().isEmpty()) {
            params.put("CONTENTS", new JRBeanCollectionDataSource(content.contents()));
            params.put("CONTENTS_REPORT", renderer.templates().get(CONTENTS_LAYOUT));
        }
        return params;
    }

    /** The notice that the meeting is called off, then the supplement's explanation (either may be null). */
    private static String introduction(String notice, String explanation) {
        if (notice == null) {
            return explanation;
        }
        String stated = StyledText.sized(StyledText.bold(notice), 14);
        return explanation == null ? stated : stated + "\n" + explanation;
    }

    /**
     * The statement that the meeting is cancelled or postponed, in the wording of the text blocks
     * {@code meeting-cancelled} and {@code meeting-postponed} ({@code {{date}}}: the meeting's date;
     * {@code {{datetime}}}: when the postponed meeting takes place), or null for a meeting that goes ahead.
     */
    String notice(Body body, Meeting meeting) {
        HouseStyle style = body.style(meeting.date());
        if (meeting.status() == Meeting.MeetingStatus.CANCELLED) {
            return StyledText.inline(textBlocks.get(body, "meeting-cancelled", Map.of(), style.dates(),
                    Map.of("date", d -> d.longDate(meeting.date()))));
        }
        if (meeting.status() == Meeting.MeetingStatus.POSTPONED && meeting.postponedTo() != null) {
            Meeting.Postponement p = meeting.postponedTo();
            return StyledText.inline(textBlocks.get(body, "meeting-postponed", Map.of(), style.dates(), Map.of(
                    "date", d -> d.longDate(meeting.date()),
                    "datetime", d -> style.frontSheet().dateTime(d, p.date(), p.start()))));
        }
        return null;
    }

    /**
     * @param body the body as the meeting's papers see it ({@link Body#asOn})
     * @param audience whose pack it opens: the confidential pack's carries the confidential security marking
     */
    public void export(JasperPrint print, Body body, Meeting meeting, Audience audience, String title, Path target) {
        HouseStyle style = body.style(meeting.date());
        renderer.exportPdf(print, new DocumentInfo(title, body.name(), textBlocks.get(body, "document-subject-agenda"))
                .inLanguage(style.language().tag()),
                PageFurniture.NONE.marked(style.securityMarking(audience == Audience.CONFIDENTIAL)), target);
    }

    List<AgendaRow> rows(Body body, LocalDate date, Content content) {
        HouseStyle house = body.style(date);
        FrontSheetStyle style = house.frontSheet();
        List<AgendaRow> rows = new ArrayList<>();
        List<AgendaItem> items = content.items();
        List<PrivateBusiness.Change> changes = PrivateBusiness.changes(items);
        boolean motions = PrivateBusiness.ownMotion(items).isEmpty();
        boolean readmissions = PrivateBusiness.ownReadmission(items).isEmpty();
        boolean parts = style.headsParts(items.stream().anyMatch(AgendaItem::exempt));
        if (parts) {
            rows.add(marker(body, "agenda-part-public"));
        }
        AgendaItem previous = null;
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            rows.addAll(changeRows(body, changes.get(i), motions, readmissions, parts));
            boolean titled = style.subItemTitles() == FrontSheetStyle.SubItemTitles.EVERY_ITEM
                    || !repeatsTitleInGroup(item, previous);
            rows.add(new AgendaRow(supportingDocument(body, item, content.audience()), style.label(item.number()),
                    topic(body, style, item, titled), item.time() == null ? style.untimed() : style.time(house.dates(), item.time()),
                    false));
            previous = item;
        }
        return rows;
    }

    /**
     * The rows before an item where the press and public are excluded (the motion, unless the agenda moves its own,
     * then the Part 2 heading) or readmitted (the readmission, unless the agenda has its own, then the Part 1 heading).
     */
    private List<AgendaRow> changeRows(Body body, PrivateBusiness.Change change, boolean motions, boolean readmissions,
            boolean parts) {
        List<AgendaRow> rows = new ArrayList<>();
        if (change == PrivateBusiness.Change.EXCLUDED && motions) {
            rows.add(new AgendaRow("", "", StyledText.inline(textBlocks.get(body, "exclusion-of-public")), "", true));
        }
        if (change == PrivateBusiness.Change.READMITTED && readmissions) {
            rows.add(marker(body, "agenda-readmission"));
        }
        if (change != PrivateBusiness.Change.NONE && parts) {
            rows.add(marker(body, change == PrivateBusiness.Change.EXCLUDED ? "agenda-part-private"
                    : "agenda-part-public"));
        }
        return rows;
    }

    /** A row of the table that marks what follows it ("PART 2 – …", as its text block words it). */
    private AgendaRow marker(Body body, String key) {
        return new AgendaRow("", "", StyledText.inline(textBlocks.get(body, key)), "", false);
    }

    private static boolean repeatsTitleInGroup(AgendaItem item, AgendaItem previous) {
        return item.isSubItem() && previous != null && item.groupNumber().equals(previous.groupNumber())
                && item.title().equalsIgnoreCase(previous.title());
    }

    private String supportingDocument(Body body, AgendaItem item, Audience audience) {
        if (!item.hasDocuments()) {
            return item.papersToFollow() ? textBlocks.get(body, "agenda-to-follow") : "";
        }
        return textBlocks.get(body, item.papersFor(audience).isEmpty() ? "agenda-not-for-publication"
                : "agenda-attached");
    }

    /**
     * The bold title (unless a sub-item repeats it) in capitals or as written, as the style says, the description,
     * then the italic note, and the italic statement that the item is exempt or a members' private session.
     */
    private String topic(Body body, FrontSheetStyle style, AgendaItem item, boolean withTitle) {
        List<String> parts = new ArrayList<>();
        if (withTitle) {
            parts.add(StyledText.bold(StyledText.escape(style.title(item.title()))));
        }
        String description = item.description();
        if (description == null && item.type().standardWordingBlock() != null) {
            description = textBlocks.get(body, item.type().standardWordingBlock());
        }
        if (description != null && !description.isBlank()) {
            parts.add(StyledText.inline(description));
        }
        if (item.note() != null && !item.note().isBlank()) {
            parts.add(StyledText.italic(StyledText.inline(item.note())));
        }
        if (item.exempt()) {
            parts.add(StyledText.italic(StyledText.inline(textBlocks.get(body, "exempt-notice",
                    ExemptParagraphs.citation(item.exemptParagraphs())))));
        }
        for (AgendaDocument paper : item.exempt() ? List.<AgendaDocument>of() : item.exemptPapers()) {
            Map<String, String> values = new HashMap<>(ExemptParagraphs.citation(paper.exemptParagraphs()));
            values.put("title", paper.title());
            parts.add(StyledText.italic(StyledText.inline(textBlocks.get(body, "exempt-paper-notice", values))));
        }
        if (item.privateSession()) {
            parts.add(StyledText.italic(StyledText.inline(textBlocks.get(body, "private-session-notice"))));
        }
        return String.join("\n", parts);
    }

    private String broadcastNotice(Body body, Meeting meeting) {
        if (meeting.broadcast() == null) {
            return null;
        }
        String key = "broadcast-" + meeting.broadcast().kind().name().toLowerCase();
        return StyledText.inline(textBlocks.get(body, key, Map.of("host", meeting.broadcast().host(),
                "url", meeting.broadcast().url())));
    }

    /**
     * The contact officer line in the style's wording: "Contact Officer: Sarah Fradgley email:
     * wmpcp@birmingham.gov.uk Tel: 0121 303 1727" (the body's address and number, the default), or
     * "Contact Officer: Jane Doe, Scrutiny Officer email: … Tel: …" with the officer's own.
     */
    static String contactLine(Body body, Meeting meeting) {
        Person officer = body.person(meeting.contactOfficerId());
        Map<String, String> fields = new HashMap<>();
        fields.put("name", officer.fullName());
        fields.put("role", officer.jobTitle());
        fields.put("email", officer.email());
        fields.put("phone", officer.phone());
        fields.put("bodyEmail", body.email());
        fields.put("bodyPhone", body.phone());
        return StyleTemplates.fill(body.style(meeting.date()).frontSheet().contactLine(), fields);
    }
}
