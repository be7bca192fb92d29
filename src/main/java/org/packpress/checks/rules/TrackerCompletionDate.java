package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.springframework.stereotype.Component;

/** A completed action was completed on or after the meeting that set it. */
@Component
public class TrackerCompletionDate extends CheckRule {

    public TrackerCompletionDate() {
        super("tracker.completion-date", Severity.ERROR, "An action cannot be completed before the meeting that"
                + " set it; a completion date before it is a typing error.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (TrackerActions.Row row : TrackerActions.of(subject).rows()) {
            if (row.entry().completedBefore(row.meeting())) {
                findings.add(Documents.TRACKER, Documents.action(row.ref(), row.number()), "completed",
                        "completed on " + Documents.date(row.entry().completed()) + ", before the meeting of "
                                + Documents.date(row.meeting()) + " that set it");
            }
        }
    }
}
