package org.packpress.documents.agenda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packpress.documents.Audience;
import org.packpress.documents.GeneratedPaperProvider;
import org.packpress.documents.GeneratedPapers;
import org.packpress.documents.ReportTypesetter;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.publish.BuildFailedException;
import org.packpress.publish.Hashes;
import org.packpress.render.pdf.PackAssembler;
import org.packpress.render.pdf.PdfFiles;
import org.packpress.store.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Turns every paper of a meeting into a PDF file in a work folder: typesets authored reports, copies
 * attached PDFs out of the store (checking them again), and generates papers from data.
 */
@Component
public class PaperRenderer {

    /** The rendered papers of one meeting for one audience. */
    public record Rendered(Map<String, List<PackAssembler.Paper>> byItem, Map<String, String> contentHashes) {

        /** Outline sections of the given items, leaving out exempt items' papers from a public pack. */
        public List<PackAssembler.Section> sections(List<AgendaItem> items, Audience audience) {
            List<PackAssembler.Section> sections = new ArrayList<>();
            for (AgendaItem item : items) {
                List<PackAssembler.Paper> papers = byItem.getOrDefault(item.number(), List.of());
                if (papers.isEmpty() || (item.exempt() && audience == Audience.PUBLIC)) {
                    continue;
                }
                sections.add(new PackAssembler.Section("Item " + item.number() + ": " + item.title(), papers));
            }
            return sections;
        }
    }

    private final ReportTypesetter reports;
    private final BlobStore blobs;
    private final GeneratedPapers generated;

    public PaperRenderer(ReportTypesetter reports, BlobStore blobs, GeneratedPapers generated) {
        this.reports = reports;
        this.blobs = blobs;
        this.generated = generated;
    }

    /**
     * Renders the papers an audience sees (the public never gets exempt items' papers).
     *
     * @param earlier papers already rendered for another audience: reports and attachments are the same for
     *     everyone and are reused; generated papers are rendered again, since their content may depend on it
     */
    public Rendered render(Body body, Meeting meeting, Audience audience, Path work, Rendered earlier,
            AgendaPackBuilder.Progress progress) {
        Map<String, List<PackAssembler.Paper>> byItem = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        int total = (int) meeting.agenda().stream().flatMap(i -> i.documents().stream())
                .mapToLong(d -> d.inPrintOrder().size()).sum();
        int done = 0;
        for (AgendaItem item : meeting.agenda()) {
            if (audience == Audience.PUBLIC && item.exempt()) {
                continue;
            }
            List<PackAssembler.Paper> papers = new ArrayList<>();
            for (AgendaDocument main : item.documents()) {
                for (AgendaDocument document : main.inPrintOrder()) {
                    int level = document == main ? 0 : 1;
                    Path target = work.resolve(audience.name().toLowerCase() + "-" + item.number() + "-"
                            + (papers.size() + 1) + ".pdf");
                    String origin = "item " + item.number() + ": " + describe(document);
                    PackAssembler.Paper reused = reusable(earlier, item, papers.size(), document);
                    papers.add(reused != null ? reused : new PackAssembler.Paper(outlineTitle(document), target,
                            render(body, meeting, item, document, audience, target, origin), level, origin));
                    hashes.put("item " + item.number() + "/" + document.title(),
                            contentHash(body, meeting, item, document));
                    progress.update(++done, total, origin);
                }
            }
            byItem.put(item.number(), papers);
        }
        return new Rendered(byItem, hashes);
    }

    private static PackAssembler.Paper reusable(Rendered earlier, AgendaItem item, int index, AgendaDocument document) {
        if (earlier == null || document.source() instanceof AgendaDocument.GeneratedSource) {
            return null;
        }
        List<PackAssembler.Paper> papers = earlier.byItem().get(item.number());
        return papers == null || papers.size() <= index ? null : papers.get(index);
    }

    private int render(Body body, Meeting meeting, AgendaItem item, AgendaDocument document, Audience audience,
            Path target, String origin) {
        AgendaDocument.Source source = document.source();
        if (source instanceof AgendaDocument.ReportSource report) {
            return reports.typeset(report.report(), body, document.appendixLabel(), target);
        }
        if (source instanceof AgendaDocument.FileSource file) {
            blobs.copyTo(file.sha256(), target);
            String problem = PdfFiles.problem(target);
            if (problem != null) {
                throw new BuildFailedException(origin + ": " + problem.replace(target.getFileName().toString(), file.path()));
            }
            return PdfFiles.pageCount(target);
        }
        AgendaDocument.GeneratedSource g = (AgendaDocument.GeneratedSource) source;
        return provider(g, origin).render(body, meeting, item, g, audience, target);
    }

    private String contentHash(Body body, Meeting meeting, AgendaItem item, AgendaDocument document) {
        if (document.source() instanceof AgendaDocument.GeneratedSource g) {
            return Hashes.sha256(document.contentHash() + provider(g, item.number()).dataHash(body, meeting, item, g));
        }
        return document.contentHash();
    }

    private GeneratedPaperProvider provider(AgendaDocument.GeneratedSource source, String origin) {
        return generated.find(source.kind()).orElseThrow(() -> new BuildFailedException(
                origin + ": no generator for papers of kind '" + source.kind() + "'"));
    }

    private static String outlineTitle(AgendaDocument document) {
        return document.appendixLabel() == null ? document.title()
                : "Appendix " + document.appendixLabel() + ": " + document.title();
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
}
