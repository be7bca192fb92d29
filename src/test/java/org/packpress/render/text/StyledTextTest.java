package org.packpress.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StyledTextTest {

    @Test
    void inlineFormattingBecomesStyledTags() {
        assertThat(StyledText.inline("**bold** and *italic* and `code`")).isEqualTo(
                "<b>bold</b> and <i>italic</i> and <font face=\"DejaVu Sans Mono\">code</font>");
    }

    @Test
    void webAndMailLinksBecomeLinksOthersPlainText() {
        assertThat(StyledText.inline("[Order](https://example.org/a?b=1&c=2)")).isEqualTo(
                "<a type=\"Reference\" href=\"https://example.org/a?b=1&amp;c=2\"><font color=\"#0B4F9C\"><u>Order</u></font></a>");
        assertThat(StyledText.inline("[Write](mailto:wmpcp@birmingham.gov.uk)")).contains("href=\"mailto:wmpcp@birmingham.gov.uk\"");
        assertThat(StyledText.inline("[Run](javascript:alert(1)) and [file](papers/x.pdf) and [here](#)"))
                .isEqualTo("Run and file and here");
    }

    @Test
    void everythingMarkupLikeIsEscaped() {
        assertThat(StyledText.escape("<style isBold=\"true\">x</style> & 'y'")).isEqualTo(
                "&lt;style isBold=&quot;true&quot;&gt;x&lt;/style&gt; &amp; &apos;y&apos;");
        assertThat(StyledText.inline("<b>not bold</b> & <br/>")).isEqualTo("&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;br/&gt;");
        assertThat(StyledText.escape("bell\u0007 gone")).isEqualTo("bell gone");
    }

    @Test
    void aShortTextWithParagraphsAndItemsIsOnePieceWithLineBreaks() {
        assertThat(StyledText.inline("First.\n\nSecond line  \nhard break.\n\n- item")).isEqualTo(
                "First.<br/>Second line<br/>hard break.<br/>\u2022 item");
        assertThat(StyledText.inline(null)).isEmpty();
    }

    @Test
    void plainGivesBackWhatTheReaderSees() {
        assertThat(StyledText.plain(StyledText.inline("**a** & <b> [l](https://x.org)"))).isEqualTo("a & <b> l");
    }
}
