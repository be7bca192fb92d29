package org.packpress.documents;

import java.nio.file.Path;
import org.packpress.model.AuthoredReport;
import org.packpress.model.Body;
import org.packpress.model.style.PaperLanguage;
import org.packpress.model.style.ReportProfile;
import org.packpress.model.style.Typography;

/** Typesets an authored Markdown report as a PDF in the body's house style. */
public interface ReportTypesetter {

    /**
     * @param body the body as on the meeting's date (its text blocks those of the style in force)
     * @param profile the house style's profile of the report's originator
     * @param typography the house style's font and sizes
     * @param language the house style's language (the report's dates, the PDF's language)
     * @param appendixLabel "A" when the report is printed as Appendix A of another paper, else null
     * @param itemNumber the number of the report's agenda item as the body writes it (the header block's "item")
     * @param securityMarking the house style's security marking of the report's pages, or null
     * @param target the PDF to write (a temporary file the caller owns)
     * @return the number of pages written
     */
    int typeset(AuthoredReport report, Body body, ReportProfile profile, Typography typography, PaperLanguage language,
            String appendixLabel, String itemNumber, String securityMarking, Path target);
}
