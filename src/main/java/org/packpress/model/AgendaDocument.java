package org.packpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A paper of an agenda item, with its appendices printed after it.
 *
 * @param appendixLabel "A", "1" for an appendix, or null for a main paper
 * @param source where the paper comes from
 * @param contentHash hash of the paper's source; a changed hash makes the item part of a supplement
 * @param exemptParagraphs the paragraphs of Schedule 12A whose information the paper holds (a public item's exempt
 *     appendix: the public pack leaves it out, with its own appendices); empty for a paper the public sees
 */
public record AgendaDocument(String title, String appendixLabel, Source source, String contentHash,
        List<Integer> exemptParagraphs, List<AgendaDocument> appendices) {

    public AgendaDocument {
        exemptParagraphs = List.copyOf(exemptParagraphs);
        appendices = List.copyOf(appendices);
    }

    /** Whether the paper holds exempt information (it is not for publication). */
    public boolean exempt() {
        return !exemptParagraphs.isEmpty();
    }

    /** The paper, then its appendices (and theirs), in print order. */
    public List<AgendaDocument> inPrintOrder() {
        List<AgendaDocument> all = new ArrayList<>();
        all.add(this);
        appendices.forEach(a -> all.addAll(a.inPrintOrder()));
        return all;
    }

    /** The papers of {@link #inPrintOrder()} an audience sees: the public not an exempt paper, nor its appendices. */
    public List<AgendaDocument> inPrintOrder(Audience audience) {
        if (audience == Audience.PUBLIC && exempt()) {
            return List.of();
        }
        List<AgendaDocument> seen = new ArrayList<>();
        seen.add(this);
        appendices.forEach(a -> seen.addAll(a.inPrintOrder(audience)));
        return seen;
    }

    /** One of: an authored report, an attached PDF, or a paper generated from data. */
    public sealed interface Source {
    }

    /** A Markdown report, stored parsed; {@code path} is where it was read from. */
    public record ReportSource(String path, AuthoredReport report) implements Source {
    }

    /** A PDF merged as it is; its bytes are the stored blob {@code sha256}. */
    public record FileSource(String path, String sha256, int pages) implements Source {
    }

    /**
     * A paper generated from data, with its options from the meeting file.
     */
    public record GeneratedSource(GeneratedPaperKind kind, Map<String, String> options) implements Source {
        public GeneratedSource {
            options = Map.copyOf(options);
        }
    }
}
