package org.packpress.documents.agenda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.packpress.model.Audience;
import org.packpress.documents.GeneratedPaperProvider;
import org.packpress.documents.GeneratedPapers;
import org.packpress.documents.ReportTypesetter;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.style.HouseStyle;
import org.packpress.model.style.PackStyle;
import org.packpress.model.ItemNumbers;
import org.packpress.model.Meeting;
import org.packpress.common.BuildFailedException;
import org.packpress.common.Hashes;
import org.packpress.common.TaskExecutors;
import org.packpress.render.pdf.AttachmentVerdicts;
import org.packpress.render.pdf.PackAssembler;
import org.packpress.render.pdf.PdfVerdict;
import org.packpress.render.pdf.PdfFiles;
import org.packpress.store.BlobStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Turns every paper of a meeting into a PDF file in a work folder: typesets authored reports, copies
 * attached PDFs out of the store (checking them again), and generates papers from data.
 */
@Component
public class PaperRenderer {

    /**
     * The rendered papers of one meeting for one audience.
     *
     * @param byItem the papers of each item, by item number, in pack order
     * @param hashesByItem the content hash of each paper ({@code item <n>/<paper>}), by item number
     * @param attachments the attached PDFs among the papers, by the paper's file, with their accessibility
     */
    public record Rendered(Map<String, List<PackAssembler.Paper>> byItem,
            Map<String, Map<String, String>> hashesByItem, Map<Path, Attachment> attachments) {

        /** The items' outline sections, leaving out exempt items' papers from a public pack. */
        public List<ItemSection> sections(List<AgendaItem> items, Audience audience, PackStyle style,
                ItemNumbers numbers) {
            List<ItemSection> sections = new ArrayList<>();
            for (AgendaItem item : items) {
                List<PackAssembler.Paper> papers = byItem.getOrDefault(item.number(), List.of());
                if (papers.isEmpty() || (item.exempt() && audience == Audience.PUBLIC)) {
                    continue;
                }
                sections.add(new ItemSection(item, new PackAssembler.Section(
                        style.outlineEntry(numbers.written(item.number()), item.title()), papers)));
            }
            return sections;
        }

        Rendered withAttachments(Map<Path, Attachment> found) {
            return new Rendered(byItem, hashesByItem, Collections.unmodifiableMap(new LinkedHashMap<>(found)));
        }

        /** Every paper's content hash, as the manifest records the build's inputs. */
        public Map<String, String> contentHashes() {
            Map<String, String> all = new LinkedHashMap<>();
            hashesByItem.values().forEach(all::putAll);
            return all;
        }
    }

    /** An agenda item's section of a pack. */
    public record ItemSection(AgendaItem item, PackAssembler.Section section) {
    }

    /**
     * An attached PDF of a pack and how accessible it is ({@link AttachmentVerdicts#atAssembly}).
     *
     * @param origin how the build names it, e.g. "item 8: papers/08-peel.pdf"
     */
    public record Attachment(AgendaDocument.FileSource source, String origin, PdfVerdict verdict) {
    }

    /** How a paper's name among a pack's inputs starts, before its item's stored number. */
    private static final String PAPER_KEY = "item ";

    /** Page counts of attachments (by SHA-256) whose copies passed the check in this process. */
    private final Map<String, Integer> checkedPages = new ConcurrentHashMap<>();
    private final ReportTypesetter reports;
    private final BlobStore blobs;
    private final AttachmentVerdicts verdicts;
    private final GeneratedPapers generated;
    private final TextBlocks textBlocks;
    /**
     * Papers are independent, so they are rendered on a pool of threads (by default one per core: a pack's
     * build then uses both cores of a small server). Results, hashes and progress are taken in pack order,
     * and the first failure in pack order is the one reported, as when papers were rendered one by one.
     */
    private final AsyncTaskExecutor rendering;

    public PaperRenderer(ReportTypesetter reports, BlobStore blobs, GeneratedPapers generated,
            @Qualifier(TaskExecutors.RENDERING) AsyncTaskExecutor rendering, AttachmentVerdicts verdicts,
            TextBlocks textBlocks) {
        this.verdicts = verdicts;
        this.textBlocks = textBlocks;
        this.reports = reports;
        this.blobs = blobs;
        this.generated = generated;
        this.rendering = rendering;
    }

