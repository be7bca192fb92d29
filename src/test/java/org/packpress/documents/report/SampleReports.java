package org.packpress.documents.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.packpress.testing.DefaultTextBlocks;
import org.packpress.model.AuthoredReport;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.common.Hashes;

/** The sample reports under src/test/resources/reports, as the importer would hand them over. */
final class SampleReports {

    static final Path FOLDER = Path.of("src/test/resources/reports");
    static final String BODY = "West Midlands Police and Crime Panel";
    static final byte[] CHART = read("divert-referrals.png");
    static final String CHART_SHA = Hashes.sha256(CHART);

    static final Map<String, String> LABELS = DefaultTextBlocks.labels(AuthoredReportRenderer.LABEL_KEYS);

    static final Map<String, String> IMPLICATIONS = Map.of(
            "implications-finance", "There are no financial implications arising from the recommendations in this report.",
            "implications-legal", "The powers and responsibilities of panels are set out in the Police Reform and Social "
                    + "Responsibility Act 2011.",
            "implications-equalities", """
                    The Panel has a Public Sector Equality Duty under the Equality Act (2010) to have due regard to the need to:

                    1. eliminate discrimination, harassment and victimisation;
                    2. advance equality of opportunity;
                    3. foster good relations between people.
                    """);

    private SampleReports() {
    }

    static ReportContext context() {
        return new ReportContext(BODY, IMPLICATIONS, sha -> sha.equals(CHART_SHA) ? CHART : null, LABELS);
    }

    /** A Commissioner's thematic paper: continuous numbering, running header, figures and tables. */
    static AuthoredReport drugsPaper() {
        return new AuthoredReport(
                "Report to the West Midlands Police and Crime Panel – Drugs",
                LocalDate.of(2024, 1, 15),
                "West Midlands Police and Crime Commissioner",
                List.of("Esther Whittock", "Jody Clark"),
                null,
                null,
                List.of("That the Panel notes the progress made against the **Police and Crime Plan** commitments."),
                ParagraphNumbering.CONTINUOUS,
                "DRUGS PAPER",
                List.of("finance", "legal", "equalities"),
                text("drugs-paper.md"),
                List.of(new AuthoredReport.ReportImage("images/divert-referrals.png", CHART_SHA, "image/png")));
    }

    /** A Lead Panel Officer's cover report: sectioned numbering, bold recommendations, implications. */
    static AuthoredReport coverReport() {
        return new AuthoredReport(
                "Report to the West Midlands Police and Crime Panel – HMICFRS 2023-25 PEEL Inspection of West Midlands Police",
                LocalDate.of(2024, 1, 15),
                "Kevin O'Keefe, Chief Executive Dudley MBC, Panel Lead Officer",
                List.of("Sarah Fradgley, Overview and Scrutiny Manager, Birmingham City Council"),
                "wmpcp@birmingham.gov.uk",
                null,
                List.of("That the Police and Crime Panel notes the findings of the inspection report and the "
                        + "information provided by the Police and Crime Commissioner."),
                ParagraphNumbering.SECTIONED,
                null,
                List.of("finance", "legal", "equalities"),
                text("cover-report.md"),
                List.of());
    }

    static String text(String name) {
        return new String(read(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] read(String name) {
        try {
            return Files.readAllBytes(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
