package org.packpress.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.packpress.render.pdf.AttachmentVerdicts;
import org.springframework.stereotype.Component;

/**
 * What an officer can do about an attachment that is not accessible, in words, from the rules it fails (veraPDF's
 * rule numbers, and what assembly found): the accessibility report lists the rules as veraPDF states them, which tell
 * an officer little. Templates ask for it as {@code @accessibilityAdvice}.
 */
@Component("accessibilityAdvice")
public class AccessibilityAdvice {

    private static final String UNTAGGED = "ask its author for a tagged PDF (in Word: Save as PDF, with \"Document"
            + " structure tags for accessibility\"), or attach the Word document itself on the meeting's page, which"
            + " PackPress converts to an accessible PDF";

    /** veraPDF's rule numbers (PDF/UA-1, PDF/A-2a) and what to do about each, in the order to do it. */
    private static final Map<String, String> BY_RULE = Map.of(
            "PDF/UA-1 7.1-11 ", UNTAGGED,
            "PDF/UA-1 7.3-1 ", "an image has no alternative text: ask its author to add it (in Word: right-click the"
                    + " picture, Edit Alt Text; or mark it decorative) and attach the paper again",
            "PDF/UA-1 7.4.2-1 ", "its headings skip a level, or the first is not Heading 1: ask its author to use the"
                    + " heading styles in order (Heading 1, then 2, then 3) and attach the paper again",
            "PDF/UA-1 7.1-9 ", "it has no title: ask its author to give it one (in Word: File, Info, Title) and attach"
                    + " the paper again",
            "PDF/UA-1 7.2-", "its language is not set: ask its author to set the document's language and attach the"
                    + " paper again",
            "PDF/UA-1 7.5-1 ", "a table has no header cells: ask its author to mark the table's header row (in Word:"
                    + " Table Properties, Row, Repeat as header row) and attach the paper again",
            "PDF/UA-1 7.18.4-1 ", "it has form fields a screen reader cannot name: ask its author for a copy without"
                    + " them, or with their names as descriptions");

    /** What to do about an attachment that fails these rules; empty when there is nothing to say. */
    public List<String> of(List<String> failedRules) {
        Set<String> advice = new LinkedHashSet<>();
        for (String rule : failedRules) {
            if (rule.equals(AttachmentVerdicts.NOT_TAGGED)) {
                advice.add(UNTAGGED);
            }
            BY_RULE.forEach((prefix, what) -> {
                if (rule.startsWith(prefix)) {
                    advice.add(what);
                }
            });
        }
        if (advice.isEmpty() && failedRules.contains(AttachmentVerdicts.NO_CLAIM)) {
            advice.add("it does not say it conforms to PDF/UA-1 and PDF/A-2a, so it cannot be checked: ask its author"
                    + " for a PDF/UA and PDF/A-2a export, or attach the Word document itself, which PackPress converts");
        } else if (advice.isEmpty() && !failedRules.isEmpty()) {
            advice.add("ask its author for a PDF that passes PDF/UA-1 and PDF/A-2a (the rules below say what is"
                    + " missing), or attach the Word document itself, which PackPress converts");
        }
        return List.copyOf(advice);
    }
}