    /**
     * Renders the papers an audience sees (the public never gets exempt items' papers).
     *
     * @param earlier papers already rendered for another audience: reports and attachments are the same for
     *     everyone and are reused; generated papers are rendered again, since their content may depend on it
     */
    public Rendered render(Body body, Meeting meeting, Audience audience, Path work, Rendered earlier,
            AgendaPackBuilder.Progress progress) {
        List<Pending> pending = new ArrayList<>();
        Map<Path, PdfVerdict> attachmentVerdicts = new ConcurrentHashMap<>();
        ItemNumbers numbers = ItemNumbers.of(body, meeting.date());
        for (AgendaItem item : meeting.agenda()) {
            int index = 0;
            for (AgendaDocument document : item.papersFor(audience)) {
                Path target = work.resolve(audience.name().toLowerCase() + "-" + item.number() + "-" + (++index) + ".pdf");
                String origin = numbers.reference(item.number()) + ": " + describe(document);
                PackAssembler.Paper reused = reusable(earlier, item, document);
                pending.add(new Pending(item, document, item.documents().contains(document) ? 0 : 1, target, origin,
                        reused, reused != null ? null : rendering.submit(() -> render(body, meeting, item, document,
                                audience, target, origin, attachmentVerdicts))));
            }
        }
        Rendered rendered = collect(body, meeting, audience, pending, progress);
        return rendered.withAttachments(attachments(pending, attachmentVerdicts, earlier));
    }

    private static Map<Path, Attachment> attachments(List<Pending> pending, Map<Path, PdfVerdict> verdicts,
            Rendered earlier) {
        Map<Path, Attachment> attachments = new LinkedHashMap<>();
        for (Pending p : pending) {
            if (p.reused() != null && earlier.attachments().containsKey(p.reused().pdf())) {
                attachments.put(p.reused().pdf(), earlier.attachments().get(p.reused().pdf()));
            } else if (p.document().source() instanceof AgendaDocument.FileSource file) {
                attachments.put(p.target(), new Attachment(file, p.origin(), verdicts.get(p.target())));
            }
        }
        return attachments;
    }

    /** A paper being rendered on the rendering pool (or reused), in pack order. */
    private record Pending(AgendaItem item, AgendaDocument document, int level, Path target, String origin,
            PackAssembler.Paper reused, Future<Integer> pages) {
    }

    private Rendered collect(Body body, Meeting meeting, Audience audience, List<Pending> pending,
            AgendaPackBuilder.Progress progress) {
        Map<String, List<PackAssembler.Paper>> byItem = new LinkedHashMap<>();
        Map<String, Map<String, String>> hashes = new LinkedHashMap<>();
        for (AgendaItem item : meeting.agenda()) {
            if (audience != Audience.PUBLIC || !item.exempt()) {
                byItem.put(item.number(), new ArrayList<>());
                hashes.put(item.number(), new LinkedHashMap<>());
            }
        }
        int total = pending.size();
        int done = 0;
        for (Pending p : pending) {
            PackAssembler.Paper paper = p.reused() != null ? p.reused() : new PackAssembler.Paper(
                    outlineTitle(body.asOn(meeting.date()), p.document()), p.target(), pagesOf(p, pending), p.level(), p.origin());
            byItem.get(p.item().number()).add(paper);
            hashes.get(p.item().number()).put(paperKey(p.item().number(), p.document().title()),
                    contentHash(body, meeting, p.item(), p.document()));
            progress.update(++done, total, p.origin());
        }
        return new Rendered(byItem, hashes, Map.of());
    }

