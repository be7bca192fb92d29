package org.packpress.render.text;

import java.util.List;

/**
 * One typeset unit of a Markdown text, in reading order. Every {@code text} is JasperReports
 * styled text (markup {@code "styled"}) in which the user's words are already escaped; print it in
 * a text field whose markup is "styled". Numbers are the printed labels ("3", "2.1", "14."), or
 * null when the block carries none.
 */
public sealed interface Block {

    /**
     * A heading; levels 1 and 2 are section headings (numbered), 3 and deeper are sub-headings.
     *
     * @param language the BCP 47 tag of a heading in another language than the paper's (marked
     *     <code>{lang=cy}</code> at its end in Markdown), or null
     */
    record Heading(int level, String number, String text, String language) implements Block {

        public Heading(int level, String number, String text) {
            this(level, number, text, null);
        }

        public boolean isSection() {
            return level <= 2;
        }

        Heading withNumber(String newNumber) {
            return new Heading(level, newNumber, text, language);
        }
    }

    /**
     * A body paragraph; {@code strong} paragraphs (recommendations) print in bold; an {@code unnumbered} one
     * (marked <code>{-}</code> at its end in Markdown: contact officers, a list of appendices) takes no number.
     *
     * @param language as a {@link Heading}'s
     */
    record Paragraph(String number, String text, boolean strong, boolean unnumbered, String language) implements Block {

        public Paragraph(String number, String text, boolean strong) {
            this(number, text, strong, false, null);
        }

        public Paragraph(String text) {
            this(null, text, false);
        }

        Paragraph withNumber(String newNumber) {
            return new Paragraph(newNumber, text, strong, unnumbered, language);
        }
    }

    /**
     * An item of a bullet or numbered list; depth 1 is the outermost list.
     *
     * @param language as a {@link Heading}'s
     */
    record ListItem(int depth, String marker, String text, String language) implements Block {

        public ListItem(int depth, String marker, String text) {
            this(depth, marker, text, null);
        }
    }

    /** A GFM table; every row has exactly as many cells as there are alignments. */
    record Table(List<String> header, List<List<String>> rows, List<Alignment> alignments) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            alignments = List.copyOf(alignments);
        }

        public int columnCount() {
            return alignments.size();
        }
    }

    /**
     * An image, by the path written in the Markdown, with its alternative text (plain). An image whose
     * alternative text is the marker {@value #DECORATIVE} only decorates: it is printed as an artifact,
     * which screen readers skip.
     */
    record Image(String path, String description) implements Block {

        public static final String DECORATIVE = "decorative";

        /** Whether Markdown alternative text marks its image as decorative. */
        public static boolean isDecorative(String alternativeText) {
            return alternativeText != null && DECORATIVE.equalsIgnoreCase(alternativeText.strip());
        }

        public boolean decorative() {
            return isDecorative(description);
        }
    }

    /** "Figure N. …" or "Table N. …" printed below the image or table it follows. */
    record Caption(String text) implements Block {
    }

    /**
     * One paragraph of a block quotation.
     *
     * @param language as a {@link Heading}'s
     */
    record Quote(String text, String language) implements Block {

        public Quote(String text) {
            this(text, null);
        }
    }

    /** A code block, printed in a fixed-width font with its line breaks. */
    record Preformatted(String text) implements Block {
    }

    /** Horizontal alignment of a table column. */
    enum Alignment {
        LEFT, CENTER, RIGHT
    }
}
