package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.render.pdf.AttachmentVerdicts;

/** What the officer is told to do about an attachment that is not accessible, from the rules it fails. */
class AccessibilityAdviceTest {

    private final AccessibilityAdvice advice = new AccessibilityAdvice();

    @Test
    void anImageWithoutAlternativeTextAndSkippedHeadingsAreNamedWithWhatToAskFor() {
        List<String> said = advice.of(List.of(
                "PDF/UA-1 7.3-1 ×1: Figure tags shall include an alternative representation or replacement text ...",
                "PDF/UA-1 7.4.2-1 ×2: For documents that are not strongly structured ... heading tags shall be used as follows",
                "PDF/A-2a 6.6.4-1 ×1: The PDF/A version and conformance level of a file shall be specified ..."));

        assertThat(said).containsExactly(
                "an image has no alternative text: ask its author to add it (in Word: right-click the picture, Edit Alt"
                        + " Text; or mark it decorative) and attach the paper again",
                "its headings skip a level, or the first is not Heading 1: ask its author to use the heading styles in"
                        + " order (Heading 1, then 2, then 3) and attach the paper again");
    }

    @Test
    void anUntaggedPaperAndOneThatClaimsNothingGetWhatCanBeDoneAboutThem() {
        assertThat(advice.of(List.of(AttachmentVerdicts.NOT_TAGGED, AttachmentVerdicts.NO_CLAIM))).singleElement()
                .asString().startsWith("ask its author for a tagged PDF");
        assertThat(advice.of(List.of(AttachmentVerdicts.NO_CLAIM))).singleElement().asString()
                .startsWith("it does not say it conforms to PDF/UA-1 and PDF/A-2a");
        assertThat(advice.of(List.of("PDF/UA-1 7.18.5-1 ×1: Links shall be tagged ..."))).singleElement().asString()
                .startsWith("ask its author for a PDF that passes PDF/UA-1 and PDF/A-2a");
        assertThat(advice.of(List.of())).isEmpty();
    }
}
