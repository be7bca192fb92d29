package org.packpress.checks.rules;

import org.packpress.checks.CheckRule;
import org.packpress.checks.Subject;
import org.packpress.checks.Titles;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Person;
import org.springframework.stereotype.Component;

/**
 * A person's job title is the same in the papers as in the body's data: a report's "Report of" and
 * author lines ("Sarah Fradgley, Overview and Scrutiny Manager, Birmingham City Council") give the
 * body's title for the person they name (wording such as "&" for "and" or an added place aside).
 */
@Component
public class JobTitles extends CheckRule {

    public JobTitles() {
        super("people.job-title", Severity.WARNING, "One person carries one job title across the papers of a pack"
                + " and the body's data; a second title in one pack reads as two people, or as an error.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Reports.Report report : Reports.of(subject)) {
            checkLine(subject, report, "reportOf", report.report().reportOf(), findings);
            checkLine(subject, report, "author", report.report().author(), findings);
        }
    }

    private static void checkLine(Subject subject, Reports.Report report, String field, String line, Sink findings) {
        if (line == null) {
            return;
        }
        for (Person person : subject.body().people()) {
            String name = person.givenName() + " " + person.familyName() + ", ";
            int at = line.indexOf(name);
            if (person.jobTitle() == null || at < 0) {
                continue;
            }
            String stated = line.substring(at + name.length()).split(",")[0].trim();
            if (!Titles.contains(stated, person.jobTitle()) && !Titles.contains(person.jobTitle(), stated)) {
                findings.add(report.document(), "front matter", field, person.displayName() + " is called '" + stated
                        + "' here, but '" + person.jobTitle() + "' in the body's data");
            }
        }
    }
}
