package org.packpress.documents.agenda;

import org.packpress.render.text.TextBlocks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperPrint;
import org.packpress.checks.ChecksEngine;
import org.packpress.checks.PublicationCheck;
import org.packpress.model.Audience;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.Finding;
import org.packpress.model.ItemNumbers;
import org.packpress.model.Meeting;
import org.packpress.model.style.FrontSheetStyle;
import org.packpress.model.style.HouseStyle;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.packpress.publish.Publisher.StagedFile;
import org.packpress.render.DocumentInfo;
import org.packpress.render.pdf.PackAssembler;
import org.packpress.common.BuildFailedException;
import org.packpress.common.BuildFolders;
import org.packpress.render.text.StyledText;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingPublications;
import org.packpress.store.MeetingRepository;
import org.springframework.stereotype.Service;

/**
 * Builds a meeting's agenda pack: the public pack, the confidential pack when the agenda has exempt
 * items, and, when papers changed since the pack was last published, a supplementary agenda of the
 * changed items. Everything is written to temporary files first and published together, so a failed
 * build leaves the previous pack untouched.
 */
@Service
public class AgendaPackBuilder {

    public static final String DOCUMENT = "agenda-pack";
    static final String PUBLIC_PACK = "agenda-pack.pdf";
    static final String CONFIDENTIAL_PACK = "agenda-pack-confidential.pdf";
    static final String SUPPLEMENT = "supplementary-agenda-%d.pdf";
    static final String CONFIDENTIAL_SUPPLEMENT = "supplementary-agenda-%d-confidential.pdf";
    /** The manifest's input naming the meeting's sources as a whole (its file and every file it refers to). */
    public static final String MEETING_INPUT = "meeting";

    /** What a build wrote. */
    public record Result(List<Path> files, int publicPages, List<String> changes) {
    }

    /** Progress of a build, for progress bars: {@code done} of {@code total} papers rendered. */
    public interface Progress {
        Progress NONE = (done, total, what) -> { };

        void update(int done, int total, String what);
    }

    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final PaperRenderer papers;
    private final FrontSheet frontSheet;
    private final Publisher publisher;
    private final ChecksEngine checks;
    private final TextBlocks textBlocks;
    private final MeetingPublications publications;

    public AgendaPackBuilder(BodyRepository bodies, MeetingRepository meetings, PaperRenderer papers,
            FrontSheet frontSheet, Publisher publisher, ChecksEngine checks, TextBlocks textBlocks,
            MeetingPublications publications) {
        this.publications = publications;
        this.checks = checks;
        this.textBlocks = textBlocks;
        this.bodies = bodies;
        this.meetings = meetings;
        this.papers = papers;
        this.frontSheet = frontSheet;
        this.publisher = publisher;
    }

    public Result build(String bodyId, LocalDate date, Path outRoot, Long jobExecutionId, Progress progress) {
        Body body = bodies.get(bodyId);
        Meeting meeting = meetings.get(bodyId, date);
        List<Finding> findings = PublicationCheck.passed(checks.checkPack(bodyId, date), "the agenda pack of " + bodyId
                + "/" + date);
        Path folder = Publisher.folder(outRoot, bodyId, date.toString());
        return publisher.dated(folder, DOCUMENT, dating -> build(body, meeting, folder, findings, jobExecutionId,
                progress, dating));
    }

    private Result build(Body body, Meeting meeting, Path folder, List<Finding> findings, Long jobExecutionId,
            Progress progress, Publisher.Dating dating) {
        String bodyId = body.id();
        LocalDate date = meeting.date();
        Path work = BuildFolders.create();
        List<StagedFile> staged = new ArrayList<>();
        Map<String, List<String>> sanitised = new LinkedHashMap<>();
        try {
            boolean confidential = meeting.hasExemptBusiness();
            PaperRenderer.Rendered publicPapers = papers.render(body, meeting, Audience.PUBLIC, work, null, progress);
            PaperRenderer.Rendered allPapers = confidential
                    ? papers.render(body, meeting, Audience.CONFIDENTIAL, work, publicPapers, progress) : publicPapers;
            requireAccessible(body, meeting, allPapers);
            Map<String, String> inputs = inputs(meeting, allPapers);
            Manifest.Entry last = publisher.lastBuild(folder, DOCUMENT).orElse(null);
            Staging staging = new Staging(folder, work, staged, sanitised, dating.dateFor(inputs));
            List<AgendaItem> changed = changedItems(last, allPapers, meeting);
            String heading = agendaHeading(body, meeting);
            int publicPages = stagePack(body, meeting, publicPapers, Audience.PUBLIC, meeting.agenda(), heading, null,
                    PUBLIC_PACK, null, staging);
            if (confidential) {
                stagePack(body, meeting, allPapers, Audience.CONFIDENTIAL, meeting.agenda(), heading, null,
                        CONFIDENTIAL_PACK, null, staging);
            }
            if (publications.isPublished(bodyId, date)) {
                stageSupplements(body, meeting, publicPapers, allPapers, changed,
                        changedItems(last, publicPapers, meeting), staging);
            }
            List<String> changes = changes(last, inputs, changed, ItemNumbers.of(body, date));
            List<Path> written = publisher.publish(folder, bodyId, DOCUMENT, staged, new Publisher.Build(inputs,
                    dating, jobExecutionId, changes, findings, sanitised.entrySet().stream()
                            .map(paper -> new Manifest.Sanitised(paper.getKey(), paper.getValue())).toList()));
            return new Result(written, publicPages, changes);
        } catch (RuntimeException e) {
            publisher.discard(staged);
            throw e;
        } finally {
            BuildFolders.delete(work);
        }
    }

