package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.springframework.stereotype.Component;

/** A tracker reference is a minute number written the body's way, then its clause: "774 ii", "687 iii a". */
@Component
public class TrackerReferenceForm extends CheckRule {

    public TrackerReferenceForm() {
        super("tracker.reference-form", Severity.ERROR, "An action's reference is the number of the minute that set it,"
                + " written as the body numbers its minutes, and the resolution clause (\"774 ii\"), so that it"
                + " can be found in the minutes.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (TrackerActions.Row row : TrackerActions.of(subject).rows()) {
            if (!row.ref().isEmpty() && row.meeting() != null && MinuteReference.parse(subject.body(), row.ref(),
                    row.meeting()) == null) {
                findings.add(Documents.TRACKER, Documents.action(row.ref(), row.number()), "ref", "'" + row.ref()
                        + "' is not a minute number and clause such as '" + MinuteReference.example(subject.body(),
                                row.meeting()) + "'");
            }
        }
    }
}
