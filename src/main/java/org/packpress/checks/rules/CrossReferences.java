package org.packpress.checks.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Subject;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.ItemNumbers;
import org.packpress.checks.Documents;
import org.packpress.model.Finding.Severity;
import org.packpress.render.text.Block;
import org.packpress.render.text.MarkdownBlocks;
import org.packpress.render.text.TextBlocks;
import org.springframework.stereotype.Component;

/**
 * References in a report to "Item 7b", "agenda item 8", "Appendix 2" or "Appendix A" resolve to an item
 * of the same agenda, or an appendix of the report's item (or a heading of the report itself), and the
 * report cites its item's appendices in the order they are printed. An appendix is cited as the body's house
 * style names it: its {@code appendix-line} text block ("Appendix {{label}}" by default, "Annex {{label}}" for
 * a body that calls them annexes).
 */
@Component
public class CrossReferences extends CheckRule {

    /** Stands for the label while the appendix line is turned into a pattern. */
    private static final String LABEL = "\u0000";

    private final TextBlocks textBlocks;

    public CrossReferences(TextBlocks textBlocks) {
        super("report.cross-reference", Severity.ERROR, "A report's references to items and appendices must lead to"
                + " a paper of the same pack, cited in the order the pack prints them; otherwise members look for"
                + " a paper that is not there.");
        this.textBlocks = textBlocks;
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Reports.Report report : Reports.of(subject)) {
            String text = report.report().markdown();
            ItemNumbers numbers = ItemNumbers.of(subject.body(), report.meeting().date());
            Matcher item = itemCitation(numbers).matcher(text);
            while (item.find()) {
                String number = numbers.read(item.group(1));
                if (report.meeting().agenda().stream().noneMatch(i -> ItemNumbers.sameItem(i.number(), number))) {
                    findings.add(report.document(), report.lineOf(item.start()), "text", "'" + item.group()
                            + "' is not an item of the agenda of this meeting");
                }
            }
            checkAppendices(report, appendixCitation(subject.body()), findings);
        }
    }

    /** "Item 7b", "agenda item 8", or "Item 7.1" in the body's sub-item form: the number as written is group 1. */
    private static Pattern itemCitation(ItemNumbers numbers) {
        return Pattern.compile("\\b(?:[Aa]genda\\s+)?[Ii]tem\\s+(" + numbers.text() + ")(?![0-9A-Za-z])");
    }

    /**
     * A citation of an appendix as the body words it, the label as group 1: the appendix line with
     * {@code {{label}}} standing for a number or a capital letter, any space in it for any run of spaces.
     */
    private Pattern appendixCitation(Body body) {
        String line = textBlocks.appendixLine(body, LABEL);
        if (!line.contains(LABEL)) {
            line = line + " " + LABEL; // a block without {{label}}: the label follows it, as a reader would cite it
        }
        int at = line.indexOf(LABEL);
        return Pattern.compile("\\b" + words(line.substring(0, at)) + "([0-9]+|[A-Z])\\b"
                + words(line.substring(at + LABEL.length())));
    }

    private static String words(String text) {
        return Arrays.stream(text.split("\\s+", -1)).map(w -> w.isEmpty() ? "" : Pattern.quote(w))
                .collect(Collectors.joining("\\s+"));
    }

    private static void checkAppendices(Reports.Report report, Pattern citation, Sink findings) {
        List<String> printed = appendixLabels(report.item());
        List<String> ownHeadings = MarkdownBlocks.read(report.report().markdown()).stream()
                .filter(Block.Heading.class::isInstance).map(b -> ((Block.Heading) b).text()).toList();
        Map<String, Integer> firstCited = new LinkedHashMap<>();
        Matcher appendix = citation.matcher(report.report().markdown());
        while (appendix.find()) {
            String label = appendix.group(1);
            if (printed.contains(label)) {
                firstCited.putIfAbsent(label, appendix.start());
            } else if (ownHeadings.stream().noneMatch(h -> headsAppendix(h, citation, label))) {
                findings.add(report.document(), report.lineOf(appendix.start()), "text", "'" + appendix.group()
                        + "' is not an appendix of " + Documents.item(report.body(), report.meeting(), report.item()) + " ("
                        + (printed.isEmpty() ? "it has none" : "it has " + String.join(", ", printed)) + ")");
            }
        }
        List<String> citedOrder = new ArrayList<>(firstCited.keySet());
        List<String> printOrder = printed.stream().filter(firstCited::containsKey).toList();
        if (!citedOrder.equals(printOrder)) {
            String label = citedOrder.get(0);
            findings.add(report.document(), report.lineOf(firstCited.get(label)), "text", "the appendices are cited in"
                    + " the order " + String.join(", ", citedOrder) + " but printed in the order "
                    + String.join(", ", printOrder));
        }
    }

    /** Whether a heading of the report opens with the citation of this appendix ("Appendix B: costs"). */
    private static boolean headsAppendix(String heading, Pattern citation, String label) {
        Matcher opening = citation.matcher(heading);
        return opening.lookingAt() && opening.group(1).equals(label);
    }

    private static List<String> appendixLabels(AgendaItem item) {
        return item.papers().stream().map(AgendaDocument::appendixLabel).filter(l -> l != null).toList();
    }
}