    /**
     * One build's staging: where its files go, its working folder, the files staged so far and what was removed
     * from their papers, and the date they carry.
     */
    private record Staging(Path folder, Path work, List<StagedFile> staged, Map<String, List<String>> sanitised,
            OffsetDateTime dated) {
    }

    private int stagePack(Body body, Meeting meeting, PaperRenderer.Rendered rendered, Audience audience,
            List<AgendaItem> items, String heading, String introduction, String name, Integer supplement,
            Staging staging) {
        List<StagedFile> staged = staging.staged();
        Path target = publisher.stage(staging.folder(), name);
        staged.add(new StagedFile(name, target, null, audience, supplement));
        Written written = write(body, meeting, rendered, audience, items, heading, introduction, staging.work(), name,
                staging.dated(), target);
        written.pack().removed().forEach(staging.sanitised()::putIfAbsent);
        staged.set(staged.size() - 1, staged.get(staged.size() - 1).withPages(written.pack().pages())
                .withAttachments(written.attachments().stream().map(a -> Manifest.Checked.attachment(a.source().path(),
                        a.origin(), a.source().sha256(), a.verdict())).toList()));
        return written.pack().pages();
    }

    /** A pack written to its file: the assembly's result, its attachments, and its contents with their pages. */
    private record Written(PackAssembler.Assembled pack, List<PaperRenderer.Attachment> attachments,
            int frontPages, List<ContentsRow> contents) {
    }

    private Written write(Body body, Meeting meeting, PaperRenderer.Rendered rendered, Audience audience,
            List<AgendaItem> items, String heading, String introduction, Path work, String name, OffsetDateTime date,
            Path target) {
        HouseStyle style = body.style(meeting.date());
        List<PaperRenderer.ItemSection> sections = rendered.sections(items, audience, style.pack(),
                ItemNumbers.of(body, meeting.date()));
        Path front = work.resolve(name + ".front.pdf");
        JasperPrint print = fillFrontSheet(body, meeting, new FrontSheet.Content(heading, introduction, items, List.of(),
                audience), sections);
        Body dated = body.asOn(meeting.date());
        frontSheet.export(print, dated, meeting, audience, title(body, meeting, heading, "front-sheet-title"), front);
        String title = title(body, meeting, heading,
                audience == Audience.CONFIDENTIAL ? "pack-title-confidential" : "pack-title");
        List<PaperRenderer.Attachment> attachments = attachmentsIn(sections, rendered);
        boolean attachmentsAccessible = attachments.stream().allMatch(a -> a.verdict().accessible());
        PackAssembler.Assembled pack = PackAssembler.assemble(front,
                sections.stream().map(PaperRenderer.ItemSection::section).toList(),
                new DocumentInfo(title, body.name(), textBlocks.get(dated, "document-subject-agenda-pack"), date)
                        .inLanguage(style.language().tag()),
                style.pack(), attachmentsAccessible, target);
        int frontPages = print.getPages().size();
        return new Written(pack, attachments, frontPages, contents(sections, frontPages + 1,
                style.frontSheet()));
    }

    /**
     * A preview of the pack members would receive (every paper, exempt ones too), for the officer to look at
     * before publishing: written to {@code target} and nowhere else; nothing is published or recorded, and
     * the checks' errors do not stop it (the officer sees them beside the preview).
     */
    public Preview preview(String bodyId, LocalDate date, Path target) {
        Body body = bodies.get(bodyId);
        Meeting meeting = meetings.get(bodyId, date);
        Audience audience = meeting.hasExemptBusiness() ? Audience.CONFIDENTIAL
                : Audience.PUBLIC;
        Path work = BuildFolders.create();
        try {
            PaperRenderer.Rendered rendered = papers.render(body, meeting, audience, work, null, Progress.NONE);
            String heading = agendaHeading(body, meeting);
            Written written = write(body, meeting, rendered, audience, meeting.agenda(), heading, null, work,
                    "preview", null, target);
            ItemNumbers numbers = ItemNumbers.of(body, date);
            Map<String, Integer> papersSeen = new HashMap<>();
            List<Preview.Paper> previewed = written.contents().stream().map(row -> new Preview.Paper(
                    numbers.reference(row.getItem()), row.getTitle(), row.getPage(), row.getLevel() > 0,
                    notPublic(meeting, row.getItem(), papersSeen.merge(row.getItem(), 1, Integer::sum) - 1, audience)))
                    .toList();
            return new Preview(meeting.sourceHash(), written.pack().pages(), written.frontPages(), previewed);
        } finally {
            BuildFolders.delete(work);
        }
    }

