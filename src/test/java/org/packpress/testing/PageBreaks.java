package org.packpress.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a typesetter checks at the page breaks of a tagged PDF, read from its structure (which content is on
 * which page): no table row is split across pages, no heading ends a page without the block that follows it,
 * and no lead-in ("RESOLVED:-", "… be agreed:") ends a page without what it introduces.
 */
public final class PageBreaks {

    private static final Set<String> BLOCKS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Figure", "TR", "LI",
            "Caption", "BlockQuote", "Code");

    private PageBreaks() {
    }

    /** Each problem found, naming the page and the text; empty when every break is a good one. */
    public static List<String> problems(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<StructureTree.Element> blocks = blocks(StructureTree.of(inspection.document()));
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                StructureTree.Element block = blocks.get(i);
                if (block.type().equals("TR") && block.pages().size() > 1 && !repeatedHeader(block)) {
                    problems.add(pdf.getFileName() + ": a table row is split across pages " + block.pages() + ": "
                            + shorten(block.text()));
                }
                StructureTree.Element next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                boolean heading = block.type().matches("H[1-6]?");
                if ((heading || leadIn(block)) && next != null && next.pages().first() > block.pages().last()) {
                    problems.add(pdf.getFileName() + ": page " + block.pages().last() + " ends with "
                            + (heading ? "the heading" : "the lead-in") + " '" + shorten(block.text())
                            + "', and what follows starts on page " + next.pages().first());
                }
            }
            return problems;
        }
    }

    private static boolean headerRow(StructureTree.Element row) {
        return row.children().isEmpty() || row.children().stream().allMatch(cell -> cell.type().equals("TH"));
    }

    /**
     * A row of header cells that a table repeats at the top of each page it continues on (one row in the
     * structure, its content on every page): each cell holds the same words once per page.
     */
    private static boolean repeatedHeader(StructureTree.Element row) {
        int copies = row.pages().size();
        return !row.children().isEmpty() && headerRow(row)
                && row.children().stream().allMatch(cell -> repeats(cell.text().strip().split("\\s+"), copies));
    }

    private static boolean repeats(String[] words, int copies) {
        if (words.length % copies != 0) {
            return false;
        }
        int length = words.length / copies;
        for (int i = length; i < words.length; i++) {
            if (!words[i].equals(words[i % length])) {
                return false;
            }
        }
        return true;
    }

    /** "RESOLVED:-", "That the following recommendations be agreed:" */
    private static boolean leadIn(StructureTree.Element block) {
        String text = block.text().strip();
        return block.type().equals("P") && (text.endsWith(":") || text.endsWith(":-"));
    }

    /** The blocks of text in reading order, each once: a table's rows, not its cells; a list's items. */
    private static List<StructureTree.Element> blocks(List<StructureTree.Element> elements) {
        List<StructureTree.Element> blocks = new ArrayList<>();
        for (StructureTree.Element element : elements) {
            if (BLOCKS.contains(element.type()) && !element.pages().isEmpty()) {
                blocks.add(element);
            } else {
                blocks.addAll(blocks(element.children()));
            }
        }
        return blocks;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
