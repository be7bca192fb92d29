package org.packpress.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.packpress.render.pdf.PdfValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF, as an accessibility auditor runs it: validates a PDF against PDF/UA-1 and PDF/A-2a and
 * lists every failed rule in words ("PDF/UA-1 7.1-3 (page 2): Content shall be marked as Artifact or
 * tagged as real content", with how often it failed), each prefixed with the file's name. The
 * validation itself is the application's ({@link PdfValidator}, used by the accessibility report).
 */
public final class VeraPdf {

    /** The two profiles every PDF PackPress publishes must pass. */
    public static final List<PDFAFlavour> PROFILES = PdfValidator.PROFILES;

    private VeraPdf() {
    }

    /** The rules the PDF fails under both profiles; empty when it conforms to both. */
    public static List<String> failedRules(Path pdf) {
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : PROFILES) {
            failures.addAll(failedRules(pdf, flavour));
        }
        return failures;
    }

    /** The rules the PDF fails under one profile, each once, with the number of failed checks. */
    public static List<String> failedRules(Path pdf, PDFAFlavour flavour) {
        return PdfValidator.failedRules(pdf, flavour).stream().map(rule -> pdf.getFileName() + ": " + rule).toList();
    }
}
