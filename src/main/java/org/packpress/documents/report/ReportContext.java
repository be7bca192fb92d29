package org.packpress.documents.report;

import java.util.Map;
import java.util.function.Function;
import org.packpress.model.style.ReportProfile;
import org.packpress.model.style.Typography;

/**
 * What a report needs from outside itself when it is typeset.
 *
 * @param bodyName the body publishing the report (the PDF's author), e.g. "West Midlands Police and Crime Panel"
 * @param implications the body's implications text blocks, already resolved, as Markdown; keyed by
 *     the names a report lists in its front matter ({@code finance}) or by the text block key
 *     ({@code implications-finance})
 * @param images the stored bytes of an image, by its SHA-256; null when nothing is stored under it
 * @param appendixLabel "A" when the report is printed as Appendix A of another paper, else null
 * @param profile the house style's profile of the report's originator
 * @param typography the house style's font and sizes
 */
public record ReportContext(String bodyName, Map<String, String> implications, Function<String, byte[]> images,
        String appendixLabel, ReportProfile profile, Typography typography) {

    public ReportContext {
        implications = Map.copyOf(implications);
        profile = profile == null ? ReportProfile.DEFAULT : profile;
        typography = typography == null ? Typography.DEFAULT : typography;
    }

    /** The context of a report in the default profile and typography. */
    public ReportContext(String bodyName, Map<String, String> implications, Function<String, byte[]> images,
            String appendixLabel) {
        this(bodyName, implications, images, appendixLabel, ReportProfile.DEFAULT, Typography.DEFAULT);
    }

    /** The context of a report that is not an appendix. */
    public ReportContext(String bodyName, Map<String, String> implications, Function<String, byte[]> images) {
        this(bodyName, implications, images, null);
    }

    /** The Markdown of an implications block, or null when the body has none under that name. */
    String implicationsText(String key) {
        String text = implications.get(key);
        return text != null ? text : implications.get("implications-" + key);
    }
}
