package org.packpress.checks.rules;

import org.packpress.common.FieldPaths;

import java.util.HashSet;
import java.util.Set;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.Minutes;
import org.springframework.stereotype.Component;

/** Nobody is both present and giving apologies at one meeting. */
@Component
public class AttendanceOverlap extends CheckRule {

    public AttendanceOverlap() {
        super("minutes.present-and-apologies", Severity.ERROR, "Someone listed as present cannot also have sent"
                + " apologies for the same meeting.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Minutes minutes : subject.minutes()) {
            Set<String> present = new HashSet<>();
            minutes.present().forEach(a -> present.add(a.person()));
            minutes.alsoPresent().forEach(a -> present.add(a.person()));
            for (int i = 0; i < minutes.apologies().size(); i++) {
                String person = minutes.apologies().get(i).person();
                if (present.contains(person)) {
                    findings.add(Documents.minutes(minutes.meeting()), FieldPaths.entry("apologies", i), "person",
                            "'" + person + "' is listed as present and as giving apologies");
                }
            }
        }
    }
}
