package org.packpress.checks.rules;

import java.util.List;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.checks.Titles;
import org.packpress.common.FieldPaths;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Person;
import org.springframework.stereotype.Component;

/**
 * A person's job title is the same in the papers as in the body's data: a report's "Report of" and
 * author lines ("Sarah Fradgley, Overview and Scrutiny Manager, Birmingham City Council") give the
 * body's title for the person they name (wording such as "&" for "and" or an added place aside), or a
 * title that the body's {@code checks.yaml} declares for that person on the meeting's date ({@code titles}:
 * an acting role, a former title up to the date it changed).
 */
@Component
public class JobTitles extends CheckRule {

    public JobTitles() {
        super("people.job-title", Severity.WARNING, "One person carries one job title across the papers of a pack"
                + " and the body's data, or the difference is declared in checks.yaml (titles); a second title in one"
                + " pack reads as two people, or as an error.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        for (Reports.Report report : Reports.of(subject)) {
            checkLine(subject, report, "reportOf", report.report().reportOf(), findings);
            List<String> authors = report.report().authors();
            for (int i = 0; i < authors.size(); i++) {
                checkLine(subject, report, authors.size() == 1 ? "author" : FieldPaths.entry("authors", i), authors.get(i),
                        findings);
            }
        }
    }

    private static boolean sameTitle(String stated, String title) {
        return Titles.contains(stated, title) || Titles.contains(title, stated);
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
            if (!sameTitle(stated, person.jobTitle()) && subject.settings()
                    .titlesOf(person.id(), report.meeting().date()).stream().noneMatch(t -> sameTitle(stated, t.title()))) {
                findings.add(report.document(), "front matter", field, person.displayName() + " is called '" + stated
                        + "' here, but '" + person.jobTitle() + "' in the body's data, and checks.yaml declares no"
                        + " such title for " + Documents.date(report.meeting().date()));
            }
        }
    }
}