    /** Whether an item's paper (its {@code index}th in the audience's pack, as the contents list them) is not the public's. */
    private static boolean notPublic(Meeting meeting, String itemNumber, int index, Audience audience) {
        AgendaItem item = meeting.agenda().stream().filter(i -> i.number().equals(itemNumber)).findFirst().orElseThrow();
        List<AgendaDocument> papers = item.papersFor(audience);
        return index < papers.size() && !item.papersFor(Audience.PUBLIC).contains(papers.get(index));
    }

    /**
     * What a preview holds.
     *
     * @param sourceHash the meeting's inputs it was made from
     * @param frontPages the front sheet's pages, from page 1
     * @param papers each paper with the pack page it starts on, in pack order
     */
    public record Preview(String sourceHash, int pages, int frontPages, List<Paper> papers) {

        /**
         * @param item how the pack names the paper's item: "item 7a", "item 7.1"
         * @param appendix an appendix of the paper before
         * @param exempt not in the public pack
         */
        public record Paper(String item, String title, int firstPage, boolean appendix, boolean exempt) {
        }
    }

    /** The attached PDFs of a pack's sections, in pack order. */
    private static List<PaperRenderer.Attachment> attachmentsIn(List<PaperRenderer.ItemSection> sections,
            PaperRenderer.Rendered rendered) {
        return sections.stream().flatMap(s -> s.section().papers().stream())
                .map(paper -> rendered.attachments().get(paper.pdf())).filter(Objects::nonNull).toList();
    }

    /**
     * With the house style's {@code requireAccessible}, a pack whose attachments are not all accessible is not
     * built; the failure names every such attachment and why.
     */
    private static void requireAccessible(Body body, Meeting meeting, PaperRenderer.Rendered rendered) {
        if (!body.style(meeting.date()).requireAccessible()) {
            return;
        }
        List<String> failing = rendered.attachments().values().stream().filter(a -> !a.verdict().accessible())
                .map(a -> a.origin() + ": not accessible (" + String.join("; ", a.verdict().failedRules()) + ")")
                .distinct().toList();
        if (!failing.isEmpty()) {
            throw new BuildFailedException("The house style of " + body.id() + " requires accessible attachments"
                    + " (requireAccessible: true), and " + (failing.size() == 1 ? "one is" : failing.size() + " are")
                    + " not: " + String.join(" | ", failing));
        }
    }

    /** Fills the front sheet twice: once to learn its length, then with the papers' real start pages. */
    private JasperPrint fillFrontSheet(Body body, Meeting meeting, FrontSheet.Content content,
            List<PaperRenderer.ItemSection> sections) {
        FrontSheetStyle style = body.style(meeting.date()).frontSheet();
        int frontPages = frontSheet.fill(body, meeting, content.withContents(contents(sections, 1, style)))
                .getPages().size();
        JasperPrint print = frontSheet.fill(body, meeting, content.withContents(contents(sections, frontPages + 1,
                style)));
        if (print.getPages().size() != frontPages) {
            throw new IllegalStateException("The front sheet changed length when page numbers were filled in");
        }
        return print;
    }

    private static List<ContentsRow> contents(List<PaperRenderer.ItemSection> sections, int firstPage,
            FrontSheetStyle style) {
        List<ContentsRow> rows = new ArrayList<>();
        int page = firstPage;
        for (PaperRenderer.ItemSection section : sections) {
            for (PackAssembler.Paper paper : section.section().papers()) {
                String number = section.item().number();
                rows.add(new ContentsRow(number, style.label(number), paper.title(), page, paper.level()));
                page += paper.pages();
            }
        }
        return rows;
    }

