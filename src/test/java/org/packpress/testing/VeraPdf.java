package org.packpress.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, as an accessibility auditor runs it: validates a PDF against PDF/UA-1 and PDF/A-2a and
 * lists every failed rule in words ("PDF/UA-1 7.1-3 (page 2): Content shall be marked as Artifact or
 * tagged as real content", with how often it failed).
 */
public final class VeraPdf {

    /** The two profiles every PDF PackPress publishes must pass. */
    public static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

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
        ValidationResult result = validate(pdf, flavour);
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
        List<String> failures = new ArrayList<>();
        counts.forEach((rule, n) -> failures.add(pdf.getFileName() + ": " + rule + " ×" + n[0] + ": " + first.get(rule)));
        if (failures.isEmpty() && !result.isCompliant()) {
            failures.add(pdf.getFileName() + ": " + name(flavour) + ": not compliant (" + result.getJobEndStatus() + ")");
        }
        return failures;
    }

    private static ValidationResult validate(Path pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate " + pdf + ": " + e, e);
        }
    }

    private static String name(PDFAFlavour flavour) {
        return flavour == PDFAFlavour.PDFUA_1 ? "PDF/UA-1" : "PDF/A-2a";
    }
}
