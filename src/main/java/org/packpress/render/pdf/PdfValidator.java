package org.packpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, as an accessibility auditor runs it: validates a PDF against PDF/UA-1 and PDF/A-2a and lists
 * every failed rule in words ("PDF/UA-1 7.1-3 ×12: Content shall be marked as Artifact or tagged as real
 * content (page 2)"). The accessibility report of every build ({@code publish/AccessibilityReports}) and
 * the tests use it. A validation reads the whole file and costs seconds per document.
 */
public final class PdfValidator {

    /** The two profiles every PDF PackPress publishes must pass. */
    public static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    /** The validator and its version ("veraPDF 1.26.5"): stored verdicts of another version are not reused. */
    public static final String VERSION = "veraPDF " + version();

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidator() {
    }

    /** Whether the PDF is tagged (marked, with a structure tree) and passes each profile, with the failed rules. */
    public static PdfVerdict validate(Path pdf) {
        List<String> failed = new ArrayList<>();
        boolean ua = validInto(pdf, PDFAFlavour.PDFUA_1, failed);
        boolean a = validInto(pdf, PDFAFlavour.PDFA_2_A, failed);
        return new PdfVerdict(isTagged(pdf), ua, a, failed);
    }

    /** The rules the PDF fails under one profile, each once, with the number of failed checks. */
    public static List<String> failedRules(Path pdf, PDFAFlavour flavour) {
        List<String> failed = new ArrayList<>();
        validInto(pdf, flavour, failed);
        return failed;
    }

    private static boolean validInto(Path pdf, PDFAFlavour flavour, List<String> failed) {
        ValidationResult result = run(pdf, flavour);
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> first = new TreeMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                continue;
            }
            String rule = name(flavour) + " " + assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
            counts.computeIfAbsent(rule, r -> new int[1])[0]++;
            first.putIfAbsent(rule, assertion.getMessage() + " at " + assertion.getLocation().getContext());
        }
        counts.forEach((rule, n) -> failed.add(rule + " ×" + n[0] + ": " + first.get(rule)));
        if (counts.isEmpty() && !result.isCompliant()) {
            failed.add(name(flavour) + ": not compliant (" + result.getJobEndStatus() + ")");
        }
        return result.isCompliant();
    }

    private static ValidationResult run(Path pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate " + pdf.getFileName() + ": " + e, e);
        }
    }

    /** Whether the PDF says it is tagged (MarkInfo Marked) and has a structure tree. */
    public static boolean isTagged(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            return isTagged(document);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isTagged(PDDocument document) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        return catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
    }

    private static String version() {
        Properties pom = new Properties();
        try (InputStream in = VeraGreenfieldFoundryProvider.class
                .getResourceAsStream("/META-INF/maven/org.verapdf/validation-model/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            // unknown version: verdicts are still stored, under "unknown"
        }
        return pom.getProperty("version", "unknown");
    }

    private static String name(PDFAFlavour flavour) {
        return flavour == PDFAFlavour.PDFUA_1 ? "PDF/UA-1" : "PDF/A-2a";
    }
}
