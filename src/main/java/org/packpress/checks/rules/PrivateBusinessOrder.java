package org.packpress.checks.rules;

import java.util.Optional;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.AgendaItem;
import org.packpress.model.AgendaItemType;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Meeting;
import org.springframework.stereotype.Component;

/**
 * An agenda whose motion to exclude the press and public is an item of its own ({@code type: exclusion}) takes no
 * exempt item before it: the public may be excluded only once the meeting has so resolved.
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
            Optional<AgendaItem> motion = meeting.agenda().stream().filter(i -> i.type() == AgendaItemType.EXCLUSION)
                    .findFirst();
            if (motion.isEmpty()) {
                continue;
            }
            for (AgendaItem item : meeting.agenda().subList(0, meeting.agenda().indexOf(motion.get()))) {
                if (item.exempt()) {
                    String exempt = Documents.item(subject.body(), meeting, item);
                    findings.add(Documents.agenda(meeting), exempt, "exempt", exempt + " is exempt but comes before "
                            + Documents.item(subject.body(), meeting, motion.get())
                            + ", the motion to exclude the press and public");
                }
            }
        }
    }
}
