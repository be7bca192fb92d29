package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.checks.Titles;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.CheckSettings;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Meeting;
import org.springframework.stereotype.Component;

/**
 * The title of an agenda item equals the title of its report (as the pack's contents list it, or as the
 * report itself gives it), or the body's {@code checks.yaml} declares it an alias of that title.
 */
@Component
public class AgendaReportTitle extends CheckRule {

    public AgendaReportTitle() {
        super("agenda.report-title", Severity.WARNING, "An agenda item's title should be the title of its report,"
                + " so that members find the paper the agenda promises; a deliberate difference is declared as an"
                + " alias in checks.yaml.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Meeting meeting : subject.meetings()) {
            for (AgendaItem item : meeting.agenda()) {
                for (AgendaDocument paper : item.documents()) {
                    if (paper.source() instanceof AgendaDocument.ReportSource source
                            && !matches(item.title(), paper.title(), subject.settings())
                            && !matches(item.title(), source.report().title(), subject.settings())) {
                        findings.add(Documents.agenda(meeting), Documents.item(subject.body(), meeting, item), "title", "'" + item.title()
                                + "' is not the title of its report ('" + paper.title() + "', headed '"
                                + source.report().title() + "') and is not declared an alias of it");
                    }
                }
            }
        }
    }

    private static boolean matches(String itemTitle, String paperTitle, CheckSettings settings) {
        return Titles.same(itemTitle, paperTitle) || settings.aliases().stream()
                .anyMatch(a -> Titles.same(a.item(), itemTitle) && Titles.same(a.paper(), paperTitle));
    }
}
