package org.packpress.render.pdf;

import java.util.List;

/**
 * How accessible one PDF is: tagged or not, whether it passes PDF/UA-1 and PDF/A-2a, and the failed rules
 * in words (veraPDF's, or, for a PDF that cannot pass, why not).
 */
public record PdfVerdict(boolean tagged, boolean pdfUa1, boolean pdfA2a, List<String> failedRules) {

    public PdfVerdict {
        failedRules = failedRules == null ? List.of() : List.copyOf(failedRules);
    }

    /** Tagged and conforming to both profiles. */
    public boolean accessible() {
        return tagged && pdfUa1 && pdfA2a;
    }
}
