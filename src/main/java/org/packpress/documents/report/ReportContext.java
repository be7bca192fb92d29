package org.packpress.documents.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.packpress.model.style.PaperLanguage;
import org.packpress.model.style.ReportProfile;
import org.packpress.model.style.Typography;
import org.packpress.render.text.TextBlocks;

/**
 * What a report needs from outside itself when it is typeset.
 *
 * @param bodyName the body publishing the report (the PDF's author), e.g. "West Midlands Police and Crime Panel"
 * @param implications the body's implications text blocks, already resolved, as Markdown; keyed by
 *     the names a report lists in its front matter ({@code finance}) or by the text block key
 *     ({@code implications-finance})
 * @param images the stored bytes of an image, by its SHA-256; null when nothing is stored under it
 * @param appendixLine the line the report opens with when it is printed as an appendix of another paper,
 *     in the body's wording ("Appendix A"); null when it is not an appendix
 * @param labels the body's wording of the report's fixed labels, by text block key
 *     ({@link AuthoredReportRenderer#LABEL_KEYS}: "Report of:", "Recommendations", …)
 * @param profile the house style's profile of the report's originator
 * @param typography the house style's font and sizes
 * @param language the house style's language: the report's dates and the language its PDF declares
 * @param itemNumber the number of the agenda item the report is a paper of, as the body writes it ("5", "7.1"); null
 *     when it is typeset outside a pack
 * @param securityMarking the house style's security marking of the report's pages, or null
 */
public record ReportContext(String bodyName, Map<String, String> implications, Function<String, byte[]> images,
        String appendixLine, Map<String, String> labels, ReportProfile profile, Typography typography,
        PaperLanguage language, String itemNumber, String securityMarking) {

    public ReportContext {
        implications = Map.copyOf(implications);
        labels = Map.copyOf(labels);
        profile = profile == null ? ReportProfile.DEFAULT : profile;
        typography = typography == null ? Typography.DEFAULT : typography;
        language = language == null ? PaperLanguage.DEFAULT : language;
    }

    /** The context of a report that is no agenda item's paper. */
    public ReportContext(String bodyName, Map<String, String> implications, Function<String, byte[]> images,
            String appendixLine, Map<String, String> labels, ReportProfile profile, Typography typography,
            PaperLanguage language) {
        this(bodyName, implications, images, appendixLine, labels, profile, typography, language, null, null);
    }

    /** The context of a report that is not an appendix, in the default profile and typography. */
    public ReportContext(String bodyName, Map<String, String> implications, Function<String, byte[]> images,
            Map<String, String> labels) {
        this(bodyName, implications, images, null, labels, ReportProfile.DEFAULT, Typography.DEFAULT, null);
    }

    /** The body's wording of one of {@link AuthoredReportRenderer#LABEL_KEYS}. */
    String label(String key) {
        String label = labels.get(key);
        if (label == null) {
            throw new IllegalArgumentException("no label '" + key + "' among the report's labels " + labels.keySet());
        }
        return label;
    }

    /** A label block of one entry per line ("report-closing-sections"), its blank lines left out. */
    List<String> lines(String key) {
        return TextBlocks.lines(label(key));
    }

    /** The Markdown of an implications block, or null when the body has none under that name. */
    String implicationsText(String key) {
        String text = implications.get(key);
        return text != null ? text : implications.get("implications-" + key);
    }
}
