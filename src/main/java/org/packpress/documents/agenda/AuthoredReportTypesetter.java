package org.packpress.documents.agenda;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.packpress.documents.ReportTypesetter;
import org.packpress.render.text.TextBlocks;
import org.packpress.documents.report.AuthoredReportRenderer;
import org.packpress.documents.report.ReportContext;
import org.packpress.model.AuthoredReport;
import org.packpress.model.Body;
import org.packpress.model.style.PaperLanguage;
import org.packpress.model.style.ReportProfile;
import org.packpress.model.style.Typography;
import org.packpress.store.BlobStore;
import org.springframework.stereotype.Component;

/** Typesets a pack's authored reports with the body's implications wording and the stored images. */
@Component
public class AuthoredReportTypesetter implements ReportTypesetter {

    private final AuthoredReportRenderer renderer;
    private final TextBlocks textBlocks;
    private final BlobStore blobs;

    public AuthoredReportTypesetter(AuthoredReportRenderer renderer, TextBlocks textBlocks, BlobStore blobs) {
        this.renderer = renderer;
        this.textBlocks = textBlocks;
        this.blobs = blobs;
    }

    @Override
    public int typeset(AuthoredReport report, Body body, ReportProfile profile, Typography typography,
            PaperLanguage language, String appendixLabel, String itemNumber, String securityMarking, Path target) {
        Map<String, String> implications = new LinkedHashMap<>();
        for (String key : report.implications()) {
            implications.put(key, textBlocks.get(body, "implications-" + key));
        }
        return renderer.render(report, new ReportContext(body.name(), implications, blobs::bytes,
                textBlocks.appendixLine(body, appendixLabel), textBlocks.labels(body, AuthoredReportRenderer.LABEL_KEYS),
                profile, typography, language, itemNumber, securityMarking), target);
    }
}
