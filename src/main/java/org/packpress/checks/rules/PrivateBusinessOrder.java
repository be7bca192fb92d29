package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.AgendaItem;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Meeting;
import org.packpress.model.PrivateBusiness;
import org.springframework.stereotype.Component;

/**
 * An agenda whose motion to exclude the press and public is an item of its own ({@code type: exclusion}) takes no
 * exempt item before it: the public may be excluded only once the meeting has so resolved. Exempt items taken first,
 * after the motion, with the public readmitted for the business after them, are in order; so is an exempt item after
 * that readmission, which the one motion may name too ("during items 4 and 9"). The order itself:
 * {@link PrivateBusiness}.
 */
@Component
public class PrivateBusinessOrder extends CheckRule {

    public PrivateBusinessOrder() {
        super("agenda.private-before-exclusion", Severity.WARNING, "Exempt items are taken after the meeting resolves"
                + " to exclude the press and public; an exempt item listed before that motion is usually out of order"
                + " on the agenda.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Meeting meeting : subject.meetings()) {
            PrivateBusiness.ownMotion(meeting.agenda()).ifPresent(motion -> {
                String named = Documents.item(subject.body(), meeting, motion);
                for (AgendaItem item : PrivateBusiness.beforeOwnMotion(meeting.agenda())) {
                    String exempt = Documents.item(subject.body(), meeting, item);
                    findings.add(Documents.agenda(meeting), exempt, "exempt", exempt + " is exempt but comes before "
                            + named + ", the motion to exclude the press and public");
                }
            });
        }
    }
}
