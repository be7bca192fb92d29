package org.packpress.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.model.AuthoredReport.ParagraphNumbering;

class MarkdownBlocksTest {

    private static final String TWO_SECTIONS = """
            ## Purpose

            First paragraph.

            Second paragraph.

            ### A sub-heading

            Third paragraph.

            ## Background

            Fourth paragraph.
            """;

    private static final List<String> CAPTIONS = List.of("Figure", "Table");

    @Test
    void continuousNumberingRunsAcrossTheWholePaper() {
        List<Block> blocks = MarkdownBlocks.parse(TWO_SECTIONS, ParagraphNumbering.CONTINUOUS, CAPTIONS);
        assertThat(blocks).containsExactly(
                new Block.Heading(2, "1", "Purpose"),
                new Block.Paragraph("1.", "First paragraph.", false),
                new Block.Paragraph("2.", "Second paragraph.", false),
                new Block.Heading(3, null, "A sub-heading"),
                new Block.Paragraph("3.", "Third paragraph.", false),
                new Block.Heading(2, "2", "Background"),
                new Block.Paragraph("4.", "Fourth paragraph.", false));
    }

    @Test
    void sectionedNumberingRestartsInEachSection() {
        List<Block> blocks = MarkdownBlocks.parse("Before any section.\n\n" + TWO_SECTIONS, ParagraphNumbering.SECTIONED, CAPTIONS);
        assertThat(numbers(blocks)).containsExactly(null, "1", "1.1", "1.2", null, "1.3", "2", "2.1");
    }

    @Test
    void withoutNumberingNothingIsNumbered() {
        assertThat(numbers(MarkdownBlocks.parse(TWO_SECTIONS, ParagraphNumbering.NONE, CAPTIONS))).containsOnlyNulls();
    }

    @Test
    void nestedListsKeepTheirDepthAndMarkers() {
        List<Block> blocks = MarkdownBlocks.read("""
                - one
                  - one a
                    - one a i
                      - deeper
                - two

                1. first
                   1. sub
                      1. subsub
                2. second
                """);
        assertThat(blocks).containsExactly(
                new Block.ListItem(1, "\u2022", "one"),
                new Block.ListItem(2, "\u2013", "one a"),
                new Block.ListItem(3, "\u25e6", "one a i"),
                new Block.ListItem(4, "\u2022", "deeper"),
                new Block.ListItem(1, "\u2022", "two"),
                new Block.ListItem(1, "1.", "first"),
                new Block.ListItem(2, "a.", "sub"),
                new Block.ListItem(3, "i.", "subsub"),
                new Block.ListItem(1, "2.", "second"));
    }

    @Test
    void listItemsAndQuotationsAreNotNumberedParagraphs() {
        List<Block> blocks = MarkdownBlocks.parse("""
                Numbered.

                - an item

                > A quotation.

                Also numbered.
                """, ParagraphNumbering.CONTINUOUS, CAPTIONS);
        assertThat(blocks).containsExactly(
                new Block.Paragraph("1.", "Numbered.", false),
                new Block.ListItem(1, "\u2022", "an item"),
                new Block.Quote("A quotation."),
                new Block.Paragraph("2.", "Also numbered.", false));
    }

    @Test
    void gfmTablesKeepHeaderCellsAndAlignment() {
        List<Block> blocks = MarkdownBlocks.read("""
                | Definition | Q1 | Total |
                |:--|:-:|--:|
                | Contacts & **assessments** | 4222 | 8125 |
                | Short row |
                """);
        assertThat(blocks).containsExactly(new Block.Table(
                List.of("Definition", "Q1", "Total"),
                List.of(List.of("Contacts &amp; <b>assessments</b>", "4222", "8125"), List.of("Short row", "", "")),
                List.of(Block.Alignment.LEFT, Block.Alignment.CENTER, Block.Alignment.RIGHT)));
    }

    @Test
    void aFigureOrTableParagraphRightAfterAnImageOrTableIsItsCaption() {
        List<Block> blocks = MarkdownBlocks.parse("""
                ![Referrals chart](images/divert.png)

                Figure 1. Referrals to DIVERT 2022/23

                | A | B |
                |---|---|
                | 1 | 2 |

                Table 2. Some data

                Figure 3. Not after a figure, so a paragraph.
                """, ParagraphNumbering.CONTINUOUS, CAPTIONS);
        assertThat(blocks).containsExactly(
                new Block.Image("images/divert.png", "Referrals chart"),
                new Block.Caption("Figure 1. Referrals to DIVERT 2022/23"),
                new Block.Table(List.of("A", "B"), List.of(List.of("1", "2")),
                        List.of(Block.Alignment.LEFT, Block.Alignment.LEFT)),
                new Block.Caption("Table 2. Some data"),
                new Block.Paragraph("1.", "Figure 3. Not after a figure, so a paragraph.", false));
    }

    @Test
    void theCaptionLabelsAreTheBodysWords() {
        String markdown = """
                ![Siart o atgyfeiriadau](images/divert.png)

                FFIGUR 1. Atgyfeiriadau 2022/23

                ![Referrals chart](images/divert.png)

                Figure 2. Referrals 2022/23
                """;
        assertThat(MarkdownBlocks.read(markdown, List.of("Ffigur", "Tabl"))).containsExactly(
                new Block.Image("images/divert.png", "Siart o atgyfeiriadau"),
                new Block.Caption("FFIGUR 1. Atgyfeiriadau 2022/23"),
                new Block.Image("images/divert.png", "Referrals chart"),
                new Block.Paragraph("Figure 2. Referrals 2022/23"));
        assertThat(MarkdownBlocks.read(markdown)).as("without labels, no captions")
                .noneMatch(block -> block instanceof Block.Caption);
    }

    @Test
    void aCaptionOnTheLineAfterTheImageIsSplitFromIt() {
        List<Block> blocks = MarkdownBlocks.read("![chart](images/o2r.png)\nFigure 2. How 37 people were supported\n", CAPTIONS);
        assertThat(blocks).containsExactly(
                new Block.Image("images/o2r.png", "chart"),
                new Block.Caption("Figure 2. How 37 people were supported"));
    }

    @Test
    void markupInUserTextIsEscapedNotInterpreted() {
        List<Block> blocks = MarkdownBlocks.read("""
                A <b>tag</b> & an entity &amp; stay literal; 3 < 4.

                <div>an html block</div>
                """);
        assertThat(blocks).containsExactly(
                new Block.Paragraph("A &lt;b&gt;tag&lt;/b&gt; &amp; an entity &amp; stay literal; 3 &lt; 4."),
                new Block.Paragraph("&lt;div&gt;an html block&lt;/div&gt;"));
        assertThat(StyledText.plain(((Block.Paragraph) blocks.get(0)).text()))
                .isEqualTo("A <b>tag</b> & an entity & stay literal; 3 < 4.");
    }

    @Test
    void codeBlocksPrintInAFixedWidthFont() {
        assertThat(MarkdownBlocks.read("```\nif a < b\n```\n")).containsExactly(
                new Block.Preformatted("<font face=\"DejaVu Sans Mono\">if a &lt; b</font>"));
    }

    private static List<String> numbers(List<Block> blocks) {
        return blocks.stream().map(block -> {
            if (block instanceof Block.Heading h) {
                return h.number();
            }
            return block instanceof Block.Paragraph p ? p.number() : "-";
        }).toList();
    }
}
