package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packpress.checks.rules.CrossReferences;
import org.packpress.common.PackPressProperties;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.AgendaItemType;
import org.packpress.model.AuthoredReport;
import org.packpress.model.Body;
import org.packpress.render.text.OfficerTemplates;
import org.packpress.render.text.TextBlocks;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * A report cites its appendices in the body's own words: the {@code appendix-line} text block that heads each
 * appendix ("Appendix A" by default) is also what the cross-reference check looks for, so a body that prints
 * "Annex A" has "Annex B" checked, and is not held to the word "Appendix".
 */
class CrossReferencesHouseStyleTest {

    private static final String TEXT = """
            The costs are in Annex A and the options in Annex B.

            Appendix C of last year's report is not part of this pack.

            ## Annex D: glossary
            Terms used, as Annex D sets out.
            """;

    private final CrossReferences rule = new CrossReferences(new TextBlocks(new OfficerTemplates(
            new Binder().bindOrCreate("packpress", PackPressProperties.class))));

    @Test
    void aBodyThatPrintsAnnexesHasItsAnnexesChecked() {
        assertThat(findings(Map.of("appendix-line", "Annex {{label}}"))).containsExactly(
                "line 1 of the text | 'Annex B' is not an appendix of item 7 (it has A)");
    }

    @Test
    void theDefaultWordingChecksAppendices() {
        assertThat(findings(Map.of())).containsExactly(
                "line 3 of the text | 'Appendix C' is not an appendix of item 7 (it has A)");
    }

    private List<String> findings(Map<String, String> textBlocks) {
        Body body = new Body("annex-pcp", "Annex Police and Crime Panel", "APCP", Body.BodyKind.PANEL, null, null, null,
                textBlocks, List.of(), List.of(), List.of());
        AuthoredReport report = new AuthoredReport("Budget", LocalDate.of(2024, 1, 15), "Treasurer", List.of("A Writer"),
                null, null, List.of(), null, null, List.of(), TEXT, List.of());
        AgendaDocument annex = new AgendaDocument("Costs", "A",
                new AgendaDocument.FileSource("papers/costs.pdf", "0".repeat(64), 1), null, List.of(), List.of());
        AgendaDocument paper = new AgendaDocument("Budget", null,
                new AgendaDocument.ReportSource("papers/budget.md", report), null, List.of(), List.of(annex));
        AgendaItem item = new AgendaItem("7", AgendaItemType.REPORT, "Budget", null, null, LocalTime.of(14, 20), null,
                null, null, List.of(paper));
        return AgendaFindings.of(rule, body, List.of(item));
    }
}