    /**
     * A supplementary agenda of the items whose papers were added or replaced, once the meeting is published (a
     * draft's corrections are no supplement to an agenda nobody outside the office has seen).
     */
    private void stageSupplements(Body body, Meeting meeting, PaperRenderer.Rendered publicPapers,
            PaperRenderer.Rendered allPapers, List<AgendaItem> changed, List<AgendaItem> publicChanged,
            Staging staging) {
        if (changed.isEmpty()) {
            return;
        }
        int number = nextSupplementNumber(staging.folder());
        Body dated = body.asOn(meeting.date());
        ItemNumbers numbers = ItemNumbers.of(body, meeting.date());
        String introduction = introduction(dated, changed, numbers);
        String heading = textBlocks.get(dated, "supplement-heading");
        if (!publicChanged.isEmpty()) {
            stagePack(body, meeting, publicPapers, Audience.PUBLIC, publicChanged, heading,
                    publicChanged.equals(changed) ? introduction : introduction(dated, publicChanged, numbers),
                    SUPPLEMENT.formatted(number), number, staging);
        }
        if (!publicChanged.equals(changed)) {
            stagePack(body, meeting, allPapers, Audience.CONFIDENTIAL, changed, heading, introduction,
                    CONFIDENTIAL_SUPPLEMENT.formatted(number), number, staging);
        }
    }

    /** The supplement's opening sentence, naming its items. */
    private String introduction(Body dated, List<AgendaItem> items, ItemNumbers numbers) {
        return StyledText.inline(textBlocks.get(dated, items.size() == 1
                ? "supplement-introduction-one" : "supplement-introduction",
                Map.of("numbers", items.stream().map(i -> numbers.written(i.number())).collect(Collectors.joining(", ")))));
    }

    /**
     * The items whose papers (those {@code rendered} holds: the public's, or everyone's) were added or replaced since
     * the last build (none if there was none).
     */
    private static List<AgendaItem> changedItems(Manifest.Entry last, PaperRenderer.Rendered rendered, Meeting meeting) {
        if (last == null) {
            return List.of();
        }
        return meeting.agenda().stream().filter(item -> rendered.hashesByItem().getOrDefault(item.number(), Map.of())
                .entrySet().stream().anyMatch(paper -> !paper.getValue().equals(last.inputs().get(paper.getKey()))))
                .toList();
    }

    /**
     * What changed since the last build, for the manifest and the emails of a re-issue: the items whose papers were
     * added or replaced, those whose papers were withdrawn (never a paper's title: an exempt one's is not for the
     * public), or else, when the meeting's inputs changed all
     * the same, the agenda itself (the meeting's details, its items or their times).
     */
    private static List<String> changes(Manifest.Entry last, Map<String, String> inputs, List<AgendaItem> changed,
            ItemNumbers numbers) {
        if (last == null) {
            return List.of();
        }
        List<String> changes = new ArrayList<>();
        changed.forEach(i -> changes.add(numbers.reference(i.number()) + " (" + i.title() + "): papers added or replaced"));
        last.inputs().keySet().stream().filter(paper -> !paper.equals(MEETING_INPUT) && !inputs.containsKey(paper))
                .map(PaperRenderer::itemOf).distinct().forEach(item -> changes.add(numbers.reference(item)
                        + ": papers withdrawn"));
        if (changes.isEmpty() && !inputs.get(MEETING_INPUT).equals(last.inputs().get(MEETING_INPUT))) {
            changes.add("the agenda itself: the meeting's details, its items or their times");
        }
        return changes;
    }

    private static Map<String, String> inputs(Meeting meeting, PaperRenderer.Rendered rendered) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(MEETING_INPUT, meeting.sourceHash());
        inputs.putAll(rendered.contentHashes());
        return inputs;
    }

    /**
     * One sequence per meeting, public and confidential supplements alike: after the highest number
     * published so far, so that a supplement whose changed papers are all exempt (only a confidential file)
     * takes the next number too and never overwrites an earlier one.
     */
    private int nextSupplementNumber(Path folder) {
        return 1 + publisher.lastBuild(folder, DOCUMENT).map(Manifest.Entry::outputs).orElse(List.of()).stream()
                .filter(Manifest.OutputFile::isSupplement).mapToInt(Manifest.OutputFile::supplement).max().orElse(0);
    }

    /**
     * A document title worded by a text block ({@code pack-title}, {@code pack-title-confidential},
     * {@code front-sheet-title}), with {@code {{document}}} the front sheet's heading as a title ("Agenda",
     * "Supplementary agenda") and {@code {{date}}} the meeting's date.
     */
    private String title(Body body, Meeting meeting, String heading, String block) {
        return textBlocks.get(body.asOn(meeting.date()), block, Map.of("document", capitalised(heading)),
                body.style(meeting.date()).dates(), Map.of("date", d -> d.longDate(meeting.date())));
    }

    /** The text block {@code agenda-heading}, or {@code agenda-heading-extraordinary} for an extraordinary meeting. */
    private String agendaHeading(Body body, Meeting meeting) {
        return textBlocks.get(body.asOn(meeting.date()), meeting.type() == Meeting.MeetingType.EXTRAORDINARY
                ? "agenda-heading-extraordinary" : "agenda-heading");
    }

    private static String capitalised(String heading) {
        String lower = heading.toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