    /** The paper's page count once rendered; on a failure, waits for the other papers before reporting it. */
    private static int pagesOf(Pending paper, List<Pending> all) {
        try {
            return paper.pages().get();
        } catch (ExecutionException e) {
            settle(all);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            settle(all);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + paper.origin(), e);
        }
    }

    /** Stops papers not yet started and waits for the running ones, which write into the work folder. */
    private static void settle(List<Pending> all) {
        all.stream().map(Pending::pages).filter(f -> f != null).forEach(f -> f.cancel(false));
        for (Pending p : all) {
            try {
                if (p.pages() != null && !p.pages().isCancelled()) {
                    p.pages().get();
                }
            } catch (ExecutionException | CancellationException ignored) {
                // only the first failure in pack order is reported
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The public's rendering of a paper the confidential pack holds too, unless it is generated (its content may differ). */
    private static PackAssembler.Paper reusable(Rendered earlier, AgendaItem item, AgendaDocument document) {
        if (earlier == null || document.source() instanceof AgendaDocument.GeneratedSource) {
            return null;
        }
        List<PackAssembler.Paper> papers = earlier.byItem().get(item.number());
        int index = item.papersFor(Audience.PUBLIC).indexOf(document);
        return papers == null || index < 0 || papers.size() <= index ? null : papers.get(index);
    }

    private int render(Body body, Meeting meeting, AgendaItem item, AgendaDocument document, Audience audience,
            Path target, String origin, Map<Path, PdfVerdict> attachmentVerdicts) {
        AgendaDocument.Source source = document.source();
        if (source instanceof AgendaDocument.ReportSource report) {
            HouseStyle style = body.style(meeting.date());
            return reports.typeset(report.report(), body.asOn(meeting.date()), style.reportProfile(item.reportOf()),
                    style.typography(), style.language(), document.appendixLabel(),
                    ItemNumbers.of(body, meeting.date()).written(item.number()),
                    style.securityMarking(!item.papersFor(Audience.PUBLIC).contains(document)),
                    target);
        }
        if (source instanceof AgendaDocument.FileSource file) {
            blobs.copyTo(file.sha256(), target);
            int pages = checkedPageCount(file, target, origin);
            attachmentVerdicts.put(target, verdicts.atAssembly(file.sha256(), target));
            return pages;
        }
        AgendaDocument.GeneratedSource g = (AgendaDocument.GeneratedSource) source;
        boolean labelled = body.style(meeting.date()).reportProfile(item.reportOf()).generatedAppendixLabel();
        return provider(g).render(body, meeting, item, g, audience,
                labelled ? textBlocks.appendixLine(body.asOn(meeting.date()), document.appendixLabel()) : null, target);
    }

    /**
     * Checks an attachment read back from the store and returns its page count. Bytes with the same hash as
     * a copy that passed the check in this process are the same bytes, so they are not parsed again: that
     * check reads every page and took a third of a warm rebuild of a large pack.
     */
    private int checkedPageCount(AgendaDocument.FileSource file, Path target, String origin) {
        Integer known = checkedPages.get(file.sha256());
        if (known != null && Hashes.sha256(target).equals(file.sha256())) {
            return known;
        }
        String problem = PdfFiles.problem(target);
        if (problem != null) {
            throw new BuildFailedException(origin + ": " + problem.replace(target.getFileName().toString(), file.path()));
        }
        int pages = PdfFiles.pageCount(target);
        if (Hashes.sha256(target).equals(file.sha256())) {
            checkedPages.put(file.sha256(), pages);
        }
        return pages;
    }

    private String contentHash(Body body, Meeting meeting, AgendaItem item, AgendaDocument document) {
        if (document.source() instanceof AgendaDocument.GeneratedSource g) {
            return Hashes.sha256(document.contentHash() + provider(g).dataHash(body, meeting, item, g));
        }
        return document.contentHash();
    }

    private GeneratedPaperProvider provider(AgendaDocument.GeneratedSource source) {
        return generated.of(source.kind());
    }

    /** The paper's bookmark: its title, after "Appendix A: " when it is an appendix. */
    private String outlineTitle(Body body, AgendaDocument document) {
        return document.appendixLabel() == null ? document.title()
                : textBlocks.appendixLine(body, document.appendixLabel()) + ": " + document.title();
    }

    private static String describe(AgendaDocument document) {
        AgendaDocument.Source source = document.source();
        if (source instanceof AgendaDocument.ReportSource r) {
            return r.path();
        }
        if (source instanceof AgendaDocument.FileSource f) {
            return f.path();
        }
        return "generated " + ((AgendaDocument.GeneratedSource) source).kind() + " (" + document.title() + ")";
    }

    /**
     * A paper's name among a pack's inputs in the manifest: {@code item <n>/<paper's title>}, the item's number as
     * stored (7a, whatever the body's sub-item form), so that a new form changes no input.
     */
    private static String paperKey(String itemNumber, String title) {
        return PAPER_KEY + itemNumber + "/" + title;
    }

    /** The stored number of the item of a paper named among a pack's inputs (see {@link #paperKey}). */
    static String itemOf(String paperKey) {
        int slash = paperKey.indexOf('/');
        return paperKey.substring(PAPER_KEY.length(), slash < 0 ? paperKey.length() : slash);
    }
}
